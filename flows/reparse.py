"""The reparse flow: parse every archived episode page again with the current parser, and read
every archived bulletin page again (``flows.bulletins``).

No network. Use it after a parser upgrade: only episodes whose parsed content changed are
rewritten (the load compares content hashes), in one transaction, from the load packages the
batches staged (flows/staging.py). Parsing is pure and
CPU-bound, so batches go to the run's ``[flow] parse_processes`` worker processes (threads would
share one core under the GIL; flows/parsing.py); each batch is one Prefect task, which records
its outcomes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from flows.bulletins import reread_archived_bulletins
from flows.prefect_args import as_is
from flows.runtime import RunContext, close_run, open_run, run_status
from flows.stages import chunks, load_packages, record_outcomes
from flows.staging import BatchResult, stage_batch
from flows.writer import writes_warehouse
from models.outcomes import ArchivedPage, PageKind, RunCounts, RunMode, RunStatus
from warehouse.archive import pages_to_reparse, raw_pages_of
from warehouse.packages import Package, remove_run


@task(name="reparse-batch", cache_policy=NO_CACHE)
def reparse_batch_task(
    ctx: RunContext, number: int, keys: list[tuple[str, str, str]], single: bool = False
) -> BatchResult:
    """Read one batch of archived bodies, parse them in a parser process (here when it is the
    run's ``single`` batch), record their outcomes and stage the parses as a load package; only
    the running batches' bodies are ever in memory, and their parses only as bytes."""
    sources = {(url, sha): source for source, url, sha in keys}
    with ctx.engine.connect() as conn:
        bodies = raw_pages_of(conn, [(url, sha) for _, url, sha in keys])
    pages = [ArchivedPage(p, sources[(p.requested_url, p.sha256)], PageKind.UNCHANGED) for p in bodies]
    parsed = ctx.parser.parse(pages, in_process=single)
    outcomes = [o for o, _ in parsed]
    record_outcomes(ctx, outcomes)
    return stage_batch(ctx, number, outcomes, staged={o.url: s for o, s in parsed if s is not None})


@task(name="load", cache_policy=NO_CACHE)
def load_task(ctx: RunContext, packages: Sequence[Package]) -> RunCounts:
    """Merge the staged copies per episode and load them in one transaction."""
    return load_packages(ctx, packages)


def reparse_batches(ctx: RunContext, keys: Sequence[tuple[str, str, str]]) -> list[BatchResult]:
    """Every batch of archived pages (source, url, sha256) as a task; results in archive order."""
    batches = [list(b) for b in chunks(keys, ctx.settings.flow.batch_size)]
    workers = max(1, min(ctx.settings.flow.parse_processes, len(batches)))
    # two batch threads per parser: one reads or records its batch while the other's is parsed,
    # so the worker processes never wait on the warehouse
    threads = min(2 * workers, len(batches)) if workers > 1 else 1
    pool: ThreadPoolTaskRunner[BatchResult] = ThreadPoolTaskRunner(max_workers=threads)
    with pool as runner:
        futures = [
            runner.submit(
                reparse_batch_task,
                {"ctx": as_is(ctx), "number": n, "keys": as_is(b), "single": len(batches) == 1},
            )
            for n, b in enumerate(batches, start=1)
        ]
        return [future.result() for future in futures]


@flow(name="reparse", log_prints=False)
@writes_warehouse
def reparse(db_path: str | None = None, settings_path: str | None = None) -> dict[str, Any]:
    """Re-parse the raw archive and load the episodes whose content changed."""
    ctx = open_run(RunMode.REPARSE, db_path, settings_path)
    counts = RunCounts()
    try:
        with ctx.engine.connect() as conn:
            keys = pages_to_reparse(conn)
        results = reparse_batches(ctx, keys)
        counts.add(RunCounts.tally(o.kind for r in results for o in r.outcomes))
        counts.add(load_task(as_is(ctx), as_is([r.package for r in results if r.package is not None])))
        counts.add(reread_archived_bulletins(ctx))  # the bulletin crawl's pages, read again
    except Exception as exc:
        close_run(ctx, counts, RunStatus.FAILED, f"{type(exc).__name__}: {exc}")
        remove_run(ctx.staging, ctx.run_id)
        ctx.engine.dispose()
        raise
    status = run_status(counts, RunMode.REPARSE)
    close_run(ctx, counts, status)
    ctx.engine.dispose()
    return {"run_id": ctx.run_id, "status": status, **counts.as_dict(), "abandoned": list(ctx.abandoned)}
