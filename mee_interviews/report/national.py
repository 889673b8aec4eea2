"""A province page's national comparison (pure): its latest year's figures against the national
reference as bars with the national value as a dashed rule, then the fact check of its figures."""

from __future__ import annotations

from collections.abc import Sequence

from mee_interviews.report.charts import Spec, national_chart
from mee_interviews.report.fact_check import fact_check_table
from mee_interviews.report.html import anchor_id, chart_slot
from mee_interviews.report.page import Row


def national_block(code: str, checks: Sequence[Row], compare: Sequence[Row]) -> tuple[str, dict[str, Spec]]:
    """A province's figures against the national record: its latest year's core figures (the
    ``v_indicator_compare`` rows with a national value) as bars with the national rule, then every
    check of its figures as a table."""
    html = f"<h3>核对 Fact check ({len(checks)})</h3>" + fact_check_table(f"fact-check-{code}", checks)
    compared = [r for r in compare if r["province_code"] == code and r["national_value"] is not None]
    if not compared:
        return html, {}
    latest = max(r["year"] for r in compared)
    bars = [
        {
            "label": r["indicator_name"] or r["code"],
            "unit": r["unit"],
            "value": r["value"],
            "national": r["national_value"],
        }
        for r in compared
        if r["year"] == latest
    ]
    chart_id = anchor_id("chart", "national", code)
    chart = f"<h3>与全国对照 Against the national record ({latest})</h3>" + chart_slot(
        chart_id, f"national-{code}-{latest}", bars, ["label", "unit", "value", "national"]
    )
    return chart + html, {chart_id: national_chart(bars)}
