"""One writer at a time across deployments, and `flows.serve` beside `prefect deploy`."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate
from prefect.exceptions import ObjectAlreadyExists

from flows.reparse import reparse
from flows.serve import deployed_by_worker, refusal, served_deployments
from flows.writer import WRITER_LIMIT, ensure_writer_limit, warehouse_writer
from tests.support.locks import ledger_status, run_held_elsewhere
from warehouse.engine import WarehouseBusyError
from warehouse.query import run_readonly
from warehouse.writer_lock import Holder, lock_path

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_a_writing_flow_fails_clearly_naming_the_live_writer_it_waited_for(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEE_INTERVIEWS__WAREHOUSE__WRITER_WAIT_SECONDS", "1")
    with run_held_elsewhere(db_path) as (pid, run_id), pytest.raises(WarehouseBusyError) as raised:
        reparse(db_path=str(db_path))
    message = str(raised.value)
    assert message.startswith(f"waited 1 s for run {run_id} (pid {pid} on {socket.gethostname()}, since ")
    assert "raise warehouse.writer_wait_seconds" in message


def test_a_writing_flow_waits_for_a_live_writer_and_says_whom_it_waits_for(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with run_held_elsewhere(db_path, seconds=3) as (pid, run_id):
        result = reparse(db_path=str(db_path))
    waiting = [r.getMessage() for r in caplog.records if r.getMessage().startswith("waiting up to")]
    assert waiting == [f"waiting up to 600 s for the warehouse: {waiting[0].split(': ', 1)[1]}"]
    assert f"run {run_id} (pid {pid} on {socket.gethostname()}, since " in waiting[0]
    assert result["status"] == "success"
    assert ledger_status(db_path)[run_id] == "success"  # the other writer closed its run first


def test_a_slot_left_counted_by_a_dead_writer_is_released_and_named(
    db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ensure_writer_limit()
    with get_client(sync_client=True) as client:  # what a writer killed with its temporary server leaves
        client.increment_concurrency_slots([WRITER_LIMIT], slots=1, mode="concurrency")
    dead = Holder(99999999, "gone-host", "2026-01-02T03:04:05+00:00", ("20260102T030405Z-dead00",), "")
    lock_path(db_path).write_text(dead.line() + "\n")  # its record; no process holds the flock
    started = time.monotonic()
    result = reparse(db_path=str(db_path), settings_path=None)
    assert result["status"] == "success" and time.monotonic() - started < 30
    released = [r.getMessage() for r in caplog.records if r.getMessage().startswith("released the")]
    assert released == [
        "released the 'warehouse-writer' slot left by run 20260102T030405Z-dead00 (pid 99999999 on gone-host, "
        "since 2026-01-02T03:04:05+00:00): its process ended without releasing it, and the run lock is free"
    ]
    with get_client(sync_client=True) as client:
        assert client.read_global_concurrency_limit_by_name(WRITER_LIMIT).active_slots == 0
    assert lock_path(db_path).read_text() == ""  # a clean end leaves no record


def test_two_writing_flows_of_one_process_share_the_lock_and_queue_on_the_slot(db_path: Path) -> None:
    held = threading.Event()
    released_at: list[datetime] = []

    def other_writer() -> None:
        with warehouse_writer(30, db_path):
            held.set()
            time.sleep(3)
            released_at.append(datetime.now(UTC))

    thread = threading.Thread(target=other_writer)
    thread.start()
    assert held.wait(60)
    result = reparse(db_path=str(db_path))
    thread.join()
    ((status, started_at),) = run_readonly(db_path, "SELECT status, started_at FROM ingest_runs").rows
    assert result["status"] == status == "success"
    assert started_at >= released_at[0]  # the run opened only once the other writer let go


def test_the_writer_limit_has_one_slot_and_creating_it_twice_is_harmless() -> None:
    ensure_writer_limit()
    ensure_writer_limit()
    with get_client(sync_client=True) as client:
        limit = client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
    assert limit.limit == 1 and limit.active


def test_serve_refuses_names_that_prefect_deploy_registered_for_a_worker() -> None:
    deployments = served_deployments()
    with get_client(sync_client=True) as client:
        with contextlib.suppress(ObjectAlreadyExists):
            client.create_work_pool(WorkPoolCreate(name="mee-process", type="process"))
        flow_id = client.create_flow_from_name("reparse")
        deployment_id = client.create_deployment(
            flow_id,
            "reparse",
            entrypoint="flows/reparse.py:reparse",
            work_pool_name="mee-process",
            pull_steps=[{"prefect.deployments.steps.set_working_directory": {"directory": "/x"}}],
        )
    try:
        taken = deployed_by_worker(deployments)
        assert taken == ["reparse/reparse (work pool mee-process)"]
        message = refusal(taken)
        assert message.startswith("refusing to serve: reparse/reparse (work pool mee-process)")
        assert "prefect deployment delete reparse/reparse" in message
    finally:
        with get_client(sync_client=True) as client:
            client.delete_deployment(deployment_id)


def test_serve_accepts_its_own_deployments_on_a_restart() -> None:
    deployments = served_deployments()
    for d in deployments:
        d.apply()
    assert deployed_by_worker(deployments) == []
    with get_client(sync_client=True) as client:
        for d in deployments:
            assert client.read_deployment_by_name(f"{d.flow_name}/{d.name}").pull_steps in (None, [])
