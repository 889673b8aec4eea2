from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from mee_interviews.report_html import render_page, source_link, write_report
from tests.warehouse import factories as f
from tests.warehouse import sample_data as s

VOID = {"meta", "br", "img", "input", "link", "hr", "col", "wbr", "source", "area", "base"}


class TagBalance(HTMLParser):
    """Records every tag and attribute, and fails on a closing tag that does not match."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record(tag, dict(attrs))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._record(tag, dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def _record(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tags.append((tag, attrs))
        if attrs.get("id"):
            self.ids.append(str(attrs["id"]))
        if attrs.get("href"):
            self.hrefs.append(str(attrs["href"]))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp = tmp_path_factory.mktemp("report")
    out = write_report(s.build_warehouse(tmp / "w.duckdb"), tmp / "out" / "report.html")
    return out.read_text(encoding="utf-8")


def parsed(html: str) -> TagBalance:
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


def test_the_report_is_well_formed_and_every_in_page_link_has_its_anchor(report: str) -> None:
    page = parsed(report)
    internal = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert internal and set(internal) <= set(page.ids)


def test_the_report_covers_all_32_provinces_with_region_and_episode_status(report: str) -> None:
    coverage = report.split('id="coverage"')[1].split("</section>")[0]
    assert coverage.count("<tr class=") == 32
    assert "新疆生产建设兵团" in coverage and "✓ 第10期" in coverage and "中部" in coverage


def test_each_core_indicator_has_a_chart_with_the_national_reference_line(report: str) -> None:
    for code in ("pm25_avg_concentration", "good_air_days_ratio", "surface_water_good_ratio"):
        assert f'<section id="{code}">' in report
    pm25 = report.split('<section id="pm25_avg_concentration">')[1].split("</section>")[0]
    assert 'class="reference"' in pm25 and "全国 29.3" in pm25
    assert 'href="#fig-pm25_avg_concentration-360000"' in pm25 and ">27<" in pm25


def test_each_figure_shows_its_quote_and_links_its_source(report: str) -> None:
    assert f"「{s.PM25_QUOTE}」" in report
    assert f'href="{f.WECHAT_URL.replace("&", "&amp;")}"' in report
    assert s.HUBEI_URL in report


def test_the_report_loads_nothing_external(report: str) -> None:
    page = parsed(report)
    assert "<script" not in report and "<link" not in report and "@import" not in report
    assert not any(attrs.get("src") for _, attrs in page.tags)
    external = {h for h in page.hrefs if not h.startswith("#")}
    assert external == {f.WECHAT_URL, s.HUBEI_URL}
    assert re.findall(r"url\(", report) == []


def test_text_from_the_warehouse_is_escaped_and_only_http_sources_are_linked() -> None:
    row = {
        "province_code": "360000",
        "province_name": "<b>江西省</b>",
        "province_short_name": "<i>",
        "region": "中部",
        "has_episode": True,
        "latest_series_no": 1,
    }
    html = render_page(
        overview={
            "episodes": 1,
            "provinces_covered": 1,
            "provinces": 1,
            "indicators": 0,
            "data_as_of": None,
            "schema_version": 2,
        },
        coverage=[row],
        charts=[("pm25_avg_concentration", "PM2.5", "越低越好", [])],
    )
    assert "<b>江西省" not in html and "&lt;b&gt;江西省&lt;/b&gt;" in html
    parsed(html)
    assert source_link("javascript:alert(1)", "x") == "x"


def test_an_indicator_without_figures_says_so(report: str) -> None:
    assert "暂无数据" not in report  # all three have figures in the sample
    html = render_page(
        overview={
            "episodes": 0,
            "provinces_covered": 0,
            "provinces": 0,
            "indicators": 0,
            "data_as_of": None,
            "schema_version": 2,
        },
        coverage=[],
        charts=[("good_air_days_ratio", "空气优良天数比率", "越高越好", [])],
    )
    assert "暂无数据" in html
