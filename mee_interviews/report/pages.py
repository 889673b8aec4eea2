"""The report's pages: one per province, one per core indicator, claims, checks, runs.

Pure: rows in (``warehouse.report_data``), ``Page`` records out. A page's charts are Vega-Lite
specs keyed by the id of the element they are drawn into.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import groupby
from typing import Any

from mee_interviews.report.charts import count_chart, ranking_chart
from mee_interviews.report.html import Column, anchor_id, csv_link, plain, quote_cell, source_link, table

Row = dict[str, Any]
UNITS = {"percentage_point": "个百分点", "percent": "%"}
BASES = {"year_on_year": "同比"}


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    kind: str  # province | indicator | claims | checks | runs
    label: str
    body: str
    charts: dict[str, dict] = field(default_factory=dict)


def ranks_text(row: Row) -> str:
    """全国第3/31 · 中部第1 from the ranks list."""
    parts = []
    for r in row.get("ranks") or []:
        total = f"/{r['of_total']}" if r.get("of_total") else ""
        parts.append(f"{r['scope']}第{r['position']}{total}")
    return " · ".join(parts)


def change_text(
    direction: str | None, value: float | None, unit: str | None, basis: str | None = None
) -> str:
    """↑4.6个百分点 (同比) from a change's parts; empty when there is none."""
    if not direction or value is None:
        return ""
    arrow = {"up": "↑", "down": "↓"}.get(direction, direction)
    basis_text = f" ({BASES.get(basis, basis)})" if basis else ""
    return f"{arrow}{plain(value)}{UNITS.get(unit or '', unit or '')}{basis_text}"


FIGURE_COLUMNS = (
    Column("subject", "指标"),
    Column(
        "value", "数值", lambda r: f'<span class="num">{escape(plain(r["value"]))}</span> {escape(r["unit"])}'
    ),
    Column(
        "year", "年份", lambda r: escape(plain(r["year"]) + (f" {r['period']}" if r.get("period") else ""))
    ),
    Column("area", "范围", lambda r: escape(f"{plain(r['area'])} ({r['scope_kind']})")),
    Column("ranks", "排名", lambda r: escape(ranks_text(r))),
    Column(
        "change_value",
        "变化",
        lambda r: escape(
            change_text(r["change_direction"], r["change_value"], r["change_unit"], r["change_basis"])
        ),
    ),
    Column("record_flags", "纪录", lambda r: escape("、".join(r["record_flags"] or []))),
    Column("quote", "原文", quote_cell),
)
CLAIM_COLUMNS = (
    Column("province_short_name", "省份"),
    Column("kind", "类型"),
    Column("scope", "范围"),
    Column("text", "内容"),
    Column("quote", "原文", quote_cell),
)
SOURCE_COLUMNS = (
    Column("url", "地址", lambda r: source_link(r["url"], r["url"])),
    Column("source", "来源类型"),
    Column("script", "字形"),
    Column("outcome", "结果"),
    Column("first_seen", "首次发现"),
    Column("removed_at", "删除时间"),
)


def province_pages(data: dict[str, list[Row]]) -> list[Page]:
    """One page per province with an episode: official, Q&A outline, figures, claims, sources."""
    pages = []
    for code, episodes in groupby(data["episodes"], key=lambda e: e["province_code"]):
        episodes = list(episodes)
        keys = {e["episode_key"] for e in episodes}
        parts = [_episode_block(e, data) for e in episodes]
        figures = [r for r in data["figures"] if r["episode_key"] in keys]
        claims = [r for r in data["claims"] if r["episode_key"] in keys]
        sources = [r for r in data["sources"] if r["episode_key"] in keys]
        body = "\n".join(
            [
                f"<h2>{escape(episodes[0]['province_name'])} <small>{escape(episodes[0]['region'] or '')}</small></h2>",
                *parts,
                f"<h3>数据 Figures ({len(figures)})</h3>",
                table(f"figures-{code}", figures, FIGURE_COLUMNS, searchable=True),
                f"<h3>首创与工作品牌 Claims ({len(claims)})</h3>",
                table(f"claims-{code}", claims, CLAIM_COLUMNS, searchable=True),
                f"<h3>来源 Sources ({len(sources)})</h3>",
                table(f"sources-{code}", sources, (Column("episode_key", "访谈"), *SOURCE_COLUMNS)),
            ]
        )
        pages.append(Page(f"province-{code}", "province", episodes[0]["province_short_name"], body))
    return pages


