"""Serve the deployments of prefect.yaml from one long-running process (no work pool or worker needed).

    .venv/bin/python -m flows.serve

The deployments are read from prefect.yaml (same names, schedules and parameters); stop it with Ctrl-C (schedules pause).
Use either this or ``prefect deploy --all`` plus a worker on one Prefect server, not both: the
same deployment names would be taken over by a process that cannot run prefect.yaml's pull
steps (runs then crashed with ``FileNotFoundError: '…/None'``), so serving refuses while
deployments registered by ``prefect deploy`` exist. It also creates the ``warehouse-writer``
global concurrency limit that keeps every writing flow to one at a time.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import yaml
from prefect import serve
from prefect.client.orchestration import get_client
from prefect.client.schemas.objects import ConcurrencyLimitConfig
from prefect.deployments.runner import RunnerDeployment
from prefect.exceptions import ObjectNotFound
from prefect.schedules import Cron

from flows.writer import ensure_writer_limit

PREFECT_YAML = Path(__file__).resolve().parents[1] / "prefect.yaml"


def served_deployments(path: Path = PREFECT_YAML) -> list[RunnerDeployment]:
    """The deployments of ``prefect.yaml`` (names, flows, parameters, schedules, tags, one run of
    each at a time), read from that file so serving and ``prefect deploy`` can never disagree."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [_deployment(d) for d in spec["deployments"]]


def _deployment(d: dict[str, Any]) -> RunnerDeployment:
    module, _, attr = str(d["entrypoint"]).partition(":")
    flow = getattr(importlib.import_module(module.removesuffix(".py").replace("/", ".")), attr)
    limit = d.get("concurrency_limit") or {}
    deployment: RunnerDeployment = flow.to_deployment(
        name=d["name"],
        description=d.get("description"),
        parameters=d.get("parameters") or {},
        schedules=[Cron(s["cron"], timezone=s.get("timezone")) for s in d.get("schedules") or []] or None,
        concurrency_limit=ConcurrencyLimitConfig(
            limit=limit.get("limit", 1), collision_strategy=limit.get("collision_strategy", "ENQUEUE")
        ),
        tags=list(d.get("tags") or []),
    )
    return deployment


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
