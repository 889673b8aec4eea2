"""One writer at a time across deployments, and `flows.serve` beside `prefect deploy`."""

from __future__ import annotations

import contextlib
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
from warehouse.engine import WarehouseBusyError
from warehouse.query import run_readonly

pytestmark = pytest.mark.usefixtures("prefect_harness")


def test_a_writing_flow_fails_clearly_when_the_slot_stays_taken(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEE_INTERVIEWS__WAREHOUSE__WRITER_WAIT_SECONDS", "1")
    with (
        warehouse_writer(5),
        pytest.raises(WarehouseBusyError, match="waited 1 s for the 'warehouse-writer'"),
    ):
        reparse(db_path=str(db_path))
    assert not db_path.exists()  # it never opened the warehouse


def test_a_writing_flow_waits_for_the_slot_instead_of_failing(db_path: Path) -> None:
    held = threading.Event()
    released_at: list[datetime] = []

    def other_writer() -> None:
        with warehouse_writer(30):
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
