"""Inline SVG bar charts for the HTML report: no script, no external font, every bar a link."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

LABEL_W, PLOT_W, VALUE_W = 96, 900, 70
ROW_H, BAR_H, TOP, BOTTOM = 26, 18, 34, 26
WIDTH = LABEL_W + PLOT_W + VALUE_W


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, value, the in-page anchor it links to, and its tooltip."""

    label: str
    value: float
    href: str
    title: str


def number(value: float) -> str:
    """A figure as the interviews write it: no trailing zeros."""
    return f"{value:g}"


def _ticks(top: float) -> list[float]:
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 10**9) if top / s <= 6)
    return [step * i for i in range(int(top // step) + 1)]


def bar_chart(bars: Sequence[Bar], *, reference: Bar | None = None, label: str = "") -> str:
    """A horizontal bar chart; ``reference`` (the national figure) is drawn as a dashed line."""
    values = [b.value for b in bars] + ([reference.value] if reference else [])
    top = max([*values, 1.0]) * 1.08
    height = TOP + ROW_H * len(bars) + BOTTOM

    def x(value: float) -> float:
        return LABEL_W + PLOT_W * max(value, 0) / top

    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(label)}" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}">'
    ]
    for tick in _ticks(top):
        parts.append(
            f'<line class="grid" x1="{x(tick):.1f}" y1="{TOP - 6}" x2="{x(tick):.1f}" y2="{height - BOTTOM}"/>'
            f'<text class="tick" x="{x(tick):.1f}" y="{height - 8}">{number(tick)}</text>'
        )
    for i, bar in enumerate(bars):
        y = TOP + i * ROW_H + (ROW_H - BAR_H) / 2
        parts.append(
            f'<a href="{escape(bar.href)}"><title>{escape(bar.title)}</title>'
            f'<text class="label" x="{LABEL_W - 8}" y="{y + BAR_H - 4:.1f}">{escape(bar.label)}</text>'
            f'<rect class="bar" x="{LABEL_W}" y="{y:.1f}" width="{x(bar.value) - LABEL_W:.1f}" height="{BAR_H}"/>'
            f'<text class="value" x="{x(bar.value) + 6:.1f}" y="{y + BAR_H - 4:.1f}">{number(bar.value)}</text></a>'
        )
    if reference is not None:
        rx = x(reference.value)
        parts.append(
            f'<a href="{escape(reference.href)}"><title>{escape(reference.title)}</title>'
            f'<line class="reference" x1="{rx:.1f}" y1="{TOP - 10}" x2="{rx:.1f}" y2="{height - BOTTOM}"/>'
            f'<text class="reference-label" x="{rx:.1f}" y="{TOP - 14}">'
            f"{escape(reference.label)} {number(reference.value)}</text></a>"
        )
    parts.append("</svg>")
    return "\n".join(parts)
