"""The stages the flows call, as plain functions: a batch of episode pages goes through
fetch -> archive -> parse -> record -> stage (a load package); then the run's packages are
merged and loaded (``load_packages``, in flows/loading.py).

A batch's pages usually arrive already fetched (``PageBatch.prefetched``, by the run's crawl in
flows/pipeline.py, through the host-aware scheduler); a page that was not, or that a retry must
fetch again, is fetched here through the same scheduler. A Prefect task wraps ``settle_batch``
(flows/ingest.py); scripts and benchmarks call it directly. A broken page only ever becomes its
own outcome: the rest of its batch carries on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from flows.loading import load_outcomes as load_outcomes  # the run's last stage, where it always was
from flows.loading import load_packages as load_packages
from flows.parsing import Staged
from flows.runtime import RunContext
from flows.staging import BatchResult, stage_batch
from models.outcomes import ArchivedPage, PageKind, PageOutcome
from models.records import FetchedPage, ListingItem, PageStatus
from scrapers.fetch.http import FetchError, FetchFailure
from warehouse.archive import archive_pages, latest_raw_pages, validators_of
from warehouse.load import quarantine_row, record_page_states

T = TypeVar("T")
_POLICY = (FetchFailure.ROBOTS_DISALLOWED, FetchFailure.HOST_NOT_ALLOWED)


class TransientBatchError(RuntimeError):
    """Some pages of a batch hit a transient fetch error; retrying the batch fetches only those."""


@dataclass
class PageBatch:
    """A slice of the discovered episode URLs, and the outcomes already settled (a retry of the
    batch keeps them, so it fetches only the pages that hit a transient error).

    ``prefetched``: the answer (page or fetch error) of pages the crawl already fetched, used
    once. ``from_archive``: pages a killed run archived, read from the archive, not fetched.
    """

    number: int
    items: tuple[ListingItem, ...]
    settled: dict[str, PageOutcome] = field(default_factory=dict)
    attempts: int = 0
    prefetched: dict[str, FetchedPage | BaseException] = field(default_factory=dict)
    from_archive: frozenset[str] = frozenset()
    staged: dict[str, Staged] = field(default_factory=dict)  # the settled pages' packed parses


def chunks(items: Sequence[T], size: int) -> list[tuple[T, ...]]:
    """``items`` in consecutive slices of ``size`` (at least 1), the last one shorter."""
    size = max(size, 1)
    return [tuple(items[i : i + size]) for i in range(0, len(items), size)]


def is_transient(exc: FetchError) -> bool:
    """Connection errors, timeouts and 5xx may pass; everything else will answer the same."""
    return exc.kind in (FetchFailure.CONNECTION, FetchFailure.TIMEOUT) or (exc.status_code or 0) >= 500


def run_batch(ctx: RunContext, batch: PageBatch, *, retries: int = 0) -> list[PageOutcome]:
    """fetch -> archive -> parse -> record for the batch's unsettled pages; outcomes in item order.

    While ``retries`` remain, pages with a transient fetch error stay unsettled and the batch
    raises ``TransientBatchError`` at the end (the flow's task retries it); on the last attempt
    they are recorded as failed like any other page. The pages are parsed by the run's parser
    processes: the outcomes come back without their episodes, whose packed parses wait on the
    batch (``staged``) for its load package.
    """
    batch.attempts += 1
    retry_transient = batch.attempts <= retries
    pending = [item for item in batch.items if item.url not in batch.settled]
    kept = _from_archive(ctx, [item for item in pending if item.url in batch.from_archive])
    pending = [item for item in pending if item.url not in {a.page.requested_url for a in kept}]
    fetched, failures, transient = _fetch(ctx, pending, retry_transient, batch.prefetched)
    # the first batch parses here: a run of one batch (the bundled sample) spawns no process
    parsed = ctx.parser.parse([*_archive(ctx, fetched), *kept], in_process=batch.number <= 1)
    batch.staged.update((o.url, staged) for o, staged in parsed if staged is not None)
    outcomes = failures + [o for o, _ in parsed]
    record_outcomes(ctx, outcomes)
    batch.settled.update((o.url, o) for o in outcomes)
    if transient:
        raise TransientBatchError(f"batch {batch.number}: transient fetch errors on {', '.join(transient)}")
    return [batch.settled[item.url] for item in batch.items]


def settle_batch(ctx: RunContext, batch: PageBatch, *, retries: int = 0) -> BatchResult:
    """``run_batch``, then its parses staged as a load package (``flows.staging``) and no longer
    kept on the batch: a settled batch is not retried, and the run keeps only the summaries."""
    result = stage_batch(ctx, batch.number, run_batch(ctx, batch, retries=retries), staged=batch.staged)
    batch.settled.clear()
    batch.staged.clear()
    return result


def unsettled_failures(ctx: RunContext, batch: PageBatch, exc: BaseException) -> BatchResult:
    """After a batch died: its settled outcomes (staged), and the rest recorded as failed with the error."""
    reason = f"{type(exc).__name__}: {exc}"
    lost = [
        PageOutcome(PageKind.FAILED, i.url, str(i.source), reason=reason)
        for i in batch.items
        if i.url not in batch.settled
    ]
    record_outcomes(ctx, lost)
    batch.settled.update((o.url, o) for o in lost)
    settled = [batch.settled[item.url] for item in batch.items]
    result = stage_batch(ctx, batch.number, settled, staged=batch.staged)
    batch.settled.clear()
    batch.staged.clear()
    return result


def _fetch(
    ctx: RunContext,
    items: Sequence[ListingItem],
    retry_transient: bool,
    prefetched: dict[str, FetchedPage | BaseException],
) -> tuple[list[tuple[FetchedPage, str]], list[PageOutcome], list[str]]:
    """The pages' answers: those the crawl fetched, the rest fetched now through the scheduler
    (conditional GETs with the validators of the last archived bodies, one lookup per batch)."""
    answers = {url: prefetched.pop(url) for url in [i.url for i in items] if url in prefetched}
    missing = [item for item in items if item.url not in answers]
    if missing:
        assert ctx.client is not None, "this run has no HTTP client"
        with ctx.engine.connect() as conn:
            known = validators_of(conn, [item.url for item in missing])
        futures = {
            item.url: ctx.client.submit(item.url, etag=known.get(item.url, (None, None))[0],
                                        last_modified=known.get(item.url, (None, None))[1])
            for item in missing
        }  # fmt: skip
        for url, future in futures.items():
            try:
                answers[url] = future.result()
            except Exception as exc:  # a fetch error, or a link the client could not even read
                answers[url] = exc
    fetched, failures, transient = [], [], []
    for item in items:
        answer = answers[item.url]
        if isinstance(answer, FetchedPage):
            fetched.append((answer, str(item.source)))
        elif retry_transient and isinstance(answer, FetchError) and is_transient(answer):
            transient.append(item.url)
        else:
            failures.append(fetch_failure(item.url, str(item.source), answer))
    return fetched, failures, transient


def fetch_failure(url: str, source: str, exc: BaseException) -> PageOutcome:
    """A page that could not be fetched: a rate-limit wall is blocked, a page our politeness
    rules refuse (robots.txt, unconfigured host) skipped, the rest failed."""
    kind = PageKind.FAILED
    if isinstance(exc, FetchError):
        kind = (
            PageKind.BLOCKED if exc.status_code == 429 else PageKind.SKIPPED if exc.kind in _POLICY else kind
        )
    return PageOutcome(kind, url, source, reason=str(exc))


def _archive(ctx: RunContext, fetched: Sequence[tuple[FetchedPage, str]]) -> list[ArchivedPage]:
    """Archive the new bodies in one transaction; after a 304, take the stored body instead."""
    modified = [(page, source) for page, source in fetched if not page.not_modified]
    stale = [page.requested_url for page, _ in fetched if page.not_modified]
    with ctx.engine.connect() as conn:
        stored = latest_raw_pages(conn, stale) if stale else {}
    archived = [
        ArchivedPage(stored[p.requested_url], s, PageKind.UNCHANGED)
        for p, s in fetched
        if p.requested_url in stored
    ]
    modified += [(p, s) for p, s in fetched if p.not_modified and p.requested_url not in stored]
    new = archive_pages(ctx.engine, modified, kind="article", run_id=ctx.run_id)
    kinds = (PageKind.FETCHED if is_new else PageKind.UNCHANGED for is_new in new)
    return archived + [ArchivedPage(p, s, kind) for (p, s), kind in zip(modified, kinds, strict=True)]


def _from_archive(ctx: RunContext, items: Sequence[ListingItem]) -> list[ArchivedPage]:
    """Pages a killed run fetched and archived, read back instead of fetched again: new to the
    episode tables, so ``fetched``. A page with no stored 2xx body is fetched after all."""
    if not items:
        return []
    with ctx.engine.connect() as conn:
        stored = latest_raw_pages(conn, [item.url for item in items])
    return [ArchivedPage(stored[i.url], str(i.source), PageKind.FETCHED) for i in items if i.url in stored]


def record_outcomes(ctx: RunContext, outcomes: Sequence[PageOutcome]) -> None:
    """Record a batch's outcomes in one transaction: quarantine what failed, was blocked, skipped
    or is not an episode; mark deleted copies removed and live ones alive again."""
    now = datetime.now(UTC)
    record_page_states(
        ctx.engine,
        alive=[o.url for o in outcomes if o.parsed is not None and o.parsed.status == PageStatus.OK],
        removed=[o.url for o in outcomes if o.kind == PageKind.DELETED],
        quarantined=[_quarantined(ctx, o, now) for o in outcomes if _is_quarantined(o)],
        now=now,
    )


def _is_quarantined(o: PageOutcome) -> bool:
    return o.kind not in (PageKind.FETCHED, PageKind.UNCHANGED, PageKind.DELETED)


def _quarantined(ctx: RunContext, o: PageOutcome, now: datetime) -> dict[str, object]:
    status = str(o.parsed.status) if o.parsed is not None else str(o.kind)
    sha = (o.parsed.raw_sha256 if o.parsed is not None else None) or ""
    return quarantine_row(
        url=o.url,
        raw_sha256=sha,
        status=status,
        reason=o.reason or status,
        source=o.source,
        run_id=ctx.run_id,
        now=now,
    )
