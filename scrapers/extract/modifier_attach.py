"""Ranks, records and streaks (``modifiers``) given to the figures of a sentence they qualify.

A rank or record goes to the figure ``sentence.qualified`` picks (a cover phrase, 两项指标稳居…,
hands it to that many figures); 连续N年 qualifies the figures of its clause, and a streak of
compliance (连续5年稳定达标) or one with no figure is an item of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Indicator
from scrapers.extract import subjects
from scrapers.extract.modifiers import Modifier
from scrapers.extract.sentence import Sentence, qualified

# 连续5年稳定达标: a streak of compliance is a figure of its own, beside any it qualifies.
_COMPLIANCE_AFTER_RE = re.compile(r"(?:稳定|全面|均|全部|持续)?(?:达标|达到国家二级标准)")


def attach_modifier(s: Sentence, mod: Modifier, drafts: list[Indicator]) -> list[Indicator]:
    if mod.kind == "streak":
        return _attach_streak(s, mod, drafts)
    for i in qualified(s, mod.pos, mod.end, drafts, mod.cover):
        d = drafts[i]
        if mod.rank is not None and mod.rank not in d.ranks:
            drafts[i] = replace(d, ranks=(*d.ranks, mod.rank))
        elif mod.record is not None and mod.record not in d.record:
            drafts[i] = replace(d, record=(*d.record, mod.record))
    return []


def _attach_streak(s: Sentence, mod: Modifier, drafts: list[Indicator]) -> list[Indicator]:
    clause = s.clause_of(mod.pos)
    own = [i for i, d in enumerate(drafts) if clause.start <= d.start < clause.end]
    own = own or [i for i, d in enumerate(drafts) if d.end <= mod.pos][-1:]
    for i in own:
        drafts[i] = replace(drafts[i], streak_years=mod.years)
    compliance = _COMPLIANCE_AFTER_RE.match(s.text, mod.end) is not None
    if (own and not compliance) or mod.years is None:
        return []
    subject, start = subjects.subject_before(s.text, clause.start, mod.pos)
    return [
        Indicator(
            code="compliance_streak_years" if compliance else "streak",
            subject=subject,
            value=float(mod.years),
            unit="年",
            value_base=float(mod.years),
            unit_base="years",
            year=s.year(mod.pos),
            region=s.region(mod.pos),
            change=None,
            previous_value=None,
            ranks=(),
            record=(),
            streak_years=mod.years,
            quote=s.text[start : mod.end],
            start=start,
            end=mod.end,
            q_no=s.span.q_no,
            point_no=s.span.point_no,
        )
    ]
