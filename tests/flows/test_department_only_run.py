"""The real ingest flow with only a department website: the real 2025 Jiangxi list page on a local
site (``[provinces.jiangxi]`` pointing at it, no source entry point), plain, with the column's
episode injected, and behind a JavaScript cookie challenge with and without Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.ingest import ingest
from models.settings import BrowserSettings
from scrapers.fetch.browser import browser_problem
from tests.support.real_jiangxi import EPISODE_PATH, RECORDS, jiangxi_env, real_page, serve, with_episode
from warehouse.query import run_readonly

pytestmark = pytest.mark.usefixtures("prefect_harness")
NO_CHROMIUM = browser_problem(BrowserSettings())
EPISODE_URL = "https://sthjt.jiangxi.gov.cn" + EPISODE_PATH
COVERAGE = (
    "SELECT department_site_articles_listed, department_site_articles_read, department_site_episodes "
    "FROM v_province_coverage WHERE slug = 'jiangxi'"
)


def rows(db: Path, sql: str) -> list[tuple]:
    return [tuple(r) for r in run_readonly(db, sql).rows]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> Iterator[object]:
    def go(page: str, *, challenge: bool = False, browser: bool = False) -> object:
        with serve(page, challenge=challenge) as server:
            for key, value in jiangxi_env(server.base_url, browser=browser).items():
                monkeypatch.setenv(key, value)
            return ingest(db_path=str(db_path), mode="live", return_state=True)

    yield go


def test_a_department_only_run_on_the_real_page_stores_no_episode_and_reports_the_articles_it_listed(
    run, db_path: Path
) -> None:
    state = run(real_page())
    result = state.result()
    assert result["status"] == "success" and result["discovered"] == 0
    assert rows(db_path, "SELECT count(*) FROM episodes") == [(0,)]
    assert rows(db_path, COVERAGE) == [(RECORDS, RECORDS, 0)]


def test_with_the_episode_record_injected_the_episode_is_stored_with_its_content_page_among_its_sources(
    run, db_path: Path
) -> None:
    run(with_episode(real_page())).result()
    assert rows(db_path, "SELECT episode_key FROM episodes") == [("360000-010",)]
    sources = rows(db_path, "SELECT url, source FROM episode_sources WHERE episode_key = '360000-010'")
    assert (EPISODE_URL, "province") in sources
    assert rows(db_path, COVERAGE) == [(RECORDS + 1, RECORDS + 1, 1)]


def test_behind_a_javascript_cookie_challenge_without_a_browser_the_run_says_needs_browser(
    run, db_path: Path
) -> None:
    state = run(with_episode(real_page()), challenge=True, browser=False)
    result = state.result()
    assert state.name == "Partial" and result["status"] == "partial"
    assert rows(db_path, "SELECT count(*) FROM episodes") == [(0,)]
    [problem] = [p for p in result["problems"] if p[0] == "listing_blocked"]
    assert problem[1] == "jiangxi" and problem[2].startswith("needs_browser: ")
    assert "JavaScript cookie challenge" in problem[2] and "no browser" in problem[2]


@pytest.mark.skipif(NO_CHROMIUM is not None, reason=f"no browser here: {NO_CHROMIUM}")
def test_behind_a_javascript_cookie_challenge_with_chromium_the_episode_is_stored(run, db_path: Path) -> None:
    state = run(with_episode(real_page()), challenge=True, browser=True)
    assert state.result()["status"] == "success", state.result()["problems"]
    assert (EPISODE_URL, "province") in rows(db_path, "SELECT url, source FROM episode_sources")
    assert rows(db_path, "SELECT rendered, form, articles_listed FROM department_list_pages ORDER BY seq")[
        0
    ] == (
        True,
        "script",
        RECORDS + 1,
    )


def test_when_the_real_pages_records_lose_their_urls_the_run_is_partial_and_names_the_province(
    run, db_path: Path
) -> None:
    state = run(real_page().replace('"urls":', '"moved":'))
    result = state.result()
    assert state.name == "Partial" and result["listing_unreadable"] == 1
    [problem] = [p for p in result["problems"] if p[0] == "listing_unreadable"]
    assert problem[1] == "province_jiangxi"
    assert f"{RECORDS} article records in script data, none with a readable URL" in problem[2]
    assert rows(db_path, COVERAGE) == [(RECORDS, 0, 0)]
