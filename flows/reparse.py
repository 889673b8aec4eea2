"""The reparse flow: parse every archived episode page again with the current parser.

No network. Use it after a parser upgrade: only episodes whose parsed content changed are
rewritten (the load compares content hashes), in one transaction.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from flows.runtime import RunContext, open_run
from flows.stages import ArchivedPage, PageOutcome, load_outcomes, parse_archived_page
from flows.writer import writes_warehouse
from models.records import FetchedPage
from warehouse.archive import pages_to_reparse
from warehouse.runs import finish_run


@task(name="parse-archived", cache_policy=NO_CACHE)
def parse_task(ctx: RunContext, source: str, page: FetchedPage) -> PageOutcome:
    return parse_archived_page(ctx, ArchivedPage(page, "unchanged"), source)


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, outcomes: list[PageOutcome]) -> Counter[str]:
    return load_outcomes(ctx, outcomes)


@flow(name="reparse", log_prints=False)
@writes_warehouse
def reparse(db_path: str | None = None, settings_path: str | None = None) -> dict[str, Any]:
    """Re-parse the raw archive and load the episodes whose content changed."""
    ctx = open_run("reparse", db_path, settings_path)
    counts: Counter[str] = Counter()
    try:
        with ctx.engine.connect() as conn:
            pages = pages_to_reparse(conn)
        outcomes = [parse_task(ctx, source, page) for source, page in pages]
        counts.update(o.kind for o in outcomes)
        counts.update(load_task(ctx, outcomes))
        status = "partial" if counts["failed"] else "success"
    except Exception as exc:
        status = "failed"
        finish_run(
            ctx.engine,
            run_id=ctx.run_id,
            status=status,
            counts=counts,
            now=datetime.now(UTC),
            message=f"{type(exc).__name__}: {exc}",
        )
        ctx.engine.dispose()
        raise
    finish_run(ctx.engine, run_id=ctx.run_id, status=status, counts=counts, now=datetime.now(UTC))
    get_run_logger().info("reparse %s %s: %s", ctx.run_id, status, dict(counts))
    ctx.engine.dispose()
    return {"run_id": ctx.run_id, "status": status, **counts}
