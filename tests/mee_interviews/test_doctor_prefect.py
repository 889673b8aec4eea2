"""Doctor on the temporary Prefect server: the last start's seconds against its allowance."""

from __future__ import annotations

from pathlib import Path

from mee_interviews.doctor_prefect import check_prefect
from mee_interviews.prefect_record import StartRecord, write_record
from mee_interviews.prefect_setup import ALLOWANCE_SETTING


def started(home: Path, seconds: float, allowance: float = 120.0) -> dict[str, str]:
    write_record(
        home, StartRecord("3.9.1", "0123456789abcdef", 41.5, seconds, allowance, "2026-12-01T07:00:00+00:00")
    )
    return {"PREFECT_HOME": str(home)}


def test_before_any_run_doctor_says_no_temporary_server_has_started(tmp_path: Path) -> None:
    finding = check_prefect({"PREFECT_HOME": str(tmp_path)})
    assert finding.ok and not finding.warning
    assert finding.message.endswith(f"none has started under {tmp_path} yet")


def test_a_quick_start_is_reported_with_its_seconds_and_allowance(tmp_path: Path) -> None:
    finding = check_prefect(started(tmp_path, 3.3))
    assert finding.ok and not finding.warning
    assert "the last one took 3.3 s of its 120 s allowance" in finding.message
    assert "migrating Prefect's database (first run) took 41.5 s" in finding.message


def test_a_start_that_used_half_its_allowance_is_a_warning_naming_the_setting(tmp_path: Path) -> None:
    finding = check_prefect(started(tmp_path, 61.0))
    assert finding.ok and finding.warning
    assert ALLOWANCE_SETTING in finding.action and "prefect server start" in finding.action


def test_a_smaller_allowance_set_now_is_the_one_compared(tmp_path: Path) -> None:
    env = {**started(tmp_path, 3.3), ALLOWANCE_SETTING: "5"}
    finding = check_prefect(env)
    assert finding.warning and "3.3 s of its 5 s allowance" in finding.message
