"""Declarative charts: Vega-Lite specs built with Altair, rendered in the page by the inline Vega.

A chart is a plain dict (the Vega-Lite JSON); ``document`` embeds it and ``vegaEmbed`` draws it
as SVG. Data values are inlined in the spec, so nothing is fetched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import altair as alt

from mee_interviews.report.html import chart_slot

Row = dict[str, Any]
Spec = dict[str, Any]  # a chart: the Vega-Lite JSON
WIDTH = 560
BAR_HEIGHT = 22
NATIONAL_COLOR = "#c0392b"
FONT = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif"


def ranking_chart(rows: Sequence[Row], *, unit: str, national: float | None, lower_is_better: bool) -> Spec:
    """Provinces as horizontal bars, best first, with the national value as a dashed reference line."""
    ordered = sorted(rows, key=lambda r: r["value"], reverse=not lower_is_better)
    values = [
        {"province": r["province_short_name"], "value": r["value"], "rank": r["rank_among_provinces"]}
        for r in ordered
    ]
    bars = (
        alt.Chart(_inline(values))
        .mark_bar(color="#2f6f9f")
        .encode(
            x=alt.X("value:Q", title=unit),
            y=alt.Y("province:N", sort=[v["province"] for v in values], title=None),
            tooltip=[alt.Tooltip("province:N", title="省份"), alt.Tooltip("value:Q", title=unit), "rank:Q"],
        )
    )
    labels = bars.mark_text(align="left", dx=3, color="#222").encode(text=alt.Text("value:Q"))
    layers: list[alt.Chart] = [bars, labels]
    if national is not None:
        rule = (
            alt.Chart(_inline([{"national": national, "label": f"全国 {national:g}"}]))
            .mark_rule(color=NATIONAL_COLOR, strokeDash=[5, 4], size=2)
            .encode(x="national:Q", tooltip=alt.Tooltip("label:N", title="全国"))
        )
        text = rule.mark_text(color=NATIONAL_COLOR, align="left", dx=4, dy=-6, baseline="bottom").encode(
            text="label:N", y=alt.value(0)
        )
        layers += [rule, text]
    return _finish(alt.layer(*layers), height=BAR_HEIGHT * max(len(values), 1))


def national_chart(rows: Sequence[Row]) -> Spec:
    """One bar per indicator (``label``, ``value``, ``unit``), each in its own row and scale, with
    the national reference figure (``national``) as a dashed rule across it."""
    values = [
        {
            "indicator": f"{r['label']} ({r['unit']})",
            "value": r["value"],
            "national": r["national"],
            "label": f"全国 {r['national']:g}",
        }
        for r in rows
    ]
    base = alt.Chart()
    bar = base.mark_bar(color="#2f6f9f").encode(
        x=alt.X("value:Q", title=None), tooltip=[alt.Tooltip("indicator:N", title="指标"), "value:Q"]
    )
    value_text = base.mark_text(align="left", dx=3, color="#222").encode(x="value:Q", text="value:Q")
    rule = base.mark_rule(color=NATIONAL_COLOR, strokeDash=[5, 4], size=2).encode(
        x="national:Q", tooltip=alt.Tooltip("label:N", title="全国")
    )
    rule_text = base.mark_text(color=NATIONAL_COLOR, align="left", dx=4, dy=-4, baseline="bottom").encode(
        x="national:Q", text="label:N", y=alt.value(0)
    )
    chart = (
        alt.layer(bar, value_text, rule, rule_text, data=_inline(values))
        .properties(width=WIDTH - 160, height=BAR_HEIGHT)
        .facet(row=alt.Row("indicator:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")))
        .resolve_scale(x="independent")
    )
    spec: Spec = chart.to_dict()
    spec["config"] = {"font": FONT, "view": {"stroke": None}}
    return spec


def change_chart(rows: Sequence[Row], *, unit: str) -> Spec:
    """Each province's change (``change`` key, signed) as diverging bars, green when it improved."""
    values = [
        {
            "province": r["province_short_name"],
            "change": r["change"],
            "improved": "改善" if r["improved"] else "变差",
        }
        for r in rows
    ]
    chart = (
        alt.Chart(_inline(values))
        .mark_bar()
        .encode(
            x=alt.X("change:Q", title=unit),
            y=alt.Y("province:N", sort="-x", title=None),
            color=alt.Color(
                "improved:N",
                scale=alt.Scale(domain=["改善", "变差"], range=["#2e8b57", NATIONAL_COLOR]),
                title=None,
            ),
            tooltip=["province:N", alt.Tooltip("change:Q", title=unit), "improved:N"],
        )
    )
    return _finish(chart, height=BAR_HEIGHT * max(len(values), 1))


def count_chart(rows: Sequence[Row], *, category: str, title: str) -> Spec:
    """Counts per category (e.g. claims per scope) as bars, largest first."""
    values = [{"category": r[category] or "—", "n": r["n"]} for r in rows]
    chart = (
        alt.Chart(_inline(values))
        .mark_bar(color="#2f6f9f")
        .encode(
            x=alt.X("n:Q", title=title),
            y=alt.Y("category:N", sort="-x", title=None),
            tooltip=["category:N", "n:Q"],
        )
    )
    return _finish(chart, height=BAR_HEIGHT * max(len(values), 1))


def count_block(
    chart_id: str, csv_name: str, counts: Counter[str], *, category: str, title: str
) -> tuple[str, dict[str, Spec]]:
    """A count chart (most common first) where it is drawn, with its rows as CSV: the HTML and
    the chart's spec by element id."""
    rows = [{category: k, "n": n} for k, n in counts.most_common()]
    html = chart_slot(chart_id, csv_name, rows, [category, "n"])
    return html, {chart_id: count_chart(rows, category=category, title=title)}


def _inline(values: list[Row]) -> alt.Data:
    """Data written into the spec (altair's ``Data`` carries no type hints)."""
    return alt.Data(values=values)  # type: ignore[no-untyped-call]


def _finish(chart: alt.TopLevelMixin, *, height: int) -> Spec:
    spec: Spec = chart.properties(width=WIDTH, height=height).to_dict()
    spec["config"] = {"font": FONT, "view": {"stroke": None}}
    return spec