def _episode_block(e: Row, data: dict[str, list[Row]]) -> str:
    official = " ".join(
        x for x in (e["official_organization"], e["official_position"], e["official_name"]) if x
    )
    questions = [q for q in data["questions"] if q["episode_key"] == e["episode_key"]]
    points = [p for p in data["points"] if p["episode_key"] == e["episode_key"]]
    outline = []
    for q in questions:
        items = "".join(
            f"<li>{escape(p['marker'])} {escape(p['headline'])}</li>"
            for p in points
            if p["q_no"] == q["q_no"]
        )
        outline.append(
            f'<li><p class="question">{escape(q["question"])}</p>'
            + (f'<ol class="points">{items}</ol>' if items else "")
            + f"<details><summary>回答全文 ({len(q['answer'])} 字)</summary><p>{escape(q['answer'])}</p></details></li>"
        )
    return (
        f'<article class="episode" id="{anchor_id("episode", e["episode_key"])}">'
        f"<h3>第{e['series_no']}期 · {escape(e['headline'] or e['title'])}</h3>"
        f'<p class="meta">{escape(official)} · {escape(plain(e["published_date"]))} · '
        f"{source_link(e['best_url'], e['best_source'])} · {e['n_sources']} 个来源"
        + (" · 原文已删除" if e["is_removed"] else "")
        + f'</p>\n<h4>问答 Q&amp;A</h4><ol class="qa">{"".join(outline)}</ol></article>'
    )


COMPARE_COLUMNS = (
    Column("province_short_name", "省份"),
    Column("year", "年份"),
    Column(
        "value", "数值", lambda r: f'<span class="num">{escape(plain(r["value"]))}</span> {escape(r["unit"])}'
    ),
    Column(
        "rank_among_provinces",
        "省际排名",
        lambda r: f"{r['rank_among_provinces']}/{r['n_provinces_reporting']}",
    ),
    Column("national_value", "全国"),
    Column("difference_from_national", "与全国之差"),
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


def indicator_pages(data: dict[str, list[Row]]) -> list[Page]:
    """One page per core indicator reported by any province: ranking chart of its latest year, table."""
    pages = []
    for code, rows in groupby(data["compare"], key=lambda r: r["code"]):
        rows = list(rows)
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
        national = (
            f" · 全国 {plain(first['national_value'])}（虚线）" if first["national_value"] is not None else ""
        )
        body = (
            f"<h2>{escape(name)} <small>{escape(code)}</small></h2>"
            f'<p class="meta">{first["year"]}年 · {escape(first["unit"])} · {better}{escape(national)} · '
            f"{first['n_provinces_reporting']} 个省份报告</p>"
            f'<div class="chart" id="{chart_id}"></div>'
            + csv_link(
                f"{code}-{first['year']}-chart",
                latest,
                ["province_short_name", "value", "rank_among_provinces", "national_value"],
            )
            + f"<h3>各省各年 All provinces and years ({len(rows)})</h3>"
            + table(f"{code}-compare", rows, COMPARE_COLUMNS, searchable=True)
        )
        pages.append(Page(f"indicator-{code}", "indicator", name, body, {chart_id: chart}))
    return pages


def claims_page(data: dict[str, list[Row]]) -> Page:
    """Claims grouped by scope: a count chart, then every claim."""
    claims = data["claims"]
    counts = Counter(r["scope"] if r["kind"] == "first" else "工作品牌 programme" for r in claims)
    count_rows = [{"scope": k, "n": n} for k, n in counts.most_common()]
    body = (
        "<h2>首创与工作品牌 Claims by scope</h2>"
        '<div class="chart" id="chart-claims-scope"></div>'
        + csv_link("claims-by-scope", count_rows, ["scope", "n"])
        + table("claims", claims, (Column("scope_kind", "scope_kind"), *CLAIM_COLUMNS), searchable=True)
    )
    return Page(
        "claims",
        "claims",
        "首创 Claims",
        body,
        {"chart-claims-scope": count_chart(count_rows, category="scope", title="条数")},
    )


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
        claims_page(data),
        checks_page(data),
        runs_page(data),
    ]
