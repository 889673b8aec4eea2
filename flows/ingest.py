"""The ingest flow: discover and fetch (one crawl) -> page batches (archive, parse, record, stage)
-> load.

Discovery is a task; it hands each list page's links to the crawl (flows/pipeline.py), which
fetches them through the client's host-aware scheduler while discovery goes on, and submits one
``page-batch`` task per ``[flow] batch_size`` fetched pages to a thread pool of ``[flow]
max_workers``. Prefect keeps per-batch state, retries a batch's transient fetch errors, and
publishes the run's artifacts. Each batch stages its parses as a load package on disk; the
``load`` task writes every package of the run in one transaction at the end, so a failed run
leaves the episode tables as they were (plus the archived raw pages, which are append-only),
and a killed run's packages and archived pages are taken over by the next run (flows/resume.py).
A broken page fails only its own page; the run then ends Completed but named ``Partial``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from prefect import State, flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.states import Completed, Failed
from prefect.task_runners import ThreadPoolTaskRunner

from flows.artifacts import publish_run_artifacts
from flows.outcome import RunFailed, Verdict, judge_run
from flows.pipeline import crawl
from flows.prefect_args import as_is
from flows.resume import Resume, take_over
from flows.run_report import PROBLEM_KINDS, listing_outcomes
from flows.runtime import RunContext, close_run, open_run
from flows.site_reports import publish_site_reports, record_list_pages
from flows.stages import (
    PageBatch,
    TransientBatchError,
    load_packages,
    settle_batch,
    unsettled_failures,
)
from flows.staging import BatchResult
from flows.writer import writes_warehouse
from models.outcomes import PageKind, PageOutcome, RunCounter, RunCounts, RunMode, RunStatus
from models.records import FetchedPage, ListingItem
from scrapers.crawl import Discovery, discover, known_identities
from warehouse.archive import archive_page
from warehouse.packages import Package, remove_run
from warehouse.runs import known_sources
from warehouse.snapshot import make_snapshot

BATCH_RETRIES = 1  # on top of the HTTP client's own retries with backoff


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(ctx: RunContext, on_items: Callable[[list[ListingItem]], None] | None = None) -> Discovery:
    """Walk the entry points and department sites; archive every listing page; hand each page's
    links to ``on_items`` as they are read."""

    def on_page(page: FetchedPage, source: str) -> None:
        archive_page(ctx.engine, page, source=source, kind="listing", run_id=ctx.run_id)

    assert ctx.client is not None
    return discover(
        ctx.client,
        ctx.settings,
        known=known_identities(known_sources(ctx.engine)),
        on_page=on_page,
        on_items=on_items,
    )


def _transient(task: object, task_run: object, state: State) -> bool:
    """Prefect retry condition: retry a batch only for its pages' transient fetch errors."""
    return isinstance(state.result(raise_on_failure=False), TransientBatchError)


@task(name="page-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_condition_fn=_transient)
def batch_task(ctx: RunContext, batch: PageBatch) -> BatchResult:
    """archive -> parse -> record -> stage for one batch of fetched episode pages (a page the
    crawl did not fetch, or a retry, is fetched here); the parses go to a load package."""
    return settle_batch(ctx, batch, retries=BATCH_RETRIES)


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, packages: Sequence[Package]) -> RunCounts:
    """Merge the staged copies per episode and load them in one transaction."""
    return load_packages(ctx, packages)


def run_page_batches(ctx: RunContext, resume: Resume) -> tuple[Discovery, list[BatchResult]]:
    """Discovery, the crawl and every batch as tasks (the discovery task beside at most ``[flow]
    max_workers`` batches); results in batch order. A batch that still fails after its retries
    fails its unsettled pages, not the run."""
    pool: ThreadPoolTaskRunner[Any] = ThreadPoolTaskRunner(max_workers=ctx.settings.flow.max_workers + 1)
    with pool as runner:

        def start(on_items: Callable[[list[ListingItem]], None]) -> PrefectFuture[Discovery]:
            return runner.submit(discover_task, {"ctx": as_is(ctx), "on_items": as_is(on_items)})

        def submit(batch: PageBatch) -> PrefectFuture[BatchResult]:
            return runner.submit(batch_task, {"ctx": as_is(ctx), "batch": as_is(batch)})

        def discovered(future: Any) -> Discovery:
            found: Discovery = future.result()
            return found

        done = crawl(ctx, resume, start, discovered, submit)
        return done.found, [_settled(ctx, batch, future) for batch, future in done.batches]


def _settled(ctx: RunContext, batch: PageBatch, future: Any) -> BatchResult:
    future.wait()
    state = future.state
    if state.is_completed():
        result: BatchResult = state.result()
        return result
    return unsettled_failures(ctx, batch, state.result(raise_on_failure=False))


