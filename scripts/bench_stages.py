"""The ingest stages called as plain functions, without Prefect: the benchmarks' baseline.

The flow's tasks call exactly these functions (``flows.stages.settle_batch``, ``load_outcomes``);
only the orchestration differs: batches run one after another in this thread.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from flows.packing import PackedOutcomes
from flows.runtime import RunContext, close_run, open_run, run_status
from flows.stages import load_outcomes, page_batches, settle_batch
from models.outcomes import RunMode
from models.records import FetchedPage
from scrapers.crawl import discover, known_identities
from warehouse.archive import archive_page
from warehouse.export import make_snapshot
from warehouse.runs import known_sources


@dataclass
class StageRun:
    counts: Counter[str]
    outcomes: PackedOutcomes
    requests: int
    listing_pages: int


def run_without_prefect(db_path: str, mode: str = "live") -> StageRun:
    """discover -> page batches -> load -> close, as the ingest flow does, minus Prefect."""
    ctx: RunContext = open_run(RunMode(mode), db_path, None)
    assert ctx.client is not None

    def on_page(page: FetchedPage, source: str) -> None:
        archive_page(ctx.engine, page, source=source, kind="listing", run_id=ctx.run_id)

    found = discover(
        ctx.client, ctx.settings, known=known_identities(known_sources(ctx.engine)), on_page=on_page
    )
    outcomes = PackedOutcomes()
    for batch in page_batches(found.items, ctx.settings.flow.batch_size):
        outcomes += settle_batch(ctx, batch)
    counts = Counter(str(o.kind) for o in outcomes)
    counts.update(load_outcomes(ctx, outcomes))
    counts["discovered"] = len(found.items)
    close_run(ctx, counts, run_status(counts, ctx.mode))
    make_snapshot(Path(db_path), ctx.engine)  # the flow refreshes the readers' snapshot too
    ctx.engine.dispose()
    return StageRun(counts, outcomes, counts["requests_sent"], found.listing_pages)
