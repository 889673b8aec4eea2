"""prefect.yaml declares the deployments ops rely on, pointing at flows that exist."""

from __future__ import annotations

import importlib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def deployments() -> dict[str, dict]:
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    return {d["name"]: d for d in spec["deployments"]}


def test_the_four_deployments_exist_and_never_overlap() -> None:
    found = deployments()
    assert set(found) == {"ingest-daily", "reparse", "backfill", "bulletins"}
    for d in found.values():
        assert d["concurrency_limit"]["limit"] == 1
        assert d["work_pool"]["name"] == "mee-process"


def test_the_daily_ingest_runs_on_a_cron_in_china_time() -> None:
    (schedule,) = deployments()["ingest-daily"]["schedules"]
    assert schedule["timezone"] == "Asia/Shanghai" and len(schedule["cron"].split()) == 5
    assert deployments()["ingest-daily"]["parameters"] == {"mode": "live"}
    assert deployments()["backfill"]["parameters"] == {"mode": "backfill"}


def test_every_entrypoint_names_a_prefect_flow() -> None:
    for d in deployments().values():
        path, name = d["entrypoint"].split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert hasattr(getattr(module, name), "to_deployment"), d["entrypoint"]


def test_serving_offers_exactly_the_deployments_of_prefect_yaml() -> None:
    from flows.serve import served_deployments

    served = {d.name: d for d in served_deployments()}
    assert set(served) == set(deployments())
    for name, spec in deployments().items():
        d = served[name]
        assert d.flow_name == spec["entrypoint"].rsplit(":", 1)[1]
        assert d.parameters == (spec.get("parameters") or {})
        assert [(s.schedule.cron, s.schedule.timezone) for s in d.schedules] == [
            (s["cron"], s["timezone"]) for s in spec.get("schedules") or []
        ]
        assert d.concurrency_limit == spec["concurrency_limit"]["limit"]
        assert d.tags == spec["tags"]
