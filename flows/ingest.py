"""The ingest flow: discover -> fetch -> archive -> parse -> load.

Each stage is a task; the flow only wires them. Raw pages are archived as they arrive; all
episode rows of the run are loaded in one transaction at the end, so a failed run leaves the
warehouse as it was (plus the archived raw pages, which are append-only). A broken page fails
only its own task; the run then ends Completed but named ``Partial``.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.states import Completed, State

from flows.artifacts import publish_run_artifacts
from flows.runtime import RunContext, open_run, transient_fetch_error
from flows.site_reports import publish_site_reports
from flows.stages import (
    ArchivedPage,
    PageFailed,
    PageOutcome,
    archive,
    fetch_failed,
    fetch_page,
    load_outcomes,
)
from flows.stages import parse_archived_page as parse_stage
from models.records import FetchedPage, ListingItem
from scrapers.crawl import Discovery, discover, known_identities
from warehouse.archive import archive_page
from warehouse.export import make_snapshot
from warehouse.runs import finish_run, known_sources


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(ctx: RunContext) -> Discovery:
    """Walk the entry points; archive every listing page."""

    def on_page(page: FetchedPage, source: str) -> None:
        archive_page(ctx.engine, page, source=source, kind="listing", run_id=ctx.run_id)

    assert ctx.client is not None
    return discover(
        ctx.client, ctx.settings, known=known_identities(known_sources(ctx.engine)), on_page=on_page
    )


@task(name="fetch", cache_policy=NO_CACHE, retries=1, retry_condition_fn=transient_fetch_error)
def fetch_task(ctx: RunContext, url: str) -> FetchedPage:
    """Conditional GET through the polite client (which retries with backoff itself)."""
    return fetch_page(ctx, url)


@task(name="archive", cache_policy=NO_CACHE)
def archive_task(ctx: RunContext, page: FetchedPage, source: str) -> ArchivedPage:
    return archive(ctx, page, source)


@task(name="parse", cache_policy=NO_CACHE)
def parse_task(ctx: RunContext, archived: ArchivedPage, source: str) -> PageOutcome:
    outcome = parse_stage(ctx, archived, source)
    if outcome.kind == "failed":
        raise PageFailed(outcome)
    return outcome


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, outcomes: list[PageOutcome]) -> Counter[str]:
    """Merge copies per episode and load them in one transaction."""
    return load_outcomes(ctx, outcomes)


def _page_outcome(ctx: RunContext, item: ListingItem, fetched: PrefectFuture[FetchedPage]) -> PageOutcome:
    source = str(item.source)
    state = fetched.wait() or fetched.state
    if not state.is_completed():
        return fetch_failed(ctx, item.url, source, state.result(raise_on_failure=False))
    parsed = parse_task.submit(ctx, archive_task.submit(ctx, fetched, source), source)
    final = parsed.wait() or parsed.state
    if final.is_completed():
        return final.result()
    exc = final.result(raise_on_failure=False)
    return (
        exc.outcome
        if isinstance(exc, PageFailed)
        else PageOutcome("failed", item.url, source, reason=str(exc))
    )


@flow(name="ingest", log_prints=False)
def ingest(db_path: str | None = None, mode: str = "sample", settings_path: str | None = None) -> Any:
    """Run discover -> fetch -> archive -> parse -> load; returns the run's counters.

    ``mode``: ``sample`` (bundled snapshot, offline), ``live`` (configured sites, incremental),
    or ``backfill`` (live, full crawl of every listing page).
    """
    ctx = open_run(mode, db_path, settings_path)
    counts: Counter[str] = Counter()
    try:
        found = discover_task(ctx)
        publish_site_reports(found.sites)  # department websites, one row per province (issue 11)
        counts.update(discovered=len(found.items), blocked=len(found.blocked), failed=len(found.failed))
        fetches = [(item, fetch_task.submit(ctx, item.url)) for item in found.items]
        outcomes = [_page_outcome(ctx, item, future) for item, future in fetches]
        counts.update(o.kind for o in outcomes)
        counts.update(load_task(ctx, outcomes))
    except Exception as exc:
        _close(ctx, counts, "failed", f"{type(exc).__name__}: {exc}")
        ctx.engine.dispose()
        raise
    status = "partial" if counts["failed"] or counts["blocked"] else "success"
    _close(ctx, counts, status, None)
    publish_run_artifacts(ctx.engine, ctx.run_id, counts, outcomes)
    make_snapshot(Path(db_path) if db_path else ctx.settings.warehouse_path, ctx.engine)
    ctx.engine.dispose()
    return _final_state({"run_id": ctx.run_id, "status": status, **counts}, outcomes)


def _close(ctx: RunContext, counts: Counter[str], status: str, message: str | None) -> None:
    if ctx.client is not None:
        counts["requests_sent"] = ctx.client.stats.requests_sent
        ctx.client.close()
    finish_run(
        ctx.engine, run_id=ctx.run_id, status=status, counts=counts, now=datetime.now(UTC), message=message
    )
    get_run_logger().info("run %s %s: %s", ctx.run_id, status, dict(counts))


def _final_state(result: dict[str, Any], outcomes: list[PageOutcome]) -> dict[str, Any] | State:
    """A run with failed or blocked pages ends Completed, named Partial, with a message."""
    result["problems"] = [(o.kind, o.url, o.reason) for o in outcomes if o.kind in ("failed", "blocked")]
    if result["status"] == "success":
        return result
    message = f"partial: {result.get('failed', 0)} failed, {result.get('blocked', 0)} blocked"
    return Completed(name="Partial", message=message, data=result)
