"""Doctor checks of the run ledger: no dead run left ``running``, and how the latest runs ended.

The one write doctor ever makes: a ``running`` row whose process no longer holds the run lock is
marked ``failed`` (abandoned), under that lock, so the ledger never keeps saying a dead run runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mee_interviews.findings import Finding
from warehouse.engine import WarehouseBusyError, open_reader, open_writer
from warehouse.runs import last_success as last_success_at
from warehouse.runs import mark_abandoned, recent_runs, running_ids
from warehouse.writer_lock import hold_run_lock, holder, lock_is_free, release_run_lock

DOCTOR_RUN = "doctor"  # the name doctor holds the run lock under while it repairs the ledger


def check_runs(db_path: Path, now: datetime | None = None) -> list[Finding]:
    """Findings ``ledger`` (dead runs marked failed) and ``runs`` (last success, last three outcomes).

    Call it only for a current warehouse that opens read-only (``check_warehouse`` said so).
    """
    now = now or datetime.now(UTC)
    engine = open_reader(db_path)
    try:
        running = running_ids(engine)
        alive = not lock_is_free(db_path)
    finally:
        engine.dispose()
    ledger = _ledger_finding(db_path, running, alive, now)
    engine = open_reader(db_path)
    try:
        return [ledger, _runs_finding(recent_runs(engine, 3), last_success_at(engine), now)]
    finally:
        engine.dispose()


def _ledger_finding(db_path: Path, running: list[str], alive: bool, now: datetime) -> Finding:
    if not running:
        return Finding("ledger", True, "no run is left marked running")
    if alive:
        return Finding("ledger", True, f"{', '.join(running)} running ({holder(db_path)})")
    try:
        marked = _mark_abandoned(db_path, now)
    except WarehouseBusyError as exc:  # a process opened the file since we looked: report, don't stop
        return Finding(
            "ledger",
            False,
            f"run(s) {', '.join(running)} are marked running but no run holds the lock; not fixed: {exc}",
            "run doctor again once the warehouse is free",
        )
    if not marked:  # the run closed its row between our look and the lock
        return Finding("ledger", True, "no run is left marked running")
    return Finding(
        "ledger",
        False,
        f"run(s) {', '.join(marked)} were left 'running' by a process that ended; marked failed (abandoned)",
        "read that run's Prefect logs to see why its process died, then run it again",
    )


def _mark_abandoned(db_path: Path, now: datetime) -> list[str]:
    hold_run_lock(db_path, DOCTOR_RUN, wait_seconds=0)  # no run may start while the ledger is repaired
    try:
        engine = open_writer(db_path)
        try:
            with engine.begin() as conn:
                return mark_abandoned(conn, now=now)
        finally:
            engine.dispose()
    finally:
        release_run_lock(db_path, DOCTOR_RUN)


def _runs_finding(runs: list[dict[str, object]], success: datetime | None, now: datetime) -> Finding:
    if not runs:
        return Finding("runs", True, "no run recorded yet", "run `mee-interviews ingest`", warning=True)
    outcomes = "; ".join(f"{r['run_id']} {r['mode']} {r['status']}" for r in runs)
    since = f"last success {_age(now, success)} ago" if success else "no successful run yet"
    message = f"{since}; latest runs: {outcomes}"
    latest = runs[0]
    if latest["status"] == "failed":
        reason = str(latest.get("message") or "no message")
        return Finding("runs", False, f"{message} ({reason})", "fix the cause, then run it again")
    if latest["status"] != "success" or success is None:
        return Finding("runs", True, message, "see the run's problems in its Prefect artifacts", warning=True)
    return Finding("runs", True, message)


def _age(now: datetime, then: datetime) -> str:
    if then.tzinfo is None:  # DuckDB hands TIMESTAMPTZ back aware; a naive value is UTC
        then = then.replace(tzinfo=UTC)
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"
