"""What every page shares: the ``Page`` record, how ranks and changes read, the claims table."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from mee_interviews.report.charts import Spec
from mee_interviews.report.html import Column, plain, quote_cell

Row = dict[str, Any]
ReportPageKind = Literal["province", "indicator", "fact_check", "claims", "checks", "runs", "overview"]
UNITS = {"percentage_point": "个百分点", "percent": "%"}
BASES = {"yoy": "同比", "vs_period": "较基期", "cumulative": "累计"}


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the report: its element id, kind, navigation label, HTML body and charts by element id."""

    id: str
    kind: ReportPageKind
    label: str
    body: str
    charts: dict[str, Spec] = field(default_factory=dict)


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


CLAIM_COLUMNS = (
    Column("province_short_name", "省份"),
    Column("kind", "类型"),
    Column("scope", "范围"),
    Column("text", "内容"),
    Column("quote", "原文", quote_cell),
)
