"""The ingest flow: discover -> fetch -> archive -> parse -> load.

Each stage is a task; the flow only wires them. Raw pages are archived as they arrive; all
episode rows of the run are loaded in one transaction at the end, so a failed run leaves the
warehouse as it was (plus the archived raw pages, which are append-only).
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.artifacts import publish_run_artifacts
from flows.runtime import RunContext, build_client, build_settings, registry
from flows.stages import PageOutcome, load_outcomes, process_item
from scrapers.crawl import Discovery, discover, known_identities
from warehouse.engine import open_writer
from warehouse.load import archive_page, load_provinces
from warehouse.runs import finish_run, known_sources, new_run_id, start_run
from warehouse.schema import ensure_schema


@task(name="discover", cache_policy=NO_CACHE)
def discover_task(ctx: RunContext) -> Discovery:
    """Walk the entry points; archive every listing page."""

    def archive(page, source):  # type: ignore[no-untyped-def]
        archive_page(ctx.engine, page, source=source, kind="listing", run_id=ctx.run_id)

    known = known_identities(known_sources(ctx.engine))
    return discover(ctx.client, ctx.settings, known=known, on_page=archive)


@task(name="fetch-archive-parse", cache_policy=NO_CACHE)
def page_task(ctx: RunContext, url: str, source: str) -> PageOutcome:
    """Fetch one episode page (conditional GET), archive it, parse it. Never raises for bad pages."""
    return process_item(ctx, url, source)


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, outcomes: list[PageOutcome]) -> Counter[str]:
    """Merge copies per episode and load them in one transaction."""
    return load_outcomes(ctx, outcomes)


@flow(name="ingest", log_prints=False)
def ingest(
    db_path: str | None = None, mode: str = "sample", settings_path: str | None = None
) -> dict[str, int]:
    """Run discover -> fetch -> archive -> parse -> load; returns the run's counters.

    ``mode``: ``sample`` (bundled snapshot, offline), ``live`` (configured sites, incremental),
    or ``backfill`` (live, full crawl of every listing page).
    """
    settings = build_settings(mode, settings_path)
    if mode == "backfill":
        settings = settings.with_overrides(
            discovery=settings.discovery.__class__(
                incremental=False,
                max_list_pages=settings.discovery.max_list_pages,
                title_keyword=settings.discovery.title_keyword,
            )
        )
    engine = open_writer(Path(db_path) if db_path else settings.warehouse_path)
    ensure_schema(engine)
    load_provinces(engine, [_province_row(s) for s in registry()])
    now = datetime.now(UTC)
    ctx = RunContext(settings, build_client(settings, mode), engine, registry(), new_run_id(now), mode)
    start_run(engine, run_id=ctx.run_id, mode=mode, now=now)
    counts: Counter[str] = Counter()
    try:
        found = discover_task(ctx)
        counts.update(discovered=len(found.items), blocked=len(found.blocked), failed=len(found.failed))
        futures = [page_task.submit(ctx, item.url, str(item.source)) for item in found.items]
        outcomes = [f.result() for f in futures]
        counts.update(o.kind for o in outcomes)
        counts.update(load_task(ctx, outcomes))
    except Exception as exc:
        counts["requests_sent"] = ctx.client.stats.requests_sent
        finish_run(
            engine,
            run_id=ctx.run_id,
            status="failed",
            counts=counts,
            now=datetime.now(UTC),
            message=f"{type(exc).__name__}: {exc}",
        )
        raise
    finally:
        ctx.client.close()
    counts["requests_sent"] = ctx.client.stats.requests_sent
    status = "partial" if counts["failed"] or counts["blocked"] else "success"
    finish_run(engine, run_id=ctx.run_id, status=status, counts=counts, now=datetime.now(UTC))
    publish_run_artifacts(engine, ctx.run_id, counts, outcomes)
    get_run_logger().info("run %s %s: %s", ctx.run_id, status, dict(counts))
    engine.dispose()
    return {"run_id": ctx.run_id, "status": status, **dict(counts)}  # type: ignore[dict-item]


def _province_row(s) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "code": s.code,
        "name": s.name,
        "short_name": s.short_name,
        "slug": s.slug,
        "region": s.region,
        "department": s.department,
    }
