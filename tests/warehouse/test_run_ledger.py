"""The ledger never says `running` for a dead run: a run holds an OS lock for its whole life."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flows.runtime import open_run
from mee_interviews.doctor import run_doctor
from models.outcomes import RunCounts
from warehouse.engine import WarehouseBusyError, open_writer
from warehouse.query import run_readonly
from warehouse.runs import ABANDONED, finish_run, start_run
from warehouse.schema import ensure_schema
from warehouse.writer_lock import holder, lock_is_free, release_run_lock

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
    finish_run(ctx.engine, run_id=ctx.run_id, status="success", counts=RunCounts(), now=datetime.now(UTC))
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
    finish_run(engine, run_id="second", status="success", counts=RunCounts(), now=now)
    assert not lock_is_free(db)  # "first" still holds it
    finish_run(engine, run_id="first", status="success", counts=RunCounts(), now=now)
    engine.dispose()
    assert lock_is_free(db) and set(ledger(db).values()) == {("success", None)}


def test_doctor_marks_a_killed_run_failed_and_says_so(killed_run: tuple[Path, str]) -> None:
    db, dead = killed_run
    findings = {f.name: f for f in run_doctor(db, None, env={})}
    assert not findings["ledger"].ok and dead in findings["ledger"].message
    assert ledger(db)[dead] == ("failed", ABANDONED)
    assert not findings["runs"].ok and f"{dead} reparse failed" in findings["runs"].message
    again = {f.name: f for f in run_doctor(db, None, env={})}
    assert again["ledger"].ok and again["ledger"].message == "no run is left marked running"


def test_doctor_leaves_a_live_run_running(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    engine = open_writer(db)
    ensure_schema(engine)
    start_run(engine, run_id="live", mode="sample", now=datetime.now(UTC))
    engine.dispose()  # the run's process lives on and keeps the run lock
    try:
        findings = {f.name: f for f in run_doctor(db, None, env={})}
        assert findings["ledger"].ok and "live running (pid" in findings["ledger"].message
        assert ledger(db)["live"] == ("running", None)
    finally:
        release_run_lock(db, "live")


def test_doctor_reports_the_age_of_the_last_success_and_the_last_three_outcomes(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    engine = open_writer(db)
    ensure_schema(engine)
    now = datetime.now(UTC)
    for hours, run_id, status in [
        (30, "a", "success"),
        (20, "b", "success"),
        (10, "c", "failed"),
        (5, "d", "partial"),
    ]:
        start_run(engine, run_id=run_id, mode="live", now=now - timedelta(hours=hours))
        finish_run(
            engine, run_id=run_id, status=status, counts=RunCounts(), now=now - timedelta(hours=hours - 1)
        )
    engine.dispose()
    runs = {f.name: f for f in run_doctor(db, None, env={})}["runs"]
    assert runs.message == "last success 19 h ago; latest runs: d live partial; c live failed; b live success"
    assert runs.ok and runs.warning
