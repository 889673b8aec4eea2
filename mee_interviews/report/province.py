"""The province pages: the official, the Q&A as an outline, every figure, claims and sources."""

from __future__ import annotations

from html import escape
from itertools import groupby

from mee_interviews.report.fact_check import verdict_text
from mee_interviews.report.html import Column, anchor_id, plain, quote_cell, source_link, table, value_cell
from mee_interviews.report.national import national_block
from mee_interviews.report.page import CLAIM_COLUMNS, Page, Row, change_text, ranks_text

FIGURE_COLUMNS = (
    Column("subject", "指标"),
    Column("value", "数值", value_cell),
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
    Column("national_value", "全国"),
    Column("verdict", "核对", lambda r: escape(verdict_text(r.get("verdict")))),
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
    for code, group in groupby(data["episodes"], key=lambda e: e["province_code"]):
        episodes = list(group)
        keys = {e["episode_key"] for e in episodes}
        parts = [_episode_block(e, data) for e in episodes]
        checks = [r for r in data["fact_check"] if r["episode_key"] in keys]
        figures = _with_checks([r for r in data["figures"] if r["episode_key"] in keys], checks)
        claims = [r for r in data["claims"] if r["episode_key"] in keys]
        sources = [r for r in data["sources"] if r["episode_key"] in keys]
        national_html, charts = national_block(code, checks, data["compare"])
        body = "\n".join(
            [
                f"<h2>{escape(episodes[0]['province_name'])} <small>{escape(episodes[0]['region'] or '')}</small></h2>",
                *parts,
                f"<h3>数据 Figures ({len(figures)})</h3>",
                table(f"figures-{code}", figures, FIGURE_COLUMNS, searchable=True),
                national_html,
                f"<h3>首创与工作品牌 Claims ({len(claims)})</h3>",
                table(f"claims-{code}", claims, CLAIM_COLUMNS, searchable=True),
                f"<h3>来源 Sources ({len(sources)})</h3>",
                table(f"sources-{code}", sources, (Column("episode_key", "访谈"), *SOURCE_COLUMNS)),
            ]
        )
        pages.append(Page(f"province-{code}", "province", episodes[0]["province_short_name"], body, charts))
    return pages


def _with_checks(figures: list[Row], checks: list[Row]) -> list[Row]:
    """Each figure with the national value and the verdict of its fact check (none for generic codes)."""
    by_key = {(c["episode_key"], c["indicator_no"]): c for c in checks}
    out = []
    for r in figures:
        check = by_key.get((r["episode_key"], r["indicator_no"]), {})
        out.append({**r, "national_value": check.get("national_value"), "verdict": check.get("verdict")})
    return out


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
