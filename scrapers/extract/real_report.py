"""The report of a real-set evaluation: tallies per code and script, generic recall, misses by cause.

Two breakdowns of the catalog errors are kept. ``causes`` says what was wrong with the closest
prediction (no year, wrong code, no change, wrong value, missing); ``kinds`` says which of the
phenomena of real text the error belongs to:

- *change-only dropped*: an item with ``value`` null (PM2.5浓度同比下降3.4%) was not produced;
- *relative change lost*: the figure was found under its code but its % change was not;
- *point change lost*: the same for a change in 个百分点;
- *subject from context*: the figure came out under another code, with another value, or not at all;
- *false positive*: a catalog figure the passage does not have (confused water bodies, a
  class-Ⅱ share read as better-than-Ⅱ …);
- *year*: everything right but the year.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from scrapers.extract.evaluate import Score

CAUSES = ("no year", "counted once", "wrong code", "no change", "wrong value", "missing")
KINDS = (
    "change-only dropped",
    "relative change lost",
    "point change lost",
    "subject from context",
    "false positive",
    "year",
    "counted once",
)


@dataclass(slots=True)
class Tally:
    """Counts for one group (a code, a script, overall)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def score(self) -> Score:
        return Score(self.tp, self.fp, self.fn)


def miss_kind(cause: str, value_is_null: bool, change_unit: str | None) -> str:
    """Issue 23's kind of a missed catalog item, from its cause and what was expected."""
    if cause == "counted once":
        return cause  # 甲和乙…均为100%: the figure was read, once, for two labelled items
    if value_is_null:
        return "change-only dropped"
    if cause == "no change":
        return "point change lost" if change_unit == "percentage_point" else "relative change lost"
    return "year" if cause == "no year" else "subject from context"


@dataclass(slots=True)
class RealReport:
    """Catalog P/R/F1 per code and script, generic recall per script, misses by cause."""

    per_code: dict[str, Tally] = field(default_factory=dict)
    per_script: dict[str, Tally] = field(default_factory=dict)
    generic: dict[str, Tally] = field(default_factory=dict)
    extra: dict[str, Tally] = field(default_factory=dict)  # codes added for analysts, same rule
    causes: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def tally(self, table: dict[str, Tally], key: str) -> Tally:
        return table.setdefault(key, Tally())

    def catalog(self, script: str | None = None) -> Score:
        """Catalog score of one script, or of all."""
        picked = [t for s, t in self.per_script.items() if script in (None, s)]
        return Score(sum(t.tp for t in picked), sum(t.fp for t in picked), sum(t.fn for t in picked))

    def generic_recall(self, script: str | None = None) -> float:
        """Share of generic quantities found by value_base, in one script or all."""
        picked = [t for s, t in self.generic.items() if script in (None, s)]
        found, total = sum(t.tp for t in picked), sum(t.tp + t.fn for t in picked)
        return found / total if total else 1.0

    def format_table(self) -> str:
        """The plain-text report ``eval --set`` prints."""
        head = f"{'code':<40}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"
        rows = [head]
        rows.extend(_row(name, t.score()) for name, t in sorted(self.per_code.items()))
        rows.append("")
        rows.extend(_row(f"catalog {script}", self.catalog(script)) for script in sorted(self.per_script))
        rows.append(_row("catalog overall", self.catalog()))
        rows.append("")
        for script in sorted(self.generic):
            t = self.generic[script]
            rows.append(
                f"generic recall {script:<25}{t.tp:>5}/{t.tp + t.fn:<5}{self.generic_recall(script):>8.3f}"
            )
        rows.append(f"generic recall {'overall':<31}{self.generic_recall():>8.3f}")
        rows.append("")
        rows.append("catalog misses by cause: " + ", ".join(f"{c} {self.causes[c]}" for c in CAUSES))
        rows.append("catalog errors by kind: " + ", ".join(f"{k} {self.kinds[k]}" for k in KINDS))
        if self.extra:
            rows.append("")
            rows.append("codes added for analysts (not in the issue's catalog score), same rule:")
            rows.extend(_row(name, t.score()) for name, t in sorted(self.extra.items()))
        return "\n".join(rows)


def _row(name: str, s: Score) -> str:
    return f"{name:<40}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
