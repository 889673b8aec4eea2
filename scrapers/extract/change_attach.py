"""Changes attached to figures: relative (同比上升4.6个百分点), listed after 分别, named again in a
later clause, or absolute in the figure's unit; a change with no figure becomes a ``change`` item."""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Change, Indicator
from scrapers.extract import changes, subjects
from scrapers.extract import respectively as respectively_
from scrapers.extract.catalog import codes_of_changed_subject, higher_is_better, match_code
from scrapers.extract.numbers import UNITS
from scrapers.extract.quantities import Mention
from scrapers.extract.sentence import Sentence, qualified

_SUBJECT_TAIL_RE = re.compile(r"(?:水质断面)?(?:比例|比率|占比|占|为|达到|达|平均浓度|浓度)+$")


def spread_respective_changes(
    s: Sentence, mentions: list[Mention], drafts: list[Indicator], orphans: list[Indicator]
) -> list[Mention]:
    """同比分别上升8.4个百分点、8.8个百分点 / 分别下降9.9%、4.3%: the changes listed after a
    分别 go, in order, to the figures before it that have no change yet; with no such figures,
    each listed subject gets its change as an item (added to ``orphans``). Returns those used."""
    used: list[Mention] = []
    for r in (m.start() for m in re.finditer("分别", s.text[s.seg.start : s.seg.end])):
        pos = s.seg.start + r
        listed = _change_list_after(s, mentions, pos)
        open_ = [i for i, d in enumerate(drafts) if d.end <= pos and d.change is None]
        if len(listed) >= 2 and len(open_) < len(listed):
            used.extend(_listed_change_items(s, listed, pos, orphans))
            continue
        if len(listed) < 2:
            continue
        direction = next((m.direction for m in listed if m.direction), None)
        basis = _basis(s, listed[0].start)
        for i, m in zip(open_[-len(listed) :], listed, strict=True):
            change = _change_of(m, direction, basis, drafts[i].code)
            drafts[i] = replace(drafts[i], change=change, previous_value=_previous(drafts[i], change))
        used.extend(listed)
    return used


def _listed_change_items(
    s: Sentence, listed: list[Mention], pos: int, orphans: list[Indicator]
) -> list[Mention]:
    """城区绿化覆盖率、山区森林覆盖率…分别提高3.78、5.4和2.3个百分点: one change item per subject."""
    members = respectively_.members_before(s.text, s.seg.start, pos)
    if len(members) != len(listed):
        return []
    direction = next((m.direction for m in listed if m.direction), None)
    basis = _basis(s, listed[0].start)
    start = pos - len("、".join(members))
    for member, m in zip(members, listed, strict=True):
        change = _change_of(m, direction, basis, _subject_code(member))
        orphans.append(_change_item(s, m, change, member.strip(), max(start, s.seg.start)))
    return listed


def _change_list_after(s: Sentence, mentions: list[Mention], pos: int) -> list[Mention]:
    """The run of change mentions right after ``pos`` (no level figure between them)."""
    listed: list[Mention] = []
    for m in mentions:
        if m.start < pos:
            continue
        if m.role != "change" or m.unit not in ("%", "pp"):
            break
        listed.append(m)
    return listed


def _change_of(
    m: Mention, direction: str | None = None, basis: str | None = None, code: str | None = None
) -> Change:
    """The change a mention states, pointing the way its verb means for the figure ``code``."""
    return Change(
        direction=oriented(m.direction or direction or "up", m.judged, code),
        value=float(m.value),
        unit="percentage_point" if m.unit == "pp" else "percent",
        basis=basis,
    )


def oriented(direction: str, judged: bool, code: str | None) -> str:
    """改善 is a fall of a concentration but a rise of a good-days ratio: a judged direction
    (``Mention.judged``) turns round on a higher-is-better figure."""
    if judged and code is not None and higher_is_better(code):
        return "down" if direction == "up" else "up"
    return direction


def _subject_code(subject: str) -> str | None:
    codes = codes_of_changed_subject(subject)
    return codes[0] if len(codes) == 1 else None


