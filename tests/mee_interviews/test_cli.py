"""The command line: exit codes, one-line errors, and every command documented in the README."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mee_interviews.cli import app
from tests.support.offline import department_sites_off

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "files" / "articles"
CAPTURE = ROOT / "mee_interviews" / "sample" / "pages" / "jiangxi-10.zh-Hant.txt"
runner = CliRunner()


def test_parse_prints_the_episode_record_of_a_captured_text() -> None:
    result = runner.invoke(app, ["parse", str(CAPTURE), "--json"])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert (record["status"], record["series_no"], record["province"]["code"]) == ("ok", 10, "360000")
    assert record["indicators"] and record["claims"]


def test_parse_of_a_verification_wall_prints_its_status_and_exits_non_zero() -> None:
    result = runner.invoke(app, ["parse", str(ARTICLES / "wechat-gate-verify.html"), "--json"])
    assert result.exit_code == 3
    assert json.loads(result.stdout)["status"] == "blocked"


def test_a_missing_warehouse_is_one_clear_line_not_a_traceback(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip().startswith("error:") and "mee-interviews ingest" in result.output


def test_live_ingest_without_network_fails_fast_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for source in ("wechat", "mee", "mee_big5", "freewechat", "tw_mirror", "thepaper"):
        monkeypatch.setenv(f"MEE_INTERVIEWS__SOURCES__{source.upper()}__BASE_URL", "http://127.0.0.1:9")
    for key, value in department_sites_off().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("MEE_INTERVIEWS__HTTP__CONNECT_TIMEOUT_SECONDS", "1")
    result = runner.invoke(app, ["ingest", "--live", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1
    assert "cannot reach any configured source" in result.output and "without --live" in result.output
    assert not (tmp_path / "w.duckdb").exists()


def test_a_live_run_with_only_a_department_site_is_a_run_not_a_configuration_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in department_sites_off().items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS", "[]")
    monkeypatch.setenv("MEE_INTERVIEWS__PROVINCES__JIANGXI__ENABLED", "true")
    monkeypatch.setenv("MEE_INTERVIEWS__PROVINCES__JIANGXI__BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("MEE_INTERVIEWS__HTTP__CONNECT_TIMEOUT_SECONDS", "1")
    result = runner.invoke(app, ["ingest", "--live", "--db", str(tmp_path / "w.duckdb")])
    # the department site is what the run must reach: 127.0.0.1:9 is closed, so it says so
    assert result.exit_code == 1 and "no source has entry points" not in result.output
    assert "cannot reach any configured source (127.0.0.1:9" in result.output


def test_extract_prints_one_json_object_per_input(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("全市PM2.5平均浓度31微克/立方米，同比下降3.1%。", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(doc), str(CAPTURE), "--json"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(x["path"]).name for x in lines] == ["doc.txt", CAPTURE.name]
    assert lines[0]["indicators"][0]["code"] == "pm25_avg_concentration"


def test_scrapers_lists_all_32_units(tmp_path: Path) -> None:
    assert runner.invoke(app, ["scrapers", "--db", str(tmp_path / "none.duckdb")]).exit_code == 0
    result = runner.invoke(app, ["scrapers", "--json", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 0
    rows = {r["slug"]: r for r in json.loads(result.stdout)}
    assert len(rows) == 32 and rows["bingtuan"]["code"] == "660000"
    jiangxi = rows["jiangxi"]
    assert (jiangxi["domain"], jiangxi["cms"], jiangxi["module"]) == ("sthjt.jiangxi.gov.cn", "jcms", True)
    assert jiangxi["entry_points_unconfirmed"] == 2 and jiangxi["fixtures"] == 3
    assert jiangxi["last_crawl"] is None  # no warehouse yet


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]
    missing = [n for n in names if not re.search(rf"mee-interviews {re.escape(n)}\b", readme)]
    assert missing == []
