"""Real `mee-interviews ingest` processes, killed with SIGKILL once their ledger row is written.

Used by tests/flows/test_killed_writer.py and scripts/bench_kill_recovery.py. A run to kill is
the bundled sample paced at 5 s a request (``SLOW``), so it is still discovering when it dies.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from mee_interviews.prefect_server import free_port
from warehouse.query import run_readonly
from warehouse.writer_lock import Holder, holder

CLI = Path(sys.executable).with_name("mee-interviews")
SLOW = {"MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "5"}  # a run that lasts a minute of discovery


@dataclass(frozen=True)
class Killed:
    """A run that was killed: its id and when the kill was sent."""

    run_id: str
    killed_at: datetime


def cli_env(home: Path, api_url: str | None = None, *, wait_seconds: float = 10) -> dict[str, str]:
    """This process's environment without Prefect's or the project's settings, plus PREFECT_HOME,
    the API URL (none: each run starts a temporary server) and the writer's wait."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "MEE_INTERVIEWS"))}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    env["MEE_INTERVIEWS__WAREHOUSE__WRITER_WAIT_SECONDS"] = f"{wait_seconds:g}"
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def start_ingest(db: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    """`mee-interviews ingest --db DB` in its own process group (its temporary server included)."""
    return subprocess.Popen(
        [str(CLI), "ingest", "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def run_ingest(db: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), "ingest", "--db", str(db)], env=env, capture_output=True, text=True, timeout=300
    )


def wait_for_ledger_row(db: Path, proc: subprocess.Popen[str], seconds: float = 240) -> str:
    """The run id once ``proc`` has opened its run (the lock names it right before its ledger row)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        record = Holder.parse(holder(db))
        if record is not None and record.pid == proc.pid and record.run_ids:
            time.sleep(1.0)  # the row is inserted in the same call, milliseconds later
            return record.run_ids[0]
        if proc.poll() is not None:
            raise AssertionError(f"the run ended before it could be killed: {proc.communicate()}")
        time.sleep(0.05)
    raise AssertionError(f"no run opened within {seconds} s")


def kill(proc: subprocess.Popen[str], run_id: str, *, group: bool) -> tuple[Killed, str]:
    """SIGKILL ``proc`` (or its whole process group); the kill and its stderr."""
    killed_at = datetime.now(UTC)
    if group:
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    if proc.returncode != -signal.SIGKILL:
        raise AssertionError(f"the run was not killed but ended with {proc.returncode}: {err}")
    return Killed(run_id, killed_at), err


def kill_once_writing(db: Path, env: dict[str, str], *, group: bool) -> tuple[Killed, str]:
    """Start a slow ingest, kill it once its ledger row is written; the kill and its stderr."""
    proc = start_ingest(db, env | SLOW)
    try:
        return kill(proc, wait_for_ledger_row(db, proc), group=group)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=60)


def ledger(db: Path) -> dict[str, tuple[str, str | None, datetime]]:
    """run id -> (status, message, started_at)."""
    rows = run_readonly(db, "SELECT run_id, status, message, started_at FROM ingest_runs").rows
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def seconds_to_write(killed: Killed, started_at: datetime) -> float:
    """From the kill to the next run's ledger row (its first write)."""
    return (started_at - killed.killed_at).total_seconds()


def server_ready_seconds(stderr: str) -> float:
    """The temporary server's start time as the CLI printed it (``… ready after 3.1 s``); 0 without one."""
    line = next((line for line in stderr.splitlines() if "ready after" in line), None)
    return float(line.rsplit("ready after", 1)[1].split()[0]) if line else 0.0


@contextmanager
def long_lived_server(home: Path, log: Path, *, start_seconds: float = 120) -> Iterator[str | None]:
    """`prefect server start` on a free port with its own PREFECT_HOME; yields its API URL, or
    None when it did not answer within ``start_seconds`` (its log says why). Stopped on exit."""
    port = free_port()
    env = cli_env(home) | {"PREFECT_UI_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(CLI.with_name("prefect")), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        api = f"http://127.0.0.1:{port}/api"
        try:
            yield api if _answers(f"{api}/health", server, seconds=start_seconds) else None
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=20)


def _answers(url: str, server: subprocess.Popen[bytes], *, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    with httpx.Client(timeout=2.0, trust_env=False) as client:
        while time.monotonic() < deadline and server.poll() is None:
            try:
                if client.get(url).status_code == 200:
                    return True
            except httpx.TransportError:
                pass
            time.sleep(0.2)
    return False


def writer_slots(api: str) -> int:
    """The `warehouse-writer` slots a Prefect server counts as taken."""
    with httpx.Client(timeout=5, trust_env=False) as client:
        return int(client.get(f"{api}/v2/concurrency_limits/warehouse-writer").json()["active_slots"])
