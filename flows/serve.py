"""Serve the three deployments from one long-running process (no work pool or worker needed).

    .venv/bin/python -m flows.serve

Same names, schedule and parameters as prefect.yaml; stop it with Ctrl-C (schedules pause).
Use either this or ``prefect deploy --all`` plus a worker on one Prefect server, not both: the
same deployment names would be taken over by a process that cannot run prefect.yaml's pull
steps (runs then crashed with ``FileNotFoundError: '…/None'``), so serving refuses while
deployments registered by ``prefect deploy`` exist. It also creates the ``warehouse-writer``
global concurrency limit that keeps every writing flow to one at a time.
"""

from __future__ import annotations

import sys

from prefect import serve
from prefect.client.orchestration import get_client
from prefect.deployments.runner import RunnerDeployment
from prefect.exceptions import ObjectNotFound
from prefect.schedules import Cron

from flows.ingest import ingest
from flows.reparse import reparse
from flows.writer import ensure_writer_limit


def served_deployments() -> list[RunnerDeployment]:
    """ingest-daily (07:30 China time), backfill and reparse, one run of each at a time."""
    return [
        ingest.to_deployment(
            name="ingest-daily",
            parameters={"mode": "live"},
            schedule=Cron("30 7 * * *", timezone="Asia/Shanghai"),
            concurrency_limit=1,
            tags=["mee-interviews", "scheduled"],
        ),
        ingest.to_deployment(
            name="backfill",
            parameters={"mode": "backfill"},
            concurrency_limit=1,
            tags=["mee-interviews", "manual"],
        ),
        reparse.to_deployment(name="reparse", concurrency_limit=1, tags=["mee-interviews", "manual"]),
    ]


def deployed_by_worker(deployments: list[RunnerDeployment]) -> list[str]:
    """``flow/deployment`` names already registered for a work pool (by ``prefect deploy``)."""
    found = []
    with get_client(sync_client=True) as client:
        for d in deployments:
            name = f"{d.flow_name}/{d.name}"
            try:
                existing = client.read_deployment_by_name(name)
            except ObjectNotFound:
                continue
            if existing.work_pool_name or existing.pull_steps:
                found.append(f"{name} (work pool {existing.work_pool_name or '-'})")
    return found


def refusal(taken: list[str]) -> str:
    """Why serving stops, and the two ways forward."""
    names = ", ".join(taken)
    deletes = " && ".join(f"prefect deployment delete {t.split(' ')[0]}" for t in taken)
    return (
        f"refusing to serve: {names} already registered on this Prefect server by `prefect deploy` "
        "for a worker. Run them with the worker (`prefect worker start --pool mee-process`), or "
        f"remove them first to serve instead: {deletes}"
    )


def main() -> None:
    """Refuse when ``prefect deploy`` owns the names; else create the writer limit and serve."""
    deployments = served_deployments()
    taken = deployed_by_worker(deployments)
    if taken:
        sys.exit(refusal(taken))
    ensure_writer_limit()
    serve(*deployments)


if __name__ == "__main__":
    main()
