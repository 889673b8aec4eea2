"""Score the extractor on real passages (the ``../shared/data/real-dev-set*.jsonl`` format); ``--part`` picks the development four fifths or the held-back fifth
(``holdout``), ``real_report`` holds the tallies.

Catalog items (``SCORED_CODES``) match a prediction with the same code, ``value_base`` within
0.5 %, the same year when one is expected and the same change direction and value when a change
is expected; each prediction matches at most one item and unmatched catalog predictions are false
positives. Every other labelled quantity with a value and a non-rank unit is a generic quantity,
scored by recall on ``value_base`` alone. Misses are grouped by their likely cause.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models.choices import EvalPart
from scrapers.base.normalize import normalize
from scrapers.extract.api import extract_text
from scrapers.extract.catalog import load_catalog
from scrapers.extract.holdout import select
from scrapers.extract.real_report import RealReport, miss_kind
from scrapers.extract.serialize import indicator_to_json

# The catalog items the real sets score (``scored = true`` in catalog.toml).
SCORED_CODES = frozenset(e.code for e in load_catalog() if e.scored)
# Project codes whose set counterpart has another name (the set files red-line shares under share).
CODE_MAP = {"eco_redline_share": "share"}
_PREFIX = {"万亿": 1e12, "亿": 1e8, "千万": 1e7, "万": 1e4}
_TOLERANCE = 0.005


def load_real_set(path: Path) -> list[dict[str, Any]]:
    """The passages of a real set (one JSON object a line, with ``text`` and ``expected``)."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    bad = [str(r.get("id", i)) for i, r in enumerate(rows) if "text" not in r or "expected" not in r]
    if bad:
        raise ValueError(f"{path}: lines without text/expected: {', '.join(bad[:5])}")
    return rows


def predict(text: str) -> list[dict[str, Any]]:
    """The extractor's indicators for one passage, codes mapped to the set's names. A change-only
    statement is already the set's ``value: null`` item: its own code, no value, the change."""
    indicators, _ = extract_text(text)
    out = []
    for ind in indicators:
        pred = indicator_to_json(ind)
        pred["code"] = CODE_MAP.get(pred["code"], pred["code"])
        pred["set_base"] = _set_base(pred)
        out.append(pred)
    return out


def _set_base(pred: dict[str, Any]) -> float | None:
    """The set's value_base: the written number with only a leading 万/亿 of its unit applied."""
    if pred.get("value") is None:
        return None
    unit = pred.get("unit") or ""
    factor = next((f for p, f in _PREFIX.items() if unit.startswith(p) and unit != p), 1.0)
    return float(pred["value"]) * factor


def close(expected: float, actual: float | None) -> bool:
    """Within 0.5 % of the expected value (exact for zero)."""
    return actual is not None and abs(actual - expected) <= _TOLERANCE * abs(expected) + 1e-9


def evaluate_real(path: Path, part: EvalPart = "all") -> RealReport:
    """Run the passages of one part (``holdout.PARTS``) of the set at ``path`` and score them."""
    report = RealReport()
    for row in select(load_real_set(path), part):
        score_passage(row, predict(row["text"]), report)
    return report


def score_passage(row: dict[str, Any], preds: list[dict[str, Any]], report: RealReport) -> None:
    """Add one passage's catalog matches, false positives, generic recall and misses to ``report``."""
    script = row.get("script", "hans")
    catalog_preds = [p for p in preds if p["code"] in SCORED_CODES]
    unused = list(catalog_preds)
    for item in row["expected"]:
        if item["indicator"] in SCORED_CODES:
            _score_catalog_item(row, item, unused, preds, report, script)
        elif item.get("value") is not None and item.get("unit") != "rank":
            found = any(close(float(item["value_base"]), p["set_base"]) for p in preds)
            t = report.tally(report.generic, script)
            t.tp, t.fn = t.tp + found, t.fn + (not found)
    _score_extra(row, preds, report)
    for pred in unused:
        report.tally(report.per_code, pred["code"]).fp += 1
        report.tally(report.per_script, script).fp += 1
        report.kinds["false positive"] += 1
        report.misses.append(f"{row['id']}: spurious {pred['code']} {pred['value']} {pred['quote']!r}")


