"""The ledger never says `running` for a dead run: a run holds an OS lock for its whole life."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from flows.runtime import open_run
from warehouse.engine import WarehouseBusyError, open_writer
from warehouse.query import run_readonly
from warehouse.runs import ABANDONED, finish_run, start_run
from warehouse.schema import ensure_schema
from warehouse.writer_lock import holder, lock_is_free

ROOT = Path(__file__).resolve().parents[2]


def start_run_then_hang(db: Path) -> subprocess.Popen[str]:
    """A real process that opens a run the way a flow does (settings, migrations, ledger row) and
    then waits, as if fetching, until it is killed."""
    script = textwrap.dedent(f"""
        import sys, time
        from flows.runtime import open_run
        ctx = open_run("reparse", {str(db)!r}, None)
        print(ctx.run_id, flush=True)
        time.sleep(600)
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    return proc


def ledger(db: Path) -> dict[str, tuple[str, str | None]]:
    rows = run_readonly(db, "SELECT run_id, status, message FROM ingest_runs").rows
    return {r[0]: (r[1], r[2]) for r in rows}


@pytest.fixture
def killed_run(tmp_path: Path) -> tuple[Path, str]:
    """A warehouse whose ledger holds the `running` row of a process killed with SIGKILL."""
    db = tmp_path / "w.duckdb"
    proc = start_run_then_hang(db)
    assert proc.stdout is not None
    run_id = proc.stdout.readline().strip()
    assert not lock_is_free(db) and f"pid {proc.pid}" in holder(db)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert ledger(db)[run_id][0] == "running"  # what the dead process left behind
    return db, run_id


def test_the_next_run_marks_a_killed_run_failed_as_abandoned(killed_run: tuple[Path, str]) -> None:
    db, dead = killed_run
    ctx = open_run("reparse", str(db), None)
    finish_run(ctx.engine, run_id=ctx.run_id, status="success", counts=Counter(), now=datetime.now(UTC))
    ctx.engine.dispose()
    got = ledger(db)
    assert got[dead] == ("failed", ABANDONED)
    assert got[ctx.run_id] == ("success", None)
    assert [run for run, (status, _) in got.items() if status == "running"] == []
    assert lock_is_free(db)


def test_a_second_process_cannot_take_the_lock_while_a_run_lives(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    proc = start_run_then_hang(db)
    assert proc.stdout is not None
    alive = proc.stdout.readline().strip()
    try:
        assert alive and not lock_is_free(db)
        with pytest.raises(WarehouseBusyError):
            open_writer(db)
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_two_runs_of_one_process_share_the_lock_and_keep_each_other_running(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    engine = open_writer(db)
    ensure_schema(engine)
    now = datetime.now(UTC)
    start_run(engine, run_id="first", mode="sample", now=now)
    start_run(engine, run_id="second", mode="sample", now=now)
    finish_run(engine, run_id="second", status="success", counts={}, now=now)
    assert not lock_is_free(db)  # "first" still holds it
    finish_run(engine, run_id="first", status="success", counts={}, now=now)
    engine.dispose()
    assert lock_is_free(db) and set(ledger(db).values()) == {("success", None)}
