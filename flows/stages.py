"""The per-page and load stages the flows call (glue between client, parser and warehouse)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from flows.runtime import RunContext
from models.records import FetchedPage, PageStatus, ParsedPage, SourceFamily
from scrapers.http import FetchError, FetchFailure
from scrapers.merge import merge_parsed
from scrapers.parse import parse_page
from warehouse.archive import archive_page, latest_raw_page, raw_page
from warehouse.load import load_bundles, mark_alive, mark_removed, quarantine_page
from warehouse.runs import copies_of, validators


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What happened to one episode URL in this run."""

    kind: str  # fetched | unchanged | blocked | deleted | failed | not_episode | skipped
    url: str
    source: str
    parsed: ParsedPage | None = None
    reason: str = ""


class PageFailed(Exception):
    """Raised by a page task so that one broken page fails only its own task run."""

    def __init__(self, outcome: PageOutcome) -> None:
        super().__init__(f"{outcome.url}: {outcome.reason}")
        self.outcome = outcome


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    page: FetchedPage
    kind: str  # fetched (new body) | unchanged (304 or a body already archived)


def fetch_page(ctx: RunContext, url: str) -> FetchedPage:
    """A conditional GET with the validators of the last archived body; raises FetchError."""
    assert ctx.client is not None, "this run has no HTTP client"
    etag, last_modified = validators(ctx.engine, url)
    return ctx.client.fetch(url, etag=etag, last_modified=last_modified)


_POLICY = (FetchFailure.ROBOTS_DISALLOWED, FetchFailure.HOST_NOT_ALLOWED)


def fetch_failed(ctx: RunContext, url: str, source: str, exc: BaseException) -> PageOutcome:
    """Quarantine a page that could not be fetched: a rate-limit wall is 'blocked', a page our
    politeness rules refuse (robots.txt, unconfigured host) 'skipped', the rest 'failed'."""
    kind = "failed"
    if isinstance(exc, FetchError):
        kind = "blocked" if exc.status_code == 429 else "skipped" if exc.kind in _POLICY else "failed"
    _quarantine(ctx, url, "", kind, str(exc), source)
    return PageOutcome(kind, url, source, reason=str(exc))


def archive(ctx: RunContext, page: FetchedPage, source: str) -> ArchivedPage:
    """Archive a new body in raw_pages; after a 304, return the stored body instead."""
    if page.not_modified:
        with ctx.engine.connect() as conn:
            stored = latest_raw_page(conn, page.requested_url)
        if stored is not None:
            return ArchivedPage(stored, "unchanged")
    new = archive_page(ctx.engine, page, source=source, kind="article", run_id=ctx.run_id)
    return ArchivedPage(page, "fetched" if new else "unchanged")


def parse_archived_page(ctx: RunContext, archived: ArchivedPage, source: str) -> PageOutcome:
    """Parse and classify; deletions are recorded, walls and errors quarantined."""
    parsed = parse_page(archived.page, registry=ctx.registry, family=SourceFamily.named(source))
    return _classify(ctx, parsed, archived.page, archived.kind, source)


def process_item(ctx: RunContext, url: str, source: str) -> PageOutcome:
    """fetch -> archive -> parse for one episode URL, without Prefect (tests, scripts)."""
    try:
        page = fetch_page(ctx, url)
    except FetchError as exc:
        return fetch_failed(ctx, url, source, exc)
    return parse_archived_page(ctx, archive(ctx, page, source), source)


def _classify(ctx: RunContext, parsed: ParsedPage, page: FetchedPage, kind: str, source: str) -> PageOutcome:
    url = page.requested_url
    if parsed.status == PageStatus.OK:
        mark_alive(ctx.engine, url)
        return PageOutcome(kind, url, source, parsed)
    if parsed.status == PageStatus.DELETED:
        mark_removed(ctx.engine, url, now=datetime.now(UTC))
        return PageOutcome("deleted", url, source, parsed, parsed.reason)
    outcome = {"blocked": "blocked", "not_episode": "not_episode"}.get(str(parsed.status), "failed")
    _quarantine(ctx, url, page.sha256, str(parsed.status), parsed.reason, source)
    return PageOutcome(outcome, url, source, parsed, parsed.reason)


def _quarantine(ctx: RunContext, url: str, sha: str, status: str, reason: str, source: str) -> None:
    quarantine_page(
        ctx.engine,
        url=url,
        raw_sha256=sha,
        status=status,
        reason=reason or status,
        source=source,
        run_id=ctx.run_id,
        now=datetime.now(UTC),
    )


def _stored_copies(ctx: RunContext, parsed: list[ParsedPage]) -> list[ParsedPage]:
    """Re-parse, from the archive, the known copies of this run's episodes that this run did not
    see (an incremental walk stops early), so the merge and its checks always cover every copy."""
    seen = {p.url for p in parsed}
    keys = {p.episode.key for p in parsed if p.episode is not None}
    extra = []
    with ctx.engine.connect() as conn:
        for url, source, sha in copies_of(ctx.engine, keys):
            page = None if url in seen else raw_page(conn, url, sha)
            if page is not None:
                extra.append(parse_page(page, registry=ctx.registry, family=SourceFamily.named(source)))
    return [p for p in extra if p.status == PageStatus.OK]


def load_outcomes(ctx: RunContext, outcomes: list[PageOutcome]) -> Counter[str]:
    """Merge the ok parses per episode and load them all in one transaction."""
    parsed = [o.parsed for o in outcomes if o.parsed is not None and o.parsed.status == PageStatus.OK]
    bundles = merge_parsed(parsed + _stored_copies(ctx, parsed), ctx.settings.priority)
    result = load_bundles(ctx.engine, bundles, run_id=ctx.run_id, now=datetime.now(UTC))
    counts = Counter(result.values())
    return Counter(new=counts["new"], updated=counts["updated"], episodes=len(bundles))
