"""Without --live a run never touches the network, whatever the settings say.

`ingest --settings any.toml`, or MEE_INTERVIEWS_SETTINGS, once dropped the sample's own settings:
the department websites enabled by default (Jiangxi, Qinghai) were crawled for real (DNS
lookups, about 80 s, and a `partial` run). Here a settings file enables every department site
and points every source at a local server that counts its requests; tests/conftest.py fails any
test that looks up a host on the internet.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.ingest import ingest
from flows.runtime import build_settings
from models.outcomes import RunMode
from models.settings_load import load_settings
from tests.support.fault_server import FaultServer

pytestmark = pytest.mark.usefixtures("prefect_harness")


def online_settings(tmp_path: Path, server: FaultServer) -> Path:
    """A settings file that would send a live run to ``server`` and to every department site."""
    lines = ["[flow]", "batch_size = 10", "[http]", "min_delay_seconds = 0.0"]
    for source in load_settings().sources:
        lines += [f"[sources.{source.name}]", f'base_url = "{server.base_url}"', 'entry_points = ["/list/"]']
    for site in load_settings().provinces:
        lines += [f"[provinces.{site.slug}]", "enabled = true", f'base_url = "{server.base_url}"']
        lines += ["min_delay_seconds = 0.0"]
    path = tmp_path / "any.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_settings_file_never_sends_the_sample_run_online(tmp_path: Path, db_path: Path) -> None:
    with FaultServer() as server:
        result = ingest(
            db_path=str(db_path), mode="sample", settings_path=str(online_settings(tmp_path, server))
        )
        assert server.count() == 0
    assert result["status"] == "partial" and result["new"] == 1  # the sample's own outcome


def test_mee_interviews_settings_never_sends_the_sample_run_online(
    tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with FaultServer() as server:
        monkeypatch.setenv("MEE_INTERVIEWS_SETTINGS", str(online_settings(tmp_path, server)))
        result = ingest(db_path=str(db_path), mode="sample")
        assert server.count() == 0
    assert result["status"] == "partial" and result["new"] == 1


def test_the_sample_keeps_the_users_other_settings(tmp_path: Path) -> None:
    with FaultServer() as server:
        settings = build_settings(RunMode.SAMPLE, str(online_settings(tmp_path, server)))
    assert settings.flow.batch_size == 10  # the user's
    assert not any(site.enabled for site in settings.provinces)  # the sample's: no site is walked
    assert all("127.0.0.1" not in s.base_url for s in settings.sources)
