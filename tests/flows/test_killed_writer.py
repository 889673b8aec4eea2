"""A killed `ingest` never blocks the next one: real CLI processes, `kill -9`, real Prefect servers.

Each killed run is the real `mee-interviews ingest` (the bundled sample, paced at 5 s a request so
that it is still discovering when it dies), killed with SIGKILL once its ledger row is written:
by its pid alone (its temporary Prefect server then leaves by itself) or with its whole process
group. The next run uses the same PREFECT_HOME and warehouse, and may wait 10 s at most
(``warehouse.writer_wait_seconds``): a slot or lock the dead run still held would fail it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from mee_interviews.prefect_server import free_port
from warehouse.query import run_readonly
from warehouse.runs import ABANDONED
from warehouse.writer_lock import Holder, holder

CLI = Path(sys.executable).with_name("mee-interviews")
SLOW = {"MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "5"}  # a run that lasts a minute of discovery
WAIT_AT_MOST = "10"


@dataclass
class Killed:
    run_id: str
    killed_at: datetime


def cli_env(home: Path, api_url: str | None = None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "MEE_INTERVIEWS"))}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    env["MEE_INTERVIEWS__WAREHOUSE__WRITER_WAIT_SECONDS"] = WAIT_AT_MOST
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env | extra


def start_ingest(db: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(CLI), "ingest", "--db", str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, its temporary server included
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
        assert proc.poll() is None, f"the run ended before it could be killed: {proc.communicate()}"
        time.sleep(0.05)
    raise AssertionError(f"no run opened within {seconds} s")


def kill_once_writing(db: Path, env: dict[str, str], *, group: bool) -> Killed:
    proc = start_ingest(db, env | SLOW)
    try:
        run_id = wait_for_ledger_row(db, proc)
        killed_at = datetime.now(UTC)
        if group:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    return Killed(run_id, killed_at)


def ledger(db: Path) -> dict[str, tuple[str, str | None, datetime]]:
    rows = run_readonly(db, "SELECT run_id, status, message, started_at FROM ingest_runs").rows
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def seconds_to_write(killed: Killed, started_at: datetime) -> float:
    return (started_at - killed.killed_at).total_seconds()


def test_two_killed_ingests_in_a_row_block_neither_the_next_nor_the_third_which_reports_them(
    tmp_path: Path,
) -> None:
    db, env = tmp_path / "w.duckdb", cli_env(tmp_path / "prefect-home")
    first = kill_once_writing(db, env, group=False)  # the pid alone: its server leaves by itself
    second_proc = start_ingest(db, env | SLOW)
    second_id = wait_for_ledger_row(db, second_proc)
    second = Killed(second_id, datetime.now(UTC))
    os.killpg(second_proc.pid, signal.SIGKILL)  # this time the whole process group
    _, second_err = second_proc.communicate(timeout=60)
    third = run_ingest(db, env)

    assert third.returncode == 0, third.stderr
    assert f"abandoned runs marked failed: {first.run_id}, {second.run_id}" in third.stdout
    assert f"left by run {second.run_id} (pid " in third.stderr  # the slot it leaked, released
    assert f"left by run {first.run_id} (pid " in second_err
    runs = ledger(db)
    assert runs[first.run_id][:2] == runs[second.run_id][:2] == ("failed", ABANDONED)
    (third_id,) = set(runs) - {first.run_id, second.run_id}
    assert runs[third_id][0] == "partial"  # the sample's expected outcome: one wall
    # Each next run started writing soon after the kill; how soon is mostly Prefect's temporary
    # server starting (printed as "ready after N s"), which no lock ever delays.
    for killed, started, err in (
        (first, runs[second.run_id][2], second_err),
        (second, runs[third_id][2], third.stderr),
    ):
        took, boot = seconds_to_write(killed, started), server_ready_seconds(err)
        print(
            f"kill -> next run writing: {took:.1f} s, of which Prefect's temporary server start {boot:.1f} s"
        )
        assert took < 10 + boot


def server_ready_seconds(stderr: str) -> float:
    """The temporary server's start time as the CLI printed it (``… ready after 3.1 s``)."""
    line = next(line for line in stderr.splitlines() if "ready after" in line)
    return float(line.rsplit("ready after", 1)[1].split()[0])


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A long-lived `prefect server start` on a free port, with its own PREFECT_HOME."""
    home, port = tmp_path / "server-home", free_port()
    env = cli_env(home) | {"PREFECT_UI_ENABLED": "false", "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [str(CLI.with_name("prefect")), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        if not _answers(f"{api}/health", server, seconds=120):
            pytest.skip(
                f"prefect server start did not answer here: {(tmp_path / 'server.log').read_text()[-300:]}"
            )
        yield home, api
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=20)
        log.close()


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


def test_a_killed_ingest_never_blocks_the_next_on_a_long_lived_prefect_server(
    tmp_path: Path, prefect_server: tuple[Path, str]
) -> None:
    home, api = prefect_server
    db, env = tmp_path / "w.duckdb", cli_env(home, api)
    first = kill_once_writing(db, env, group=True)
    second_proc = start_ingest(db, env | SLOW)
    second_id = wait_for_ledger_row(db, second_proc)
    second = Killed(second_id, datetime.now(UTC))
    second_proc.send_signal(signal.SIGKILL)
    _, second_err = second_proc.communicate(timeout=60)
    third = run_ingest(db, env)

    assert third.returncode == 0, third.stderr
    assert f"abandoned runs marked failed: {first.run_id}, {second.run_id}" in third.stdout
    assert f"left by run {first.run_id} (pid " in second_err
    assert f"left by run {second.run_id} (pid {second_proc.pid} on {socket.gethostname()}" in third.stderr
    runs = ledger(db)
    assert seconds_to_write(first, runs[second.run_id][2]) < 10
    (third_id,) = set(runs) - {first.run_id, second.run_id}
    assert seconds_to_write(second, runs[third_id][2]) < 10
    print(
        f"long-lived server: kill -> second writing {seconds_to_write(first, runs[second.run_id][2]):.1f} s, "
        f"kill -> third writing {seconds_to_write(second, runs[third_id][2]):.1f} s"
    )
    with httpx.Client(timeout=5, trust_env=False) as client:  # nothing left counted, nothing to expire later
        limit = client.get(f"{api}/v2/concurrency_limits/warehouse-writer").json()
    assert limit["active_slots"] == 0
