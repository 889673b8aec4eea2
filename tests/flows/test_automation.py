"""automations.yaml is an automation Prefect accepts, firing on Failed, Crashed and Partial runs."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import yaml
from prefect.events.actions import SendNotification
from prefect.events.schemas.automations import AutomationCore, EventTrigger

ROOT = Path(__file__).resolve().parents[2]


def automation() -> AutomationCore:
    text = (ROOT / "automations.yaml").read_text(encoding="utf-8")
    return AutomationCore.model_validate(yaml.safe_load(text.replace("NOTIFICATION_BLOCK_ID", str(uuid4()))))


def test_the_alert_fires_on_failed_crashed_and_partial_runs_of_the_project() -> None:
    trigger = automation().trigger
    assert isinstance(trigger, EventTrigger)
    assert trigger.expect == {
        "prefect.flow-run.Failed",
        "prefect.flow-run.Crashed",
        "prefect.flow-run.Partial",
    }
    assert trigger.posture == "Reactive" and trigger.threshold == 1
    related = trigger.match_related
    assert related.model_dump() == {
        "prefect.resource.id": "prefect.tag.mee-interviews",
        "prefect.resource.role": "tag",
    }


def test_the_alert_sends_a_notification_naming_the_run_and_its_state() -> None:
    (action,) = automation().actions
    assert isinstance(action, SendNotification)
    assert "{{ flow_run.state.name }}" in action.subject and "ingest-summary" in action.body


def test_every_deployment_carries_the_tag_the_alert_matches() -> None:
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    assert all("mee-interviews" in d["tags"] for d in spec["deployments"])
