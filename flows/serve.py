"""Serve the three deployments from one long-running process (no work pool or worker needed).

    .venv/bin/python -m flows.serve

Same names, schedule and parameters as prefect.yaml; stop it with Ctrl-C (schedules pause).
"""

from __future__ import annotations

from prefect import serve
from prefect.schedules import Cron

from flows.ingest import ingest
from flows.reparse import reparse


def main() -> None:
    serve(
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
    )


if __name__ == "__main__":
    main()
