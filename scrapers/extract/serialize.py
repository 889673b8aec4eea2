"""The JSON shape of indicators and claims (``parse --json``, ``extract --json``)."""

from __future__ import annotations

from typing import Any

from models.records import Claim, Indicator


def indicator_to_json(ind: Indicator) -> dict[str, Any]:
    """An indicator with exactly the documented keys; change is an object or null."""
    change = None
    if ind.change is not None:
        change = {
            "direction": ind.change.direction,
            "value": ind.change.value,
            "unit": ind.change.unit,
            "basis": ind.change.basis,
        }
    return {
        "code": ind.code,
        "subject": ind.subject,
        "value": ind.value,
        "unit": ind.unit,
        "value_base": ind.value_base,
        "unit_base": ind.unit_base,
        "year": ind.year,
        "period": ind.period,
        "region": ind.region,
        "change": change,
        "previous_value": ind.previous_value,
        "ranks": [{"scope": r.scope, "position": r.position} for r in ind.ranks],
        "record": list(ind.record),
        "streak_years": ind.streak_years,
        "quote": ind.quote,
        "start": ind.start,
        "end": ind.end,
        "q_no": ind.q_no,
        "point_no": ind.point_no,
        "original_start": ind.original_start,
        "original_end": ind.original_end,
    }


def claim_to_json(claim: Claim) -> dict[str, Any]:
    """A claim: kind (first | programme), text, quote and where the quote sits."""
    return {
        "kind": claim.kind,
        "text": claim.text,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "q_no": claim.q_no,
        "point_no": claim.point_no,
        "original_start": claim.original_start,
        "original_end": claim.original_end,
    }
