"""A killed `ingest` never blocks the next one: real CLI processes, `kill -9`, real Prefect servers.

Each killed run is the real `mee-interviews ingest` killed with SIGKILL once its ledger row is
written (tests/support/killed_runs.py): by its pid alone (its temporary Prefect server then
leaves by itself) or with its whole process group. The next run uses the same PREFECT_HOME and
warehouse, and may wait 10 s at most (``warehouse.writer_wait_seconds``): a slot or lock the
dead run still held would fail it. A run already waiting when its holder is killed writes within
10 s of the kill. ``pytest -s`` prints the time from each kill to the next run's first write;
scripts/bench_kill_recovery.py measures it on its own.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.killed_runs import (
    SLOW,
    cli_env,
    kill,
    kill_once_writing,
    ledger,
    long_lived_server,
    run_ingest,
    seconds_to_write,
    server_ready_seconds,
    start_ingest,
    wait_for_ledger_row,
    writer_slots,
)
from warehouse.runs import ABANDONED


def test_two_killed_ingests_in_a_row_block_neither_the_next_nor_the_third_which_reports_them(
    tmp_path: Path,
) -> None:
    db, env = tmp_path / "w.duckdb", cli_env(tmp_path / "prefect-home")
    first, _ = kill_once_writing(db, env, group=False)  # the pid alone: its server leaves by itself
    second, second_err = kill_once_writing(db, env, group=True)  # this time the whole process group
    third = run_ingest(db, env)

    assert third.returncode == 0, third.stderr
    assert f"abandoned runs marked failed: {first.run_id}, {second.run_id}" in third.stdout
    assert f"left by run {first.run_id} (pid " in second_err  # the slot it leaked, released
    assert f"left by run {second.run_id} (pid " in third.stderr
    runs = ledger(db)
    assert runs[first.run_id][:2] == runs[second.run_id][:2] == ("failed", ABANDONED)
    (third_id,) = set(runs) - {first.run_id, second.run_id}
    assert runs[third_id][0] == "partial"  # the sample's expected outcome: one wall
    # Each next run waited at most 10 s for the warehouse (writer_wait_seconds), or it would have
    # failed. The rest of the time from a kill to its first write is the run starting (Prefect's
    # temporary server among it), which the load of the machine sets: printed, not asserted.
    for killed, started, err in (
        (first, runs[second.run_id][2], second_err),
        (second, runs[third_id][2], third.stderr),
    ):
        took, boot = seconds_to_write(killed, started), server_ready_seconds(err)
        print(
            f"kill -> next run writing: {took:.1f} s, of which Prefect's temporary server start {boot:.1f} s"
        )


def test_a_second_ingest_says_whom_it_waits_for_and_writes_as_soon_as_the_first_is_killed(
    tmp_path: Path,
) -> None:
    db, env = tmp_path / "w.duckdb", cli_env(tmp_path / "prefect-home", wait_seconds=600)
    first_proc = start_ingest(db, env | SLOW)
    first_id = wait_for_ledger_row(db, first_proc)
    second_proc = start_ingest(db, env)
    try:
        assert second_proc.stderr is not None
        waiting = next(line for line in second_proc.stderr if "waiting up to" in line or "error" in line)
        assert f"waiting up to 600 s for the warehouse: run {first_id} (pid {first_proc.pid} on " in waiting
        first, _ = kill(first_proc, first_id, group=True)
        out, err = second_proc.communicate(timeout=300)
    finally:
        for proc in (first_proc, second_proc):
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=60)
    assert second_proc.returncode == 0, err
    assert f"abandoned runs marked failed: {first_id}" in out
    (second_id,) = set(ledger(db)) - {first_id}
    took = seconds_to_write(first, ledger(db)[second_id][2])
    print(f"kill -> the waiting run writing: {took:.1f} s")
    assert took < 10


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A long-lived `prefect server start`; the test is skipped only when it cannot start here."""
    home, log = tmp_path / "server-home", tmp_path / "server.log"
    with long_lived_server(home, log) as api:
        if api is None:
            pytest.skip(f"prefect server start did not answer here: {log.read_text()[-300:]}")
        yield home, api


def test_a_killed_ingest_never_blocks_the_next_on_a_long_lived_prefect_server(
    tmp_path: Path, prefect_server: tuple[Path, str]
) -> None:
    home, api = prefect_server
    db, env = tmp_path / "w.duckdb", cli_env(home, api)
    first, _ = kill_once_writing(db, env, group=True)
    second, second_err = kill_once_writing(db, env, group=False)
    third = run_ingest(db, env)

    assert third.returncode == 0, third.stderr
    assert f"abandoned runs marked failed: {first.run_id}, {second.run_id}" in third.stdout
    assert f"left by run {first.run_id} (pid " in second_err
    assert (
        f"left by run {second.run_id} (pid " in third.stderr
        and f" on {socket.gethostname()}, since " in third.stderr
    )
    runs = ledger(db)
    (third_id,) = set(runs) - {first.run_id, second.run_id}
    for killed, started in ((first, runs[second.run_id][2]), (second, runs[third_id][2])):
        print(f"long-lived server: kill -> next run writing {seconds_to_write(killed, started):.1f} s")
    assert writer_slots(api) == 0  # nothing left counted, and no dead lease left to expire later