def _score_extra(row: dict[str, Any], preds: list[dict[str, Any]], report: RealReport) -> None:
    """The codes the project added beyond the scored catalog, matched by the same rule."""
    extra = _extra_codes()
    unused = [p for p in preds if p["code"] in extra]
    for item in row["expected"]:
        if item["indicator"] not in extra:
            continue
        match = next((p for p in unused if matches(item, p)), None)
        tally = report.tally(report.extra, item["indicator"])
        if match is None:
            tally.fn += 1
        else:
            unused.remove(match)
            tally.tp += 1
    for pred in unused:
        report.tally(report.extra, pred["code"]).fp += 1


def _extra_codes() -> frozenset[str]:
    return frozenset(e.code for e in load_catalog() if not e.generic and e.code not in SCORED_CODES) - set(
        CODE_MAP
    )


def _score_catalog_item(
    row: dict[str, Any],
    item: dict[str, Any],
    unused: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    report: RealReport,
    script: str,
) -> None:
    match = next((p for p in unused if matches(item, p)), None)
    code_tally, script_tally = (
        report.tally(report.per_code, item["indicator"]),
        report.tally(report.per_script, script),
    )
    if match is not None:
        unused.remove(match)
        code_tally.tp += 1
        script_tally.tp += 1
        return
    code_tally.fn += 1
    script_tally.fn += 1
    cause = miss_cause(item, preds, unused)
    report.causes[cause] += 1
    change_unit = (item.get("change") or {}).get("unit")
    report.kinds[miss_kind(cause, item.get("value") is None, change_unit)] += 1
    report.misses.append(
        f"{row['id']}: {cause}: {item['indicator']} {item['value']} y={item['year']} "
        f"ch={_change_key(item.get('change'))} {item['quote']!r}"
    )


def _value_ok(item: dict[str, Any], pred: dict[str, Any]) -> bool:
    if item.get("value_base") is None:
        return pred.get("value") is None
    return close(float(item["value_base"]), pred.get("set_base"))


def _change_key(change: dict[str, Any] | None) -> tuple[str, float] | None:
    return None if change is None else (change["direction"], round(float(change["value"]), 4))


def _change_ok(item: dict[str, Any], pred: dict[str, Any]) -> bool:
    return item.get("change") is None or _change_key(item["change"]) == _change_key(pred.get("change"))


def _year_ok(item: dict[str, Any], pred: dict[str, Any]) -> bool:
    return item.get("year") is None or item["year"] == pred.get("year")


def matches(item: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The issue's rule: code, value_base within 0.5 %, year if expected, change if expected."""
    return (
        pred["code"] == item["indicator"]
        and _value_ok(item, pred)
        and _year_ok(item, pred)
        and _change_ok(item, pred)
    )


def miss_cause(
    item: dict[str, Any], preds: list[dict[str, Any]], unused: list[dict[str, Any]] | None = None
) -> str:
    """Why an expected catalog item was not matched, judged from the passage's predictions; with
    ``unused`` (the predictions no earlier item matched), a figure whose only fitting prediction
    went to another item is *counted once* (甲和乙…均为100%: two items expected, one given), not
    a year miss."""
    same_code = [p for p in preds if p["code"] == item["indicator"]]
    valued = [p for p in same_code if _value_ok(item, p)]
    fitting = [p for p in valued if _change_ok(item, p)]
    if fitting and unused is not None and not any(p in unused for p in fitting):
        return "counted once"
    if fitting:
        return "no year"
    if valued:
        return "no change"
    if item.get("value_base") is not None and any(
        close(float(item["value_base"]), p.get("set_base")) for p in preds
    ):
        return "wrong code"
    if any(_overlaps(normalize(item["quote"]).text, p) for p in same_code):
        return "wrong value"
    return "missing"


def _overlaps(quote: str, pred: dict[str, Any]) -> bool:
    return bool(pred.get("quote")) and (pred["quote"] in quote or quote in pred["quote"])