@flow(name="ingest", log_prints=False)
@writes_warehouse
def ingest(db_path: str | None = None, mode: str = "sample", settings_path: str | None = None) -> Any:
    """Run discover -> page batches -> load; returns the run's counters.

    ``mode``: ``sample`` (bundled snapshot, offline), ``live`` (configured sites, incremental),
    or ``backfill`` (live, full crawl of every listing page).
    """
    ctx = open_run(RunMode(mode), db_path, settings_path)
    counts = RunCounts()
    resume = Resume()
    try:
        resume = take_over(ctx)
        found, outcomes = _fetch_and_load(ctx, counts, resume)
    except Exception as exc:
        close_run(ctx, counts, RunStatus.FAILED, f"{type(exc).__name__}: {exc}")
        for run_id in {ctx.run_id, *(r for r, _ in resume.runs)}:  # never loaded: not to be tried again
            remove_run(ctx.staging, run_id)
        ctx.engine.dispose()
        raise
    read = sum(1 for *_, ok in found.entry_points if ok)
    verdict = judge_run(counts, entry_points=len(found.entry_points), entry_points_read=read)
    close_run(ctx, counts, verdict.outcome, verdict.message if verdict.reasons else None)
    outcomes += listing_outcomes(found)
    notes = [*resume.notes, f"discovery took {found.seconds:.1f} s"]
    for note in notes:
        get_run_logger().info(note)
    try:
        publish_run_artifacts(ctx.engine, ctx.run_id, counts, outcomes, notes)
        publish_site_reports(found.sites)  # department websites, one row per province
        snapshot = make_snapshot(Path(db_path) if db_path else ctx.settings.warehouse_path, ctx.engine)
        if not snapshot.written:
            get_run_logger().warning(snapshot.note)  # a full disk skips the snapshot, never the run
    finally:
        ctx.engine.dispose()
    result = {
        "run_id": ctx.run_id,
        "status": str(verdict.outcome),
        **counts.as_dict(),
        "snapshot": snapshot.note,
    }
    result |= {"notes": notes, "discovery_seconds": round(found.seconds, 1)}
    result["abandoned"] = list(ctx.abandoned)
    return _final_state(result, outcomes, verdict)


def _fetch_and_load(
    ctx: RunContext, counts: RunCounts, resume: Resume
) -> tuple[Discovery, list[PageOutcome]]:
    """crawl (discovery + page batches) -> load, counting as it goes; the page outcomes in order
    (those of the killed runs taken over first)."""
    found, results = run_page_batches(ctx, resume)
    record_list_pages(ctx.engine, ctx.run_id, found.sites)  # what each department list page held
    counts.add(discovery_counts(found))
    outcomes = [*resume.settled.values(), *(o for r in results for o in r.outcomes)]
    counts.add(RunCounts.tally(o.kind for o in outcomes))
    packages = [*resume.packages, *(r.package for r in results if r.package is not None)]
    counts.add(load_task(as_is(ctx), as_is(packages)))
    return found, outcomes


def discovery_counts(found: Discovery) -> RunCounts:
    """Discovery as run counters: the episode links found, the listing pages read, and those that
    were refused, empty, unreadable or read by a fallback."""
    return RunCounts(
        {
            RunCounter.DISCOVERED: len(found.items),
            PageKind.BLOCKED: len(found.blocked),
            PageKind.FAILED: len(found.failed),
            PageKind.LISTING_SKIPPED: len(found.skipped),
            PageKind.LISTING_EMPTY: len(found.listing_empty),
            RunCounter.FALLBACKS: len(found.fallbacks),
            PageKind.LISTING_UNREADABLE: len(found.unreadable),
            RunCounter.UNREADABLE_VALUES: found.unreadable_values,
            RunCounter.CAPPED_ITEMS: found.capped_items,
            RunCounter.LISTING_PAGES: found.listing_pages,
        }
    )


def _final_state(
    result: dict[str, Any], outcomes: Sequence[PageOutcome], verdict: Verdict
) -> dict[str, Any] | State:
    """Success returns the counters; Partial ends Completed named ``Partial``; Failed ends Failed
    (see flows/outcome.py). Problems and skipped links are listed with their reason."""
    result["problems"] = [(o.kind, o.url, o.reason) for o in outcomes if o.kind in PROBLEM_KINDS]
    if verdict.outcome is RunStatus.SUCCESS:
        return result
    if verdict.outcome is RunStatus.FAILED:
        return Failed(message=verdict.message, data=RunFailed(verdict.message, result))
    return Completed(name="Partial", message=verdict.message, data=result)
