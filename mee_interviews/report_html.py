"""A self-contained HTML report of the warehouse: coverage and the core indicators by province.

One file, inline CSS and SVG, no script and no external resource; the only URLs are the
episodes' source links. Every figure links to its quote and source. All text is escaped.
Run ``python -m mee_interviews.report_html DB OUT`` (see ``scripts/render_report.sh``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mee_interviews.report_style import CSS
from mee_interviews.report_svg import Bar, bar_chart, number
from warehouse import reports
from warehouse.export import open_reader_or_snapshot

# (code, fallback name when the catalog table is empty, which direction is better)
CORE_INDICATORS = (
    ("pm25_avg_concentration", "PM2.5平均浓度", "越低越好"),
    ("good_air_days_ratio", "空气优良天数比率", "越高越好"),
    ("surface_water_good_ratio", "地表水国考断面水质优良比例", "越高越好"),
)

Row = dict[str, Any]
CHINA = timezone(timedelta(hours=8))


def write_report(db_path: Path, out: Path) -> Path:
    """Render the report of the warehouse at ``db_path`` into ``out`` (atomically); returns ``out``."""
    engine, from_snapshot = open_reader_or_snapshot(db_path)
    try:
        page = render_page(
            overview=reports.overview(engine),
            coverage=reports.province_coverage(engine),
            charts=[
                (
                    code,
                    reports.indicator_name(engine, code) or name,
                    better,
                    reports.latest_figures(engine, code),
                )
                for code, name, better in CORE_INDICATORS
            ],
            from_snapshot=from_snapshot,
        )
    finally:
        engine.dispose()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(page, encoding="utf-8")
    tmp.replace(out)
    return out


def render_page(
    *,
    overview: Row,
    coverage: Sequence[Row],
    charts: Sequence[tuple[str, str, str, Sequence[Row]]],
    from_snapshot: bool = False,
) -> str:
    """The whole HTML document (pure: rows in, text out)."""
    note = " · 数据来自快照 (an ingest was running)" if from_snapshot else ""
    body = [
        "<h1>厅局长请回答 · 数据报告</h1>",
        f'<p class="meta">{overview["episodes"]} 期访谈 · 覆盖 {overview["provinces_covered"]}/'
        f"{overview['provinces']} 个省级单位 · {overview['indicators']} 个数据 · "
        f"数据截至 {escape(_china_time(overview['data_as_of']))} · schema v{overview['schema_version']}"
        f"{escape(note)}</p>",
        coverage_section(coverage),
        *(indicator_section(*chart) for chart in charts),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        "<title>厅局长请回答 · 数据报告</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n"
    )


def _china_time(moment: datetime | None) -> str:
    return moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M (北京时间)") if moment else "—"


def coverage_section(coverage: Sequence[Row]) -> str:
    """Every province with its region and whether an episode is loaded, in two side-by-side tables."""
    half = (len(coverage) + 1) // 2
    tables = [_coverage_table(coverage[:half]), _coverage_table(coverage[half:])]
    return (
        '<section id="coverage"><h2>覆盖情况 Coverage</h2>\n<div class="columns">'
        + "".join(tables)
        + "</div></section>"
    )


def _coverage_table(rows: Sequence[Row]) -> str:
    lines = ['<table class="coverage"><thead><tr><th>省份</th><th>区域</th><th>访谈</th></tr></thead><tbody>']
    for r in rows:
        status = f"✓ 第{r['latest_series_no']}期" if r["has_episode"] else "—"
        css = "yes" if r["has_episode"] else "no"
        lines.append(
            f'<tr class="{css}"><td>{escape(r["province_name"])}</td><td>{escape(r["region"])}</td>'
            f"<td>{escape(status)}</td></tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


def indicator_section(code: str, name: str, better: str, rows: Sequence[Row]) -> str:
    """One chart (bars per province, national reference line) and the table of quotes under it."""
    title = f"<h2>{escape(name)}</h2>"
    if not rows:
        return f'<section id="{escape(code)}">{title}<p class="empty">暂无数据 (no figure yet)</p></section>'
    year, unit = rows[0]["year"], rows[0]["unit"]
    bars = [_bar(code, r, unit) for r in rows if not r["is_national"]]
    national = next((_bar(code, r, unit) for r in rows if r["is_national"]), None)
    caption = f"{year}年 · 单位 {unit} · {better}" + (" · 虚线为全国数值" if national else "")
    return (
        f'<section id="{escape(code)}">{title}<p class="meta">{escape(caption)}</p>\n'
        f"{bar_chart(bars, reference=national, label=f'{name} {year}')}\n{_quote_table(code, rows)}</section>"
    )


def _anchor(code: str, row: Row) -> str:
    return f"fig-{code}-{row['province_code']}"


def _bar(code: str, row: Row, unit: str) -> Bar:
    label = row["province_short_name"]
    return Bar(label, row["value"], f"#{_anchor(code, row)}", f"{label} {number(row['value'])} {unit}")


def _quote_table(code: str, rows: Sequence[Row]) -> str:
    lines = [
        '<table class="quotes"><thead><tr><th>地区</th><th>数值</th><th>原文</th><th>来源</th></tr></thead><tbody>'
    ]
    for r in rows:
        lines.append(
            f'<tr id="{escape(_anchor(code, r))}"><td>{escape(r["province_name"])}</td>'
            f'<td class="num">{escape(number(r["value"]))} {escape(r["unit"])}</td>'
            f"<td>「{escape(r['quote'])}」</td><td>{source_link(r['source_url'], r['episode_key'])}</td></tr>"
        )
    lines.append("</tbody></table>")
    return "\n".join(lines)


def source_link(url: str, text: str) -> str:
    """A link to an http(s) source; any other scheme is shown as text, never linked."""
    if urlsplit(url).scheme not in ("http", "https"):
        return escape(text)
    return f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(text)}</a>'


if __name__ == "__main__":  # pragma: no cover - `python -m mee_interviews.report_html DB OUT`
    print(write_report(Path(sys.argv[1]), Path(sys.argv[2])))
