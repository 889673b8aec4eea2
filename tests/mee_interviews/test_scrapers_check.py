"""`mee-interviews scrapers check [SLUG…] [--record DIR]` against a local department site: the real
2025 Jiangxi list page, its first article, and a JavaScript cookie challenge."""

from __future__ import annotations

import hashlib
import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mee_interviews.cli import app
from models.settings import BrowserSettings
from scrapers.fetch.browser import browser_problem
from tests.support.real_jiangxi import (
    EPISODE_PATH,
    LIST,
    RECORDS,
    jiangxi_env,
    real_page,
    serve,
    with_episode,
)

NO_CHROMIUM = browser_problem(BrowserSettings())


def check(env: dict[str, str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["scrapers", "check", "jiangxi", *args], env=env)
    return result.exit_code, result.output


def test_check_reports_each_entry_point_and_records_its_pages_with_a_manifest(tmp_path: Path) -> None:
    with serve(with_episode(real_page())) as server:
        code, output = check(jiangxi_env(server.base_url, browser=False), "--json", "--record", str(tmp_path))
    [row] = json.loads(output[: output.rindex("]") + 1])
    assert row["url"] == server.base_url + LIST  # where the entry point was fetched (settings' base_url)
    assert (row["reachable"], row["family_recognised"], row["form"]) == (True, True, "script")
    assert (row["records_listed"], row["articles_read"]) == (RECORDS + 1, RECORDS + 1)
    assert row["article"].startswith(("selector:", "fallback:")) and "chars" in row["article"]
    assert code == 0
    manifest = tomllib.loads((tmp_path / "MANIFEST.toml").read_text(encoding="utf-8"))["page"]
    assert sorted(manifest) == ["jiangxi.article.html", "jiangxi.list.html"]
    listed = manifest["jiangxi.list.html"]
    assert listed["url"] == "https://sthjt.jiangxi.gov.cn" + LIST and listed["status"] == 200
    assert listed["reconstruction"] is False and listed["rendered"] is False
    assert listed["sha256"] == hashlib.sha256((tmp_path / "jiangxi.list.html").read_bytes()).hexdigest()
    assert manifest["jiangxi.article.html"]["url"] == "https://sthjt.jiangxi.gov.cn" + EPISODE_PATH


def test_check_says_needs_browser_behind_a_challenge_without_chromium_and_exits_3() -> None:
    with serve(real_page(), challenge=True) as server:
        code, output = check(jiangxi_env(server.base_url, browser=False))
    assert code == 3
    assert "needs_browser" in output and "JavaScript cookie challenge" in output


@pytest.mark.skipif(NO_CHROMIUM is not None, reason=f"no browser here: {NO_CHROMIUM}")
def test_check_passes_the_challenge_with_chromium_and_records_the_rendered_page(tmp_path: Path) -> None:
    with serve(with_episode(real_page()), challenge=True) as server:
        code, output = check(jiangxi_env(server.base_url, browser=True), "--json", "--record", str(tmp_path))
    [row] = json.loads(output[: output.rindex("]") + 1])
    assert (row["reachable"], row["rendered"], row["form"], row["records_listed"]) == (
        True,
        True,
        "script",
        RECORDS + 1,
    )
    manifest = tomllib.loads((tmp_path / "MANIFEST.toml").read_text(encoding="utf-8"))["page"]
    assert manifest["jiangxi.list.html"]["rendered"] is False  # the challenge page as plain HTTP saw it
    assert manifest["jiangxi.list-2.html"]["rendered"] is True
    assert code == 0  # the article is fetched with the cookie the browser got


def test_an_unknown_action_or_record_without_check_is_a_usage_error() -> None:
    assert CliRunner().invoke(app, ["scrapers", "verify"]).exit_code == 2
    assert CliRunner().invoke(app, ["scrapers", "--record", "x"]).exit_code == 2
