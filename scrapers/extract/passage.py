"""Passage-level repairs for free text (``extract_text``): PDF line breaks, restated figures,
changes stated in a later sentence than their figure.

Episode bodies are already paragraph-clean, so ``extract`` on an episode does not use these.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Indicator
from scrapers.extract.catalog import codes_of_changed_subject

# A line break inside a sentence (PDF text layers, 平均浓\n度, PM 2.5\n年均浓度): the line does not
# end a sentence or a heading and the next line goes on with a word, a digit or a closing mark.
_SOFT_BREAK_RE = re.compile(
    r"(?<=[\u4e00-\u9fff\dA-Za-z%、,，~～—\-])[ \t]*\n(?=[ \t]*[\u4e00-\u9fff\d%A-Za-z、,，)）])"
)
_HEADING_END = re.compile(
    r"(?:^|\n)[ \t]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、])[^\n]{0,20}$"
)


def join_soft_breaks(text: str) -> str:
    """``text`` with in-sentence line breaks turned into spaces (same length, same offsets)."""
    chars = list(text)
    for m in _SOFT_BREAK_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        if len(line.strip()) < 12 or _HEADING_END.search(text, line_start, m.start()):
            continue  # a heading or a short title line stays a paragraph of its own
        nl = text.index("\n", m.start())
        chars[nl] = " "
    return "".join(chars)


_NOT_MERGED = ("change", "count", "days", "share")


def merge_restatements(indicators: list[Indicator]) -> list[Indicator]:
    """Drop a catalog figure restated later in the passage (same code, value, unit, region, year
    and change). When the first statement has no change and the restatement has one (SO2为7…。
    与去年同期相比，SO2由9下降至7), the first takes it. Two versions of a figure that differ in
    their change (…比例为0.5%，同比下降0.1个百分点；其中重污染天数比例为0.5%) both stay; generic
    quantities and ranks are never merged."""
    first: dict[tuple[object, ...], int] = {}
    out: list[Indicator] = []
    for ind in indicators:
        key = (ind.code, ind.value, ind.unit, ind.region, ind.year)
        if ind.code in _NOT_MERGED or ind.unit == "rank":
            out.append(ind)
            continue
        kept = out[first[key]] if key in first else None
        if kept is not None and kept.change == ind.change:
            continue
        if kept is not None and kept.change is None:
            out[first[key]] = replace(kept, change=ind.change, previous_value=ind.previous_value)
            continue
        first.setdefault(key, len(out))
        out.append(ind)
    return out


_NEAR = 600  # a later change goes back at most this many characters to find its figure


def attach_later_changes(indicators: list[Indicator]) -> list[Indicator]:
    """森林覆盖率提高到21.63%。…森林覆盖率提高8.93个百分点: a level-less change naming one catalog
    code goes to the last earlier figure of that code nearby, when it has no change yet."""
    out: list[Indicator] = []
    last: dict[str, int] = {}
    for ind in indicators:
        codes = codes_of_changed_subject(ind.subject) if ind.code == "change" else []
        target = last.get(codes[0]) if len(codes) == 1 else None
        if (
            target is not None
            and out[target].change is None
            and ind.change is not None
            and ind.start - out[target].end < _NEAR
        ):
            out[target] = replace(out[target], change=ind.change)
            continue
        last[ind.code] = len(out)
        out.append(ind)
    return out
