"""One level said of several listed places, with a change for each.

全省11个中心城市、75个县(市、区)优良天数比率均为100%，同比分别提高0.3个百分点和0.8个百分点:
the groups share the level (均) and 分别 gives each its own change, so there is one figure per
change. The sentence's rules attach the first change to the level and leave the others as
change-only items; this pass turns each of those into the shared level with its change.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Indicator
from scrapers.extract.catalog import catalog_by_code
from scrapers.extract.passage import value_start

# 均为 / 均保持 / 均达到 / 均稳定在: the level is every listed member's
_SHARED_LEVEL_RE = re.compile(r"均(?:为|是|保持|达到?|稳定在|维持在)?\s*$")
# …100%，同比分别提高 / …100%，较上年同期分别上升: the changes are listed, one a member
_LISTED_CHANGES_RE = re.compile(
    r"\s*[，,]?\s*(?:同比|环比|(?:较|比|与)(?:上年|去年)(?:同期)?(?:相比)?)?\s*[，,]?\s*分别"
)
_MEMBER_SPLIT_RE = re.compile(r"、|和|及|与")
_MEASURE_END_RE = re.compile(r"(?:率|比例|比率|占比|浓度|指数|天数)$")
_SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")
_GENERIC_CHANGE = "change"


def spread_listed_changes(indicators: list[Indicator], text: str) -> list[Indicator]:
    """Each change-only item of a 分别 list that follows a level shared with 均 becomes that level
    with its own change (the level's first change stays its own). When the level was said of
    listed measures (达标率、优Ⅲ类比例均为100%, one figure each from ``spread_shared_values``), the
    k-th listed change is the k-th measure's instead."""
    entries = catalog_by_code()
    out = list(indicators)
    dropped: set[int] = set()
    for i, level in enumerate(out):
        entry = entries.get(level.code)
        if i in dropped or level.is_change_only or level.change is None or entry is None or entry.generic:
            continue
        members = _members_sharing(level, text)
        if members is None:
            continue
        group = [i]
        while group[-1] + 1 < len(out) and _same_statement(out[group[-1] + 1], level):
            group.append(group[-1] + 1)
        orphans = [k for k in _orphans_after(out, group[-1], level, text) if k not in dropped]
        if len(group) > 1:
            for figure, k in zip(group[1:], orphans, strict=False):
                out[figure] = replace(out[figure], change=out[k].change)
                dropped.add(k)
        elif not _all_measures(members):
            for k in orphans:
                out[k] = replace(
                    level, change=out[k].change, start=out[k].start, end=out[k].end, quote=out[k].quote
                )
    return [ind for k, ind in enumerate(out) if k not in dropped]


def _members_sharing(level: Indicator, text: str) -> list[str] | None:
    """What is listed before the 均 of a level a 分别 list of changes follows, or None."""
    value_at = value_start(level, text)
    if value_at is None:
        return None
    shared = _SHARED_LEVEL_RE.search(text, max(level.start, value_at - 8), value_at)
    if shared is None or _LISTED_CHANGES_RE.match(text, level.end) is None:
        return None
    clause_start = max(text.rfind(mark, 0, shared.start()) for mark in "，,。；;：:\n") + 1
    return [m.strip() for m in _MEMBER_SPLIT_RE.split(text[clause_start : shared.start()]) if m.strip()]


def _all_measures(members: list[str]) -> bool:
    """达标率、优Ⅲ类比例: a list of measures, not of places."""
    return len(members) >= 2 and all(_MEASURE_END_RE.search(m) for m in members)


def _same_statement(ind: Indicator, level: Indicator) -> bool:
    """A figure ``spread_shared_values`` made of the same words (another listed measure)."""
    return not ind.is_change_only and (ind.start, ind.end, ind.value) == (level.start, level.end, level.value)


def _orphans_after(out: list[Indicator], last: int, level: Indicator, text: str) -> list[int]:
    """The change-only items of the level's sentence after it that may be its changes."""
    end = _SENTENCE_END_RE.search(text, level.end)
    stop = end.start() if end is not None else len(text)
    found: list[int] = []
    for k in range(last + 1, len(out)):
        item = out[k]
        if item.start >= stop:
            break
        if item.is_change_only and item.code in (level.code, _GENERIC_CHANGE) and _same_unit(item, level):
            found.append(k)
    return found


def _same_unit(change: Indicator, level: Indicator) -> bool:
    """A change in points goes with a percentage, a relative one with any level."""
    if change.change is None:
        return False
    return change.change.unit != "percentage_point" or level.unit == "%"
