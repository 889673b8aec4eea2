"""Hold a DuckDB file's write lock from another process, as a running ingest does."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def write_lock_held_elsewhere(path: Path) -> Iterator[None]:
    holder = textwrap.dedent(f"""
        import sys, duckdb
        con = duckdb.connect({str(path)!r})
        print("locked", flush=True)
        sys.stdin.readline()
    """)
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield
    finally:
        proc.communicate("\n", timeout=10)


@contextmanager
def run_held_elsewhere(db: Path, *, seconds: float = 600) -> Iterator[tuple[int, str]]:
    """A real process that opens a run on ``db`` the way a flow does (ledger row, run lock), holds
    it for ``seconds`` and closes it as a success; yields (its pid, its run id). Killed on exit."""
    script = textwrap.dedent(f"""
        import time
        from flows.runtime import close_run, open_run
        from models.outcomes import RunCounts, RunStatus
        ctx = open_run("reparse", {str(db)!r}, None)
        ctx.engine.dispose()  # the run lock, not DuckDB's, is what a waiting writer waits for
        print(ctx.run_id, flush=True)
        time.sleep({seconds!r})
        from dataclasses import replace
        from warehouse.engine import open_writer
        ctx = replace(ctx, engine=open_writer({str(db)!r}))
        close_run(ctx, RunCounts(), RunStatus.SUCCESS)
        ctx.engine.dispose()
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        yield proc.pid, proc.stdout.readline().strip()
    finally:
        if seconds > 30:  # a short hold ends by itself, closing its run
            proc.kill()
        proc.wait(timeout=90)


def ledger_status(db: Path) -> dict[str, str]:
    """run id -> status, read-only."""
    from warehouse.query import run_readonly

    return {r[0]: r[1] for r in run_readonly(db, "SELECT run_id, status FROM ingest_runs").rows}