def _basis(s: Sentence, pos: int) -> str | None:
    """The change's basis from its own clause, else from the sentence before it (与去年同期相比，…)."""
    year = s.year(pos)
    clause = s.clause_of(pos)
    return changes.basis(s.text, clause.start, pos, year) or changes.basis(s.text, s.full.start, pos, year)


def _named_target(s: Sentence, m: Mention, drafts: list[Indicator]) -> int | None:
    """与2015年相比，Ⅳ至Ⅴ类水质断面比例下降6.6个百分点: the earlier figure of the sentence whose
    subject the change's own clause names again."""
    clause = s.clause_of(m.start)
    subject, _ = subjects.subject_before(s.text, clause.start, m.start)
    key = _SUBJECT_TAIL_RE.sub("", subject)
    if len(key) < 3:
        return None
    named = [
        i for i, d in enumerate(drafts) if d.end <= m.start and _SUBJECT_TAIL_RE.sub("", d.subject) == key
    ]
    return named[-1] if named else None


def attach_change(s: Sentence, m: Mention, drafts: list[Indicator]) -> list[Indicator]:
    basis = _basis(s, m.start)
    clause = s.clause_of(m.start)
    own_code = match_code(s.text[clause.start : m.start], "percent") or match_code(
        s.text[clause.start : m.start], "concentration"
    )
    named = _named_target(s, m, drafts)
    targets = [named] if named is not None else qualified(s, m.start, m.end, drafts, change=True)
    change = _change_of(m, basis=basis, code=drafts[targets[0]].code if targets else None)
    current = drafts[targets[0]].change if targets else None
    # one item carries one change: the year-on-year one wins over another period's (较2013年)
    free = current is None or (change.basis == "yoy" and current.basis not in ("yoy", None))
    if targets and free and own_code in (None, drafts[targets[0]].code):
        target = drafts[targets[0]]
        previous = target.previous_value if target.previous_value is not None else _previous(target, change)
        drafts[targets[0]] = replace(target, change=change, previous_value=previous)
        return []
    subject, start = subjects.subject_before(s.text, clause.start, m.start)
    change = _change_of(m, basis=basis, code=_subject_code(subject))
    return [_change_item(s, m, change, subject, start)]


def _change_item(s: Sentence, m: Mention, change: Change, subject: str, start: int) -> Indicator:
    """A change stated with no level beside it (code ``change``)."""
    return Indicator(
        code="change",
        subject=subject,
        value=float(m.value),
        unit=m.written_unit,
        value_base=float(m.value),
        unit_base="percentage_point" if m.unit == "pp" else "%",
        year=s.year(m.start),
        region=s.region(m.start),
        change=change,
        previous_value=None,
        ranks=(),
        record=(),
        streak_years=None,
        quote=s.text[start : m.end],
        start=start,
        end=m.end,
        q_no=s.span.q_no,
        point_no=s.span.point_no,
    )


def _previous(target: Indicator, change: Change) -> float | None:
    """91.7%, up 4.6 points -> 87.1; 30 μg/m³, down 6.3% -> 32.02."""
    sign = 1 if change.direction == "up" else -1
    if change.unit == "percentage_point":
        if target.unit != "%":
            return None
        return round(target.value - sign * change.value, 4)
    denominator = 1 + sign * change.value / 100
    return round(target.value / denominator, 2) if denominator > 0 else None


def attach_absolute(s: Sentence, m: Mention, drafts: list[Indicator]) -> None:
    """同比减少19天: an absolute change goes to its figure when that has no change yet."""
    targets = qualified(s, m.start, m.end, drafts, change=True)
    if targets and drafts[targets[0]].change is None and drafts[targets[0]].unit_base == UNITS[m.unit].base:
        target = drafts[targets[0]]
        direction = oriented(m.direction or "up", m.judged, target.code)
        drafts[targets[0]] = changes.absolute(target, direction, float(m.value), _basis(s, m.start))
