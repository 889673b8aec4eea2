"""The ingest stages called as plain functions, without Prefect: the benchmarks' baseline.

The flow's tasks call exactly these functions (the crawl of ``flows.pipeline``,
``flows.stages.settle_batch``, ``load_packages``); only the orchestration differs: discovery runs
in a thread and the batches in a plain thread pool of the same ``[flow] max_workers``.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from flows.pipeline import crawl
from flows.resume import take_over
from flows.runtime import RunContext, close_run, open_run, run_status
from flows.stages import PageBatch, load_packages, settle_batch
from flows.staging import BatchResult
from models.outcomes import RunCounter, RunCounts, RunMode
from models.records import FetchedPage, ListingItem
from scrapers.crawl import Discovery, discover, known_identities
from warehouse.archive import archive_page
from warehouse.export import make_snapshot
from warehouse.runs import known_sources


@dataclass
class StageRun:
    counts: RunCounts
    requests: int
    listing_pages: int
    discovery_seconds: float


def run_without_prefect(db_path: str, mode: str = "live") -> StageRun:
    """crawl (discovery and page batches) -> load -> close, as the ingest flow does, minus Prefect."""
    ctx: RunContext = open_run(RunMode(mode), db_path, None)
    assert ctx.client is not None

    def on_page(page: FetchedPage, source: str) -> None:
        archive_page(ctx.engine, page, source=source, kind="listing", run_id=ctx.run_id)

    def find(on_items: Callable[[list[ListingItem]], None]) -> Discovery:
        assert ctx.client is not None
        known = known_identities(known_sources(ctx.engine))
        return discover(ctx.client, ctx.settings, known=known, on_page=on_page, on_items=on_items)

    resume = take_over(ctx)
    with ThreadPoolExecutor(1) as walker, ThreadPoolExecutor(ctx.settings.flow.max_workers) as pool:

        def submit(batch: PageBatch) -> Future[BatchResult]:
            return pool.submit(settle_batch, ctx, batch)

        done = crawl(
            ctx, resume, lambda on_items: walker.submit(find, on_items), lambda f: f.result(), submit
        )
        results = [future.result() for _, future in done.batches]
    counts = RunCounts.tally(o.kind for r in results for o in r.outcomes)
    counts.add(load_packages(ctx, [r.package for r in results if r.package is not None]))
    counts[RunCounter.DISCOVERED] = len(done.found.items)
    close_run(ctx, counts, run_status(counts, ctx.mode))
    make_snapshot(Path(db_path), ctx.engine)  # the flow refreshes the readers' snapshot too
    ctx.engine.dispose()
    return StageRun(counts, counts[RunCounter.REQUESTS_SENT], done.found.listing_pages, done.found.seconds)
