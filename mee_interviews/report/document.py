"""The whole report document: header, navigation, search box, pages, Vega and the chart specs.

One file with no external resource: CSS and scripts are inline, and the Vega/Vega-Lite/Vega-Embed
JavaScript comes from ``vl-convert-python`` (bundled in the package, nothing downloaded).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from html import escape
from itertools import groupby
from typing import Any

import vl_convert

from mee_interviews.report.client import CSS, SCRIPT
from mee_interviews.report.html import Column, Row, plain, table
from mee_interviews.report.page import Page

GROUPS = {
    "province": "省份",
    "indicator": "指标",
    "fact_check": "汇总",
    "claims": "汇总",
    "checks": "汇总",
    "runs": "汇总",
}


@cache
def vega_javascript() -> str:
    """Vega, Vega-Lite and Vega-Embed as one script defining ``window.vegaEmbed`` (about 0.9 MB)."""
    return str(vl_convert.javascript_bundle())  # type: ignore[call-arg]  # its stub omits snippet's default


COVERAGE_COLUMNS = (
    Column("province_name", "省份"),
    Column("region", "区域"),
    Column("n_episodes", "访谈期数"),
    Column("latest_series_no", "最新一期"),
    Column("latest_published_at", "最新发布时间"),
    Column("is_missing", "缺失", lambda r: "缺" if r["is_missing"] else ""),
)


def overview_page(overview: dict[str, Any], coverage: Sequence[Row], pages: Sequence[Page]) -> Page:
    """The first page: headline counts, a link to every other page, and which provinces are covered."""
    links = []
    for kind, group in groupby(pages, key=lambda p: p.kind):
        items = " · ".join(f'<a href="#{p.id}">{escape(p.label)}</a>' for p in group)
        links.append(f"<li><b>{escape(kind)}</b>: {items}</li>")
    body = (
        "<h2>概览 Overview</h2>"
        f"<p>{overview['episodes']} 期访谈 · {overview['provinces_covered']}/{overview['provinces']} 个省级单位 · "
        f"{overview['indicators']} 个数据 · 数据截至 {escape(plain(overview['data_as_of']))}（北京时间）· "
        f"schema v{overview['schema_version']}</p><ul>{''.join(links)}</ul>"
        '<p class="meta">每个表格和图表下都有 CSV 下载链接；右上角的搜索框筛选所有页面中的原文。</p>'
        "<h3>覆盖情况 Coverage</h3>" + table("coverage", coverage, COVERAGE_COLUMNS)
    )
    return Page("overview", "overview", "概览", body)


def render_document(
    overview: dict[str, Any], coverage: Sequence[Row], pages: Sequence[Page], *, note: str = ""
) -> str:
    """The complete HTML text."""
    every = [overview_page(overview, coverage, pages), *pages]
    nav = ['<a href="#overview">概览</a>']
    for group, members in groupby(pages, key=lambda p: GROUPS[p.kind]):
        nav.append(f'<span class="group">{escape(group)}</span>')
        nav.extend(f'<a href="#{p.id}">{escape(p.label)}</a>' for p in members)
    sections = "\n".join(
        f'<section class="page" id="{p.id}" data-kind="{p.kind}">{p.body}</section>' for p in every
    )
    charts = {chart_id: spec for p in every for chart_id, spec in p.charts.items()}
    specs = json.dumps(charts, ensure_ascii=False).replace("</", "<\\/")
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>厅局长请回答 · 数据报告</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f'<header><h1>厅局长请回答 · 数据报告</h1><p class="meta">{escape(note)}</p></header>\n'
        f'<nav>{" ".join(nav)}<input id="search" type="search" placeholder="搜索原文 search quotes">'
        '<span id="search-count" class="meta"></span></nav>\n'
        f"<main>\n{sections}\n</main>\n"
        f'<script type="application/json" id="chart-specs">{specs}</script>\n'
        f"<script>{vega_javascript()}</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )
