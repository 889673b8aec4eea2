"""Measure the extractor on the labelled set (``eval/labelled.jsonl``): precision, recall, F1.

An indicator counts as found when code, value and written unit match a label (a change-only
label, value null, when code and change match); "strict" also
requires every labelled field (year, region, change, previous_value, ranks, record,
streak_years, subject when labelled) to match. Claims match on kind and text (one containing
the other).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from models.records import ProvinceRef, Topic
from scrapers.base.normalize import normalize
from scrapers.extract.api import extract, paragraph_spans
from scrapers.extract.catalog import catalog_by_code
from scrapers.extract.serialize import indicator_to_json

FIELDS = ("year", "region", "change", "previous_value", "ranks", "record", "streak_years", "subject")


@dataclass(frozen=True, slots=True)
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class EvalReport:
    """Per-code and grouped scores; ``field_hits``/``field_totals`` for matched indicators."""

    per_code: dict[str, Score]
    catalog: Score
    generic: Score
    overall: Score
    catalog_strict: Score
    generic_strict: Score
    claims: Score
    field_hits: Counter[str] = field(default_factory=Counter)
    field_totals: Counter[str] = field(default_factory=Counter)
    mismatches: list[str] = field(default_factory=list)

    def format_table(self) -> str:
        """A plain-text table for the CLI."""
        rows = [f"{'code':<40}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"]
        named = [
            *sorted(self.per_code.items()),
            ("catalog", self.catalog),
            ("generic", self.generic),
            ("overall", self.overall),
            ("catalog (all fields)", self.catalog_strict),
            ("generic (all fields)", self.generic_strict),
            ("claims", self.claims),
        ]
        for name, s in named:
            rows.append(
                f"{name:<40}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
            )
        rows.append("")
        rows.extend(
            f"field {name:<34}{self.field_hits[name]:>5}/{self.field_totals[name]:<5}"
            for name in FIELDS
            if self.field_totals[name]
        )
        return "\n".join(rows)


def load_dataset(dataset: Path | None = None) -> list[dict[str, Any]]:
    """The labelled records (one JSON object a line); the packaged set by default."""
    if dataset is None:
        raw = resources.files(__package__).joinpath("eval/labelled.jsonl").read_text(encoding="utf-8")
    else:
        raw = dataset.read_text(encoding="utf-8")
    return [json.loads(line) for line in raw.splitlines() if line.strip()]


def run_record(record: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Extract one labelled record: indicators as JSON dicts, claims as {kind, text}."""
    body = normalize(record["text"]).text
    topic = Topic(record["topic"]) if record.get("topic") else None
    province = ProvinceRef("", record["province"], "") if record.get("province") else None
    indicators, claims = extract(body, paragraph_spans(body, topic), province=province)
    return [indicator_to_json(i) for i in indicators], [{"kind": c.kind, "text": c.text} for c in claims]


def evaluate(dataset: Path | None = None) -> EvalReport:
    """Run the labelled set and score it."""
    counts: dict[str, Counter[str]] = {"tp": Counter(), "fp": Counter(), "fn": Counter(), "strict": Counter()}
    claims = Counter[str]()
    report_fields: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
    mismatches: list[str] = []
    for record in load_dataset(dataset):
        predicted, predicted_claims = run_record(record)
        _score_indicators(record, predicted, counts, report_fields, mismatches)
        _score_claims(record.get("claims", []), predicted_claims, claims, mismatches, record["id"])
    return _report(counts, claims, report_fields, mismatches)


def _key(ind: dict[str, Any]) -> tuple[str, float | None, str | None]:
    """Code, value and written unit; a change-only item (no value) is keyed by its change."""
    if ind["value"] is None:
        change = ind.get("change") or {}
        return ind["code"], None, f"{change.get('direction')} {change.get('value')} {change.get('unit')}"
    return ind["code"], round(float(ind["value"]), 4), ind["unit"]


def _score_indicators(
    record: dict[str, Any],
    predicted: list[dict[str, Any]],
    counts: dict[str, Counter[str]],
    fields: tuple[Counter[str], Counter[str]],
    mismatches: list[str],
) -> None:
    remaining = list(predicted)
    for label in record.get("indicators", []):
        match = next((p for p in remaining if _key(p) == _key(label)), None)
        if match is None:
            counts["fn"][label["code"]] += 1
            mismatches.append(f"{record['id']}: missed {_key(label)}")
            continue
        remaining.remove(match)
        counts["tp"][label["code"]] += 1
        wrong = [name for name in FIELDS if name in label and not same_field(name, label[name], match[name])]
        for name in FIELDS:
            if name in label:
                fields[1][name] += 1
                fields[0][name] += name not in wrong
        if wrong:
            mismatches.append(
                f"{record['id']}: {_key(label)} fields {wrong}: "
                + ", ".join(f"{n}={match[n]!r}" for n in wrong)
            )
        else:
            counts["strict"][label["code"]] += 1
    for extra in remaining:
        counts["fp"][extra["code"]] += 1
        mismatches.append(f"{record['id']}: spurious {_key(extra)} {extra['quote']!r}")


def same_field(name: str, expected: Any, actual: Any) -> bool:
    """Whether a predicted field matches its label (ranks and records as sets, values to 0.01)."""
    if name == "ranks":
        return sorted((r["scope"], r["position"]) for r in expected) == sorted(
            (r["scope"], r["position"]) for r in actual
        )
    if name == "record":
        return sorted(expected) == sorted(actual)
    if name == "change" and expected is not None and actual is not None:
        return all(expected[k] == actual.get(k) for k in expected)  # a label without basis ignores it
    if name == "previous_value":
        return (expected is None and actual is None) or (
            expected is not None and actual is not None and abs(expected - actual) < 0.01
        )
    return bool(expected == actual)


def _score_claims(
    labels: list[dict[str, str]],
    predicted: list[dict[str, str]],
    claims: Counter[str],
    mismatches: list[str],
    record_id: str,
) -> None:
    remaining = list(predicted)
    for label in labels:
        match = next(
            (
                p
                for p in remaining
                if p["kind"] == label["kind"] and (label["text"] in p["text"] or p["text"] in label["text"])
            ),
            None,
        )
        if match is None:
            claims["fn"] += 1
            mismatches.append(f"{record_id}: missed claim {label['text']!r}")
        else:
            claims["tp"] += 1
            remaining.remove(match)
    claims["fp"] += len(remaining)
    mismatches.extend(f"{record_id}: spurious claim {p['text']!r}" for p in remaining)


def _sum(counter: Counter[str], codes: Iterable[str]) -> int:
    return sum(counter[c] for c in codes)


def _report(
    counts: dict[str, Counter[str]],
    claims: Counter[str],
    fields: tuple[Counter[str], Counter[str]],
    mismatches: list[str],
) -> EvalReport:
    codes = set(counts["tp"]) | set(counts["fp"]) | set(counts["fn"])
    catalog = catalog_by_code()
    generic = {c for c in codes if c not in catalog or catalog[c].generic}
    named = codes - generic

    def group(selected: set[str], tp: str = "tp") -> Score:
        missed = _sum(counts["tp"], selected) - _sum(counts[tp], selected)
        return Score(
            _sum(counts[tp], selected),
            _sum(counts["fp"], selected) + missed,
            _sum(counts["fn"], selected) + missed,
        )

    return EvalReport(
        per_code={c: Score(counts["tp"][c], counts["fp"][c], counts["fn"][c]) for c in codes},
        catalog=group(named),
        generic=group(generic),
        overall=group(codes),
        catalog_strict=group(named, "strict"),
        generic_strict=group(generic, "strict"),
        claims=Score(claims["tp"], claims["fp"], claims["fn"]),
        field_hits=fields[0],
        field_totals=fields[1],
        mismatches=mismatches,
    )
