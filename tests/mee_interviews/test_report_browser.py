"""The report in real headless Chromium: every page type loads without a console error and draws its charts.

Skipped only when no Chromium is installed (CI installs Debian's ``chromium`` package).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mee_interviews.report import write_report
from mee_interviews.report.browser import ReportPage, chromium_page, find_chromium, visit
from mee_interviews.report.document import render_document
from mee_interviews.report.page import Page
from tests.warehouse import sample_data as s

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed here (apt-get install -y chromium); CI installs it"
)
# (page id, charts the page must draw)
PAGE_TYPES = [
    ("overview", 0),
    ("province-360000", 1),  # its figures against the national record
    ("indicator-pm25_avg_concentration", 1),
    ("indicator-better_than_class_ii_ratio", 2),  # ranking and year-on-year change
    ("fact-check", 1),
    ("claims", 1),
    ("checks", 0),
    ("runs", 0),
]


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("browser")
    return write_report(s.build_warehouse(tmp / "w.duckdb"), tmp / "report.html").resolve().as_uri()


@pytest.fixture(scope="module")
def browser() -> Iterator[ReportPage]:
    assert CHROMIUM is not None
    with chromium_page(CHROMIUM) as tools:
        yield tools


@pytest.mark.parametrize(("page_id", "charts"), PAGE_TYPES)
def test_each_page_type_renders_without_console_errors_and_draws_its_charts(
    browser: ReportPage, report_url: str, page_id: str, charts: int
) -> None:
    seen = visit(browser, f"{report_url}#{page_id}")
    assert seen.errors == []
    assert seen.charts_state == "ready"
    assert (seen.charts_expected, seen.charts_drawn) == (charts, charts)
    shown = browser.evaluate("document.querySelector('section.page:not([hidden])').id")
    assert shown == page_id


def test_the_quote_search_hides_rows_that_do_not_match(browser: ReportPage, report_url: str) -> None:
    visit(browser, f"{report_url}#province-360000")
    count = "document.querySelectorAll('tr.searchable:not([hidden])').length"
    before = browser.evaluate(count)
    browser.evaluate(
        "var box=document.getElementById('search');box.value='南昌市';box.dispatchEvent(new Event('input'))"
    )
    # the figure, and its check on the province page and on the 核对 page
    assert before > 3 and browser.evaluate(count) == 3


def test_a_chart_that_cannot_be_drawn_is_reported(browser: ReportPage, tmp_path: Path) -> None:
    broken = Page(
        "indicator-x", "indicator", "x", '<div class="chart" id="chart-x"></div>', {"chart-x": {"mark": 7}}
    )
    overview = {"episodes": 0, "provinces_covered": 0, "provinces": 0, "indicators": 0, "data_as_of": None,
                "schema_version": 5}  # fmt: skip
    page = tmp_path / "broken.html"
    page.write_text(render_document(overview, [], [broken]), encoding="utf-8")
    seen = visit(browser, f"{page.resolve().as_uri()}#indicator-x")
    assert seen.charts_state == "failed" and seen.errors
    assert (seen.charts_expected, seen.charts_drawn) == (1, 0)
