"""The reparse flow: parse every archived episode page again with the current parser.

No network. Use it after a parser upgrade: only episodes whose parsed content changed are
rewritten (the load compares content hashes), in one transaction.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.runtime import RunContext, build_settings, registry
from flows.stages import PageOutcome, load_outcomes, parse_archived
from models.records import FetchedPage
from warehouse.engine import open_writer
from warehouse.load import all_latest_raw_pages
from warehouse.runs import finish_run, new_run_id, start_run
from warehouse.schema import ensure_schema


@task(name="parse-archived", cache_policy=NO_CACHE)
def parse_task(ctx: RunContext, source: str, page: FetchedPage) -> PageOutcome:
    return parse_archived(ctx, page, source)


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, outcomes: list[PageOutcome]) -> Counter[str]:
    return load_outcomes(ctx, outcomes)


@flow(name="reparse", log_prints=False)
def reparse(db_path: str | None = None, settings_path: str | None = None) -> dict[str, object]:
    """Re-parse the raw archive and load the episodes whose content changed."""
    settings = build_settings("live", settings_path)
    engine = open_writer(Path(db_path) if db_path else settings.warehouse_path)
    ensure_schema(engine)
    now = datetime.now(UTC)
    ctx = RunContext(settings, None, engine, registry(), new_run_id(now), "reparse")  # type: ignore[arg-type]
    start_run(engine, run_id=ctx.run_id, mode="reparse", now=now)
    counts: Counter[str] = Counter()
    try:
        with engine.connect() as conn:
            pages = all_latest_raw_pages(conn)
        outcomes = [parse_task(ctx, source, page) for source, page in pages]
        counts.update(o.kind for o in outcomes)
        counts.update(load_task(ctx, outcomes))
    except Exception as exc:
        finish_run(
            engine,
            run_id=ctx.run_id,
            status="failed",
            counts=counts,
            now=datetime.now(UTC),
            message=f"{type(exc).__name__}: {exc}",
        )
        raise
    status = "partial" if counts["failed"] else "success"
    finish_run(engine, run_id=ctx.run_id, status=status, counts=counts, now=datetime.now(UTC))
    get_run_logger().info("reparse %s %s: %s", ctx.run_id, status, dict(counts))
    engine.dispose()
    return {"run_id": ctx.run_id, "status": status, **counts}
