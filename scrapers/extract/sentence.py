"""One sentence of an answer span as the indicator rules see it: its clauses, the place and the
year a figure at a position holds for, and which figures a qualifier at a position belongs to."""

from __future__ import annotations

from functools import cached_property

from models.records import Indicator, TextSpan
from scrapers.extract.context import find_region, leading_region
from scrapers.extract.segments import Segment, clauses
from scrapers.extract.years import YearIndex, relative_year

Years = tuple[YearIndex, int | None, bool]  # the span's stated years, its fallback, from a date?


class Sentence:
    """One sentence's text, clauses, province and fallback year."""

    def __init__(
        self, text: str, seg: Segment, full: Segment, span: TextSpan, province: str | None, years: Years
    ):
        self.text, self.seg, self.full, self.span = text, seg, full, span
        self.province, self.years = province, years

    @cached_property
    def clauses(self) -> list[Segment]:
        """The sentence's clauses (split on first use: most sentences hold no figure)."""
        return clauses(self.text, self.seg)

    @cached_property
    def full_clauses(self) -> list[Segment]:
        """The clauses of the whole sentence up to its full stop."""
        return clauses(self.text, self.full) if self.full != self.seg else self.clauses

    def clause_of(self, pos: int) -> Segment:
        return next((c for c in self.clauses if c.start <= pos < c.end), Segment(pos, pos))

    def region(self, pos: int) -> str | None:
        """A place named in the figure's own clause, else one opening an earlier clause."""
        clause = self.clause_of(pos)
        found = find_region(self.text, clause.start, pos, None)
        earlier = [c for c in self.full_clauses if c.end <= clause.start]
        for c in reversed(earlier):
            if found is not None:
                break
            found = leading_region(self.text, c.start, c.end, None)
        if found in ("全省", "省内") or (found == "全市" and (self.province or "").endswith("市")):
            return self.province or found
        return found or self.province

    def year(self, pos: int) -> int | None:
        """The last year stated earlier in the answer span, else the span's fallback year (a
        dateline's year moved back for 去年)."""
        stated = self.years[0].last_before(self.span.start, pos)
        dated = self.years[0].last_is_date(pos) if stated is not None else self.years[2]
        year = stated if stated is not None else self.years[1]
        if year is not None and dated:
            return relative_year(self.text[self.full.start : pos], year)
        return year

    def previous_clause(self, clause: Segment) -> str:
        before = [c for c in self.clauses if c.end <= clause.start]
        return self.text[before[-1].start : before[-1].end] if before else ""


def qualified(s: Sentence, pos: int, end: int, drafts: list[Indicator], cover: int = 0) -> list[int]:
    """Indexes of the drafts a modifier at [pos, end) qualifies."""
    if cover > 1:
        before = [i for i, d in enumerate(drafts) if d.end <= pos]
        return before[-cover:]
    clause = s.clause_of(pos)
    around = [i for i, d in enumerate(drafts) if d.start <= pos and end <= d.end]
    own_before = [i for i, d in enumerate(drafts) if clause.start <= d.start and d.end <= pos]
    own_after = [i for i, d in enumerate(drafts) if end <= d.start < clause.end]
    before = [i for i, d in enumerate(drafts) if d.end <= pos]
    after = [i for i, d in enumerate(drafts) if d.start >= end]
    for choice in (around[:1], own_before[-1:], own_after[:1], before[-1:], after[:1]):
        if choice:
            return choice
    return []
