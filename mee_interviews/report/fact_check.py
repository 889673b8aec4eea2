"""The 核对 Fact check page and its table, which each province page shows too (pure).

Rows come from ``v_fact_check`` (``warehouse.report_data``): every figure an episode states
beside the official record, with both quotes and sources.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from mee_interviews.report.charts import count_block
from mee_interviews.report.html import Column, plain, quote_cell, source_link, table, value_cell
from mee_interviews.report.page import Page, Row, ranks_text

VERDICTS = {
    "consistent": "一致",
    "differs": "不一致",
    "no_reference": "无官方数据",
    "change_only": "仅述变化",
}
READ = {"verified": "官网", "press": "媒体报道", "unverified": "未核实（仅见转载）"}


def verdict_text(verdict: str | None) -> str:
    """一致 / 不一致 / 无官方数据 / 仅述变化 (the verdict in the table's words)."""
    return VERDICTS.get(verdict or "", verdict or "")


def _said(r: Row) -> str:
    return f"{value_cell(r)}<br>" + quote_cell(r)


def _record(r: Row) -> str:
    """The reference value, its publication (linked), when, and where it was read."""
    if r["reference_value"] is None:
        return ""
    quote = f"<br>「{escape(r['reference_quote'])}」" if r.get("reference_quote") else ""
    return (
        f'<span class="num">{escape(plain(r["reference_value"]))}</span> {escape(r["reference_unit"] or "")}<br>'
        f"{source_link(r['reference_url'], r['reference_title'] or '')} · {escape(r['reference_publisher'] or '')}"
        f" · {escape(plain(r['reference_published_on']))} · {escape(READ.get(r['reference_verification'], ''))}"
        + quote
    )


def _national(r: Row) -> str:
    if r["national_value"] is None:
        return ""
    better = {True: "优于全国", False: "不及全国"}.get(r["better_than_national"], "与全国持平")
    return (
        f"{escape(plain(r['national_value']))} ({escape(better)}, "
        f"{escape(plain(r['difference_from_national']))})<br>{source_link(r['national_url'], r['national_title'] or '')}"
    )


def _ranks(r: Row) -> str:
    if not r["stated_ranks"]:
        return ""
    record = ranks_text({"ranks": r["reference_ranks"]}) or "—"
    said = ranks_text({"ranks": r["stated_ranks"]})
    return escape(f"{verdict_text(r['rank_verdict'])}: {said} (官方 {record})")


FACT_CHECK_COLUMNS = (
    Column("province_short_name", "省份"),
    Column(
        "year", "年份", lambda r: escape(plain(r["year"]) + (f" {r['period']}" if r.get("period") else ""))
    ),
    Column("indicator_name", "指标", lambda r: escape(r["indicator_name"] or r["code"])),
    Column("value", "访谈所述", _said),
    Column("reference_value", "官方数据", _record),
    Column("difference", "差值", lambda r: escape(plain(r["difference"]))),
    Column(
        "verdict",
        "核对",
        lambda r: f'<span class="verdict-{escape(r["verdict"])}">{verdict_text(r["verdict"])}</span>',
    ),
    Column("national_value", "全国", _national),
    Column("rank_verdict", "排名核对", _ranks),
)
CSV_KEYS = (
    "episode_key", "indicator_no", "province_short_name", "year", "period", "code", "area", "value", "unit",
    "quote", "source_url", "reference_value", "reference_unit", "difference", "tolerance", "verdict",
    "reference_title", "reference_publisher", "reference_published_on", "reference_url", "reference_verification",
    "reference_quote", "national_value", "difference_from_national", "better_than_national", "national_title",
    "national_url", "rank_verdict",
)  # fmt: skip


def fact_check_page(data: dict[str, list[Row]]) -> Page:
    """Every checked figure: the verdicts counted, then each figure with both quotes and sources."""
    rows = data["fact_check"]
    counts = Counter(verdict_text(r["verdict"]) for r in rows)
    chart, charts = count_block(
        "chart-fact-check", "fact-check-verdicts", counts, category="verdict", title="数据条数"
    )
    body = (
        "<h2>核对 Fact check</h2>"
        '<p class="meta">每个访谈数据与同一范围、指标、年份的官方数据对照：在两者所述精度内相等为“一致”；'
        "省级数据另与全国数据比较（按指标的好坏方向）；所述排名与官方排名对照。官方数据来自状况公报、"
        "政府环境状况报告和新闻发布，注明出处和核实程度。</p>"
        + chart
        + f"<h3>全部核对 Every checked figure ({len(rows)})</h3>"
        + fact_check_table("fact-check", rows)
    )
    return Page("fact-check", "fact_check", "核对 Fact check", body, charts)


def fact_check_table(name: str, rows: Sequence[Row]) -> str:
    """The fact-check table; its CSV carries every column of the check, not only those shown."""
    return table(name, rows, FACT_CHECK_COLUMNS, searchable=True, csv_keys=CSV_KEYS)
