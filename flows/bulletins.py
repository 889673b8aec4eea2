"""The bulletins flow: crawl the configured 状况公报 entry points, read their figures, load them.

crawl (every page archived as kind ``bulletin`` before it is read; bulletin pages fetched with
the archived validators) -> load (each page's figures replace the rows of that page, all in one
transaction). The run is one ledger row of mode ``bulletins`` and ends success, partial or
failed like an ingest (``flows.outcome``). ``reread_archived_bulletins`` reads the archived
pages again without the network: ``reparse`` calls it after a parser upgrade.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Completed, Failed

from flows.outcome import RunFailed, judge_run
from flows.prefect_args import as_is
from flows.runtime import RunContext, close_run, open_run
from flows.writer import writes_warehouse
from models.outcomes import Counted, PageKind, RunCounter, RunCounts, RunMode, RunStatus
from models.records import ArchiveKind, FetchedPage
from models.reference import ReferenceSet
from models.settings import SettingsError
from scrapers.bulletins import (
    BulletinCrawl,
    BulletinPage,
    bulletin_entry_problems,
    crawl_bulletins,
    owner_of,
    read_bulletin_page,
)
from warehouse.archive import archive_page, latest_of_kind, latest_raw_pages, raw_pages_of, validators_of
from warehouse.reference import load_reference_sets
from warehouse.snapshot import make_snapshot

KIND: ArchiveKind = "bulletin"  # raw_pages.kind of every page the bulletin crawl fetches


@dataclass(frozen=True, slots=True)
class WarehouseArchive:
    """The crawl's ``BulletinArchive``: the warehouse's raw archive."""

    ctx: RunContext

    def validators(self, urls: Sequence[str]) -> Mapping[str, tuple[str | None, str | None]]:
        with self.ctx.engine.connect() as conn:
            return validators_of(conn, urls)

    def keep(self, page: FetchedPage, source: str) -> tuple[FetchedPage | None, bool]:
        if page.not_modified:
            with self.ctx.engine.connect() as conn:
                return latest_raw_pages(conn, [page.requested_url]).get(page.requested_url), False
        new = archive_page(self.ctx.engine, page, source=source, kind=KIND, run_id=self.ctx.run_id)
        return page, new


@task(name="crawl-bulletins", cache_policy=NO_CACHE)
def crawl_task(ctx: RunContext) -> BulletinCrawl:
    """Walk every bulletin entry point; archive every page; read the bulletins."""
    problems = bulletin_entry_problems(ctx.settings, ctx.registry)
    if problems:
        raise SettingsError(problems)
    return crawl_bulletins(ctx.settings, WarehouseArchive(ctx), registry=ctx.registry)


@task(name="load-reference-figures", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, pages: Sequence[BulletinPage]) -> RunCounts:
    """Each bulletin page's figures replace that page's rows, in one transaction."""
    return load_pages(ctx, pages)


def load_pages(ctx: RunContext, pages: Sequence[BulletinPage]) -> RunCounts:
    """Load the figures of ``pages``: counters new/updated (pages) and figures (rows)."""
    sets = [ReferenceSet(p.origin, p.version, p.figures) for p in pages if p.status == "bulletin"]
    result = load_reference_sets(ctx.engine, sets, now=datetime.now(UTC))
    done = Counter(result.values())
    figures = sum(len(s.figures) for s in sets)
    return RunCounts(
        {RunCounter.NEW: done["new"], RunCounter.UPDATED: done["replaced"], RunCounter.FIGURES: figures}
    )


@flow(name="bulletins", log_prints=False)
@writes_warehouse
def bulletins(db_path: str | None = None, settings_path: str | None = None) -> Any:
    """Crawl the configured bulletin entry points and load their figures; returns the counters."""
    ctx = open_run(RunMode.BULLETINS, db_path, settings_path)
    counts = RunCounts()
    try:
        crawl = crawl_task(as_is(ctx))
        counts.add(crawl_counts(crawl))
        counts.add(load_task(as_is(ctx), as_is(crawl.bulletins)))
    except Exception as exc:
        close_run(ctx, counts, RunStatus.FAILED, f"{type(exc).__name__}: {exc}")
        ctx.engine.dispose()
        raise
    read = sum(1 for *_, ok in crawl.entry_points if ok)
    reached = RunCounts(counts)
    reached[PageKind.NOT_EPISODE] = counts[RunCounter.NOT_BULLETIN]  # a page read, just not a bulletin
    verdict = judge_run(reached, entry_points=len(crawl.entry_points), entry_points_read=read)
    close_run(ctx, counts, verdict.outcome, verdict.message if verdict.reasons else None)
    try:
        snapshot = make_snapshot(Path(db_path) if db_path else ctx.settings.warehouse_path, ctx.engine)
        if not snapshot.written:
            get_run_logger().warning(snapshot.note)
    finally:
        ctx.engine.dispose()
    problems: list[tuple[Counted, str, str]] = [(PageKind.FAILED, u, r) for u, r in crawl.failed]
    problems += [(PageKind.BLOCKED, u, r) for u, r in crawl.blocked]
    problems += [(PageKind.SKIPPED, u, r) for u, r in crawl.skipped]
    problems += [(RunCounter.NOT_BULLETIN, u, r) for u, r in crawl.not_bulletin]
    result = {
        "run_id": ctx.run_id,
        "status": str(verdict.outcome),
        **counts.as_dict(),
        "snapshot": snapshot.note,
    }
    result |= {"problems": problems, "documents": list(crawl.documents)}
    if verdict.outcome is RunStatus.FAILED:
        return Failed(message=verdict.message, data=RunFailed(verdict.message, result))
    if verdict.outcome is RunStatus.PARTIAL:
        return Completed(name="Partial", message=verdict.message, data=result)
    return result


def crawl_counts(crawl: BulletinCrawl) -> RunCounts:
    """The crawl as ledger counters: discovered (bulletin links and bulletin entry points),
    fetched/unchanged (bulletin pages), failed/blocked/skipped, and the bulletin-only ones."""
    entry_bulletins = sum(1 for b in crawl.bulletins if b.origin in {u for _, u, _ in crawl.entry_points})
    return RunCounts(
        {
            RunCounter.DISCOVERED: crawl.links - len(crawl.documents) + entry_bulletins,
            PageKind.FETCHED: crawl.fetched,
            PageKind.UNCHANGED: crawl.unchanged,
            PageKind.FAILED: len(crawl.failed),
            PageKind.BLOCKED: len(crawl.blocked),
            PageKind.SKIPPED: len(crawl.skipped),
            RunCounter.NOT_BULLETIN: len(crawl.not_bulletin),
            RunCounter.DOCUMENTS: len(crawl.documents),
            RunCounter.LISTING_PAGES: crawl.list_pages,
            RunCounter.BULLETINS: len(crawl.bulletins),
            RunCounter.REQUESTS_SENT: crawl.requests_sent,
        }
    )


def reread_archived_bulletins(ctx: RunContext) -> RunCounts:
    """Read every archived bulletin-crawl page again (its latest body) and load what reads as a
    bulletin: no network. Counters ``bulletins``, ``bulletins_updated`` (pages whose rows changed)."""
    with ctx.engine.connect() as conn:
        keys = latest_of_kind(conn, KIND)
        pages = raw_pages_of(conn, [(url, sha) for _, url, sha in keys])
    sources = {(url, sha): source for source, url, sha in keys}
    read = [
        read_bulletin_page(
            p,
            owner_of(ctx.settings, ctx.registry, sources[(p.requested_url, p.sha256)]),
            registry=ctx.registry,
        )
        for p in pages
    ]
    bulletins = [r for r in read if r.status == "bulletin"]
    loaded = load_pages(ctx, bulletins)
    return RunCounts(
        {
            RunCounter.BULLETINS: len(bulletins),
            RunCounter.BULLETINS_UPDATED: loaded[RunCounter.NEW] + loaded[RunCounter.UPDATED],
        }
    )
