"""The report's pages across provinces: one per core indicator, claims, checks, runs; and the order
of all pages (the province pages are in ``province``).

Pure: rows in (``warehouse.report_data``), ``Page`` records out. A page's charts are Vega-Lite
specs keyed by the id of the element they are drawn into.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape
from itertools import groupby

from mee_interviews.report.charts import Spec, change_chart, count_block, ranking_chart
from mee_interviews.report.fact_check import fact_check_page
from mee_interviews.report.html import (
    Column,
    anchor_id,
    chart_slot,
    plain,
    quote_cell,
    source_link,
    table,
    value_cell,
)
from mee_interviews.report.page import CLAIM_COLUMNS, Page, Row, change_text
from mee_interviews.report.province import province_pages

COMPARE_COLUMNS = (
    Column("province_short_name", "省份"),
    Column("year", "年份"),
    Column("value", "数值", value_cell),
    Column(
        "rank_among_provinces",
        "省际排名",
        lambda r: f"{r['rank_among_provinces']}/{r['n_provinces_reporting']}",
    ),
    Column("national_value", "全国"),
    Column("difference_from_national", "与全国之差"),
    Column(
        "national_source_title",
        "全国数据来源",
        lambda r: (
            source_link(r["national_source_url"], r["national_source_title"] or "访谈")
            if r["national_value"] is not None
            else ""
        ),
    ),
    Column(
        "stated_change_value",
        "所述变化",
        lambda r: escape(
            change_text(r["stated_change_direction"], r["stated_change_value"], r["stated_change_unit"])
        ),
    ),
    Column(
        "change_from_previous_year",
        "较上次",
        lambda r: escape(
            f"{plain(r['change_from_previous_year'])} (较{r['previous_year']}年)"
            if r["previous_year"]
            else ""
        ),
    ),
    Column("quote", "原文", quote_cell),
)


def yearly_change(row: Row) -> float | None:
    """The change over the previous year in the figure's own unit (percentage points for a %):
    the province's own figure of the year before when the warehouse has it, else the stated change
    when it is absolute and not said to be against another base year (an unstated basis counts)."""
    if row["previous_year"] == row["year"] - 1 and row["change_from_previous_year"] is not None:
        return float(row["change_from_previous_year"])
    absolute = row["stated_change_unit"] in ("percentage_point", row["unit"])
    if row["stated_change_direction"] and absolute and row["stated_change_basis"] in (None, "yoy"):
        stated: float = (
            -row["stated_change_value"]
            if row["stated_change_direction"] == "down"
            else row["stated_change_value"]
        )
        return stated
    return None


def _change_block(code: str, latest: Sequence[Row]) -> tuple[str, dict[str, Spec]]:
    """The year-on-year change chart and its CSV, or nothing when no province's change is known."""
    lower = latest[0]["direction_good"] == "lower"
    rows = [
        {**r, "change": change, "improved": (change < 0) if lower else (change > 0)}
        for r in latest
        if (change := yearly_change(r)) is not None
    ]
    if not rows:
        return "", {}
    unit = "个百分点" if latest[0]["unit"] == "%" else latest[0]["unit"]
    chart_id = anchor_id("chart", code, "change")
    html = f"<h3>较上年变化 Year-on-year change ({unit})</h3>" + chart_slot(
        chart_id,
        f"{code}-{latest[0]['year']}-change",
        rows,
        ["province_short_name", "year", "change", "improved"],
    )
    return html, {chart_id: change_chart(rows, unit=unit)}


def indicator_pages(data: dict[str, list[Row]]) -> list[Page]:
    """One page per core indicator reported by any province: ranking chart of its latest year, table."""
    pages = []
    for code, group in groupby(data["compare"], key=lambda r: r["code"]):
        rows = list(group)
        latest = [r for r in rows if r["year"] == rows[0]["year"]]  # rows are sorted year DESC
        first = latest[0]
        name = first["indicator_name"] or code
        better = "越低越好" if first["direction_good"] == "lower" else "越高越好"
        chart_id = anchor_id("chart", code)
        chart = ranking_chart(
            latest,
            unit=first["unit"],
            national=first["national_value"],
            lower_is_better=first["direction_good"] == "lower",
        )
        change_html, change_charts = _change_block(code, latest)
        source = f"，{first['national_source_title']}" if first["national_source_title"] else ""
        national = (
            f" · 全国 {plain(first['national_value'])}（虚线{source}）"
            if first["national_value"] is not None
            else ""
        )
        body = (
            f"<h2>{escape(name)} <small>{escape(code)}</small></h2>"
            f'<p class="meta">{first["year"]}年 · {escape(first["unit"])} · {better}{escape(national)} · '
            f"{first['n_provinces_reporting']} 个省份报告</p>"
            + chart_slot(
                chart_id,
                f"{code}-{first['year']}-chart",
                latest,
                ["province_short_name", "value", "rank_among_provinces", "national_value"],
            )
            + change_html
            + f"<h3>各省各年 All provinces and years ({len(rows)})</h3>"
            + table(f"{code}-compare", rows, COMPARE_COLUMNS, searchable=True)
        )
        pages.append(Page(f"indicator-{code}", "indicator", name, body, {chart_id: chart, **change_charts}))
    return pages


def claims_page(data: dict[str, list[Row]]) -> Page:
    """Claims grouped by scope: a count chart, then every claim."""
    claims = data["claims"]
    counts = Counter(r["scope"] if r["kind"] == "first" else "工作品牌 programme" for r in claims)
    chart, charts = count_block(
        "chart-claims-scope", "claims-by-scope", counts, category="scope", title="条数"
    )
    body = (
        "<h2>首创与工作品牌 Claims by scope</h2>"
        + chart
        + table("claims", claims, (Column("scope_kind", "scope_kind"), *CLAIM_COLUMNS), searchable=True)
    )
    return Page("claims", "claims", "首创 Claims", body, charts)


def checks_page(data: dict[str, list[Row]]) -> Page:
    """Quality checks that warned or failed, with the quote concerned."""
    columns = (
        Column("status", "状态"),
        Column("check_name", "检查"),
        Column("episode_key", "访谈"),
        Column("code", "指标"),
        Column("detail", "说明"),
        Column("quote", "原文", lambda r: f"「{escape(r['quote'] or '')}」"),
    )
    rows = data["failed_checks"]
    return Page(
        "checks",
        "checks",
        "质量检查 Checks",
        f"<h2>未通过的质量检查 Failed checks ({len(rows)})</h2>" + table("failed-checks", rows, columns),
    )


def runs_page(data: dict[str, list[Row]]) -> Page:
    """The run ledger (newest first) and the quarantined pages."""
    run_keys = (
        "run_id",
        "mode",
        "status",
        "started_at",
        "discovered",
        "fetched",
        "new",
        "updated",
        "blocked",
        "failed",
        "skipped",
        "message",
    )
    runs = table("runs", data["runs"], [Column(k, k) for k in run_keys])
    quarantine = table(
        "quarantine",
        data["quarantine"],
        [Column(k, k) for k in ("status", "url", "reason", "source", "first_seen")],
    )
    body = f"<h2>运行记录 Run history</h2>{runs}<h3>隔离页面 Quarantine ({len(data['quarantine'])})</h3>{quarantine}"
    return Page("runs", "runs", "运行 Runs", body)


def all_pages(data: dict[str, list[Row]]) -> Sequence[Page]:
    """Every page in navigation order."""
    return [
        *province_pages(data),
        *indicator_pages(data),
        fact_check_page(data),
        claims_page(data),
        checks_page(data),
        runs_page(data),
    ]
