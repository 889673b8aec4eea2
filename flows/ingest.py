"""The ingest flow: discover -> page batches (fetch, archive, parse, record) -> load.

One Prefect task per batch of pages, on a thread pool bounded by ``[flow] max_workers``: Prefect
keeps per-batch state, retries a batch's transient fetch errors, and publishes the run's
artifacts, without paying for three task runs per page. Raw pages are archived batch by batch
as they arrive; all episode rows of the run are loaded in one transaction at the end, so a failed
run leaves the warehouse as it was (plus the archived raw pages, which are append-only). A broken
page fails only its own page; the run then ends Completed but named ``Partial``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed, State
from prefect.task_runners import ThreadPoolTaskRunner

from flows.artifacts import publish_run_artifacts
from flows.outcome import RunFailed, Verdict, judge_run
from flows.packing import PackedOutcomes
from flows.prefect_args import as_is
from flows.run_report import PROBLEM_KINDS, listing_outcomes
from flows.runtime import RunContext, close_run, open_run
from flows.site_reports import publish_site_reports, record_list_pages
from flows.stages import (
    PageBatch,
    TransientBatchError,
    load_outcomes,
    page_batches,
    settle_batch,
    unsettled_failures,
)
from flows.writer import writes_warehouse
from models.outcomes import PageOutcome, RunMode, RunStatus
from models.records import FetchedPage
from scrapers.crawl import Discovery, discover, known_identities
from warehouse.archive import archive_page
from warehouse.export import make_snapshot
from warehouse.runs import known_sources

BATCH_RETRIES = 1  # on top of the HTTP client's own retries with backoff


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(ctx: RunContext) -> Discovery:
    """Walk the entry points; archive every listing page."""

    def on_page(page: FetchedPage, source: str) -> None:
        archive_page(ctx.engine, page, source=source, kind="listing", run_id=ctx.run_id)

    assert ctx.client is not None
    return discover(
        ctx.client, ctx.settings, known=known_identities(known_sources(ctx.engine)), on_page=on_page
    )


def _transient(task: object, task_run: object, state: State) -> bool:
    """Prefect retry condition: retry a batch only for its pages' transient fetch errors."""
    return isinstance(state.result(raise_on_failure=False), TransientBatchError)


@task(name="page-batch", cache_policy=NO_CACHE, retries=BATCH_RETRIES, retry_condition_fn=_transient)
def batch_task(ctx: RunContext, batch: PageBatch) -> PackedOutcomes:
    """fetch -> archive -> parse -> record for one batch of episode pages; the outcomes packed,
    since each task's result is held until the last batch is done."""
    return settle_batch(ctx, batch, retries=BATCH_RETRIES)


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, outcomes: Sequence[PageOutcome]) -> Counter[str]:
    """Merge copies per episode and load them in one transaction."""
    return load_outcomes(ctx, outcomes)


def run_page_batches(ctx: RunContext, batches: list[PageBatch]) -> PackedOutcomes:
    """Every batch as a task, at most ``[flow] max_workers`` at once; outcomes in discovery order,
    packed (flows/packing.py). A batch that still fails after its retries fails its unsettled
    pages, not the run."""
    outcomes = PackedOutcomes()
    with ThreadPoolTaskRunner(max_workers=ctx.settings.flow.max_workers) as runner:
        futures = [runner.submit(batch_task, {"ctx": as_is(ctx), "batch": as_is(batch)}) for batch in batches]
        for batch, future in zip(batches, futures, strict=True):
            future.wait()
            state = future.state
            if state.is_completed():
                outcomes += state.result()
            else:
                outcomes += unsettled_failures(ctx, batch, state.result(raise_on_failure=False))
                batch.settled.clear()
    return outcomes


@flow(name="ingest", log_prints=False)
@writes_warehouse
def ingest(db_path: str | None = None, mode: str = "sample", settings_path: str | None = None) -> Any:
    """Run discover -> page batches -> load; returns the run's counters.

    ``mode``: ``sample`` (bundled snapshot, offline), ``live`` (configured sites, incremental),
    or ``backfill`` (live, full crawl of every listing page).
    """
    ctx = open_run(RunMode(mode), db_path, settings_path)
    counts: Counter[str] = Counter()
    try:
        found, outcomes = _fetch_and_load(ctx, counts)
    except Exception as exc:
        close_run(ctx, counts, RunStatus.FAILED, f"{type(exc).__name__}: {exc}")
        ctx.engine.dispose()
        raise
    read = sum(1 for *_, ok in found.entry_points if ok)
    verdict = judge_run(counts, entry_points=len(found.entry_points), entry_points_read=read)
    close_run(ctx, counts, verdict.outcome, verdict.message if verdict.reasons else None)
    outcomes += listing_outcomes(found)
    try:
        publish_run_artifacts(ctx.engine, ctx.run_id, counts, outcomes)
        publish_site_reports(found.sites)  # department websites, one row per province
        snapshot = make_snapshot(Path(db_path) if db_path else ctx.settings.warehouse_path, ctx.engine)
        if not snapshot.written:
            get_run_logger().warning(snapshot.note)  # a full disk skips the snapshot, never the run
    finally:
        ctx.engine.dispose()
    result = {"run_id": ctx.run_id, "status": str(verdict.outcome), **counts, "snapshot": snapshot.note}
    result["abandoned"] = list(ctx.abandoned)
    return _final_state(result, outcomes, verdict)


def _fetch_and_load(ctx: RunContext, counts: Counter[str]) -> tuple[Discovery, PackedOutcomes]:
    """discover -> page batches -> load, counting as it goes; the page outcomes in order."""
    found = discover_task(as_is(ctx))
    record_list_pages(ctx.engine, ctx.run_id, found.sites)  # what each department list page held
    if ctx.client is not None:
        ctx.client.add_cookies(found.cookies)  # challenges a browser passed during discovery
    counts.update(discovered=len(found.items), blocked=len(found.blocked), failed=len(found.failed))
    counts.update(listing_skipped=len(found.skipped), listing_empty=len(found.listing_empty))
    counts.update(fallbacks=len(found.fallbacks), listing_unreadable=len(found.unreadable))
    counts.update(unreadable_values=found.unreadable_values, capped_items=found.capped_items)
    counts["listing_pages"] = found.listing_pages
    outcomes = run_page_batches(ctx, page_batches(found.items, ctx.settings.flow.batch_size))
    counts.update(str(o.kind) for o in outcomes)
    counts.update(load_task(as_is(ctx), as_is(outcomes)))
    return found, outcomes


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
