"""Changes that belong to figures stated before them: listed under words that point back, or
broken off their figure by a paragraph break.

…SO2、NO2、PM10、PM2.5浓度分别为6、21、40、19微克/立方米，CO…为0.9毫克/立方米，臭氧…为
150微克/立方米；这6项指标同比分别下降14.3%、8.7%、11.1%、9.5%、10.0%、6.3%: the list's words
(这6项指标, 上述指标, 以上各项) name no indicator, but they say the changes are those of the figures
just stated, one each, in order. The sentence break (；) keeps the sentence's own rules from
seeing them, so this runs on the passage's items.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Indicator

_COUNT = r"\d{1,2}|[两二三四五六七八九十]{1,2}"
# 这6项指标 / 上述六项污染物 / 以上各项指标 / 这些指标 / 上述数据, then the comparison and 分别
_BACK_REFERENCE_RE = re.compile(
    rf"(?:这|上述|以上|前述|此)\s*(?:(?P<n>{_COUNT})\s*(?:项|个|种)|各项|些)?\s*"
    r"(?:主要)?(?:指标|污染物|监测指标|数据|浓度|数值)?(?:均值|浓度)?"
    r"[^，,。；;\d]{0,16}?分别"
)
_CHINESE_DIGITS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _stated_count(n: str | None) -> int | None:
    """The number of figures the words point back at (6, 六), or None when they do not say."""
    if n is None:
        return None
    if n.isdigit():
        return int(n)
    return _CHINESE_DIGITS.get(n) if len(n) == 1 else None


def give_back_listed_changes(indicators: list[Indicator], text: str) -> list[Indicator]:
    """A run of change-only items with no indicator of their own, listed under words pointing
    back (这6项指标…分别下降…), becomes the changes of the figures right before it: as many
    figures as changes, none of them with a change yet, and as many as the words say when they
    say a number. Anything else is left as it is."""
    out = list(indicators)
    i = 0
    while i < len(out):
        run = _generic_change_run(out, i)
        if len(run) < 2:
            i += 1
            continue
        pointed = _BACK_REFERENCE_RE.match(text, run[0].start)
        stated = _stated_count(pointed.group("n")) if pointed is not None else None
        before = out[max(i - len(run), 0) : i]
        if (
            pointed is not None
            and stated in (None, len(run))
            and len(before) == len(run)
            and all(f.value is not None and f.change is None and f.code != "count" for f in before)
            and _same_paragraph(text, before[0].start, run[0].start)
        ):
            for k, change in enumerate(run):
                out[i - len(run) + k] = replace(before[k], change=change.change)
            del out[i : i + len(run)]
            continue
        i += len(run)
    return out


def _generic_change_run(out: list[Indicator], i: int) -> list[Indicator]:
    """The change-only items of one list with no indicator of their own, starting at ``i``."""
    run: list[Indicator] = []
    for k in range(i, len(out)):
        if not out[k].is_change_only or out[k].code != "change" or (run and out[k].start != run[0].start):
            break
        run.append(out[k])
    return run


def _same_paragraph(text: str, start: int, end: int) -> bool:
    """Whether no line break stands between ``start`` and ``end``."""
    return "\n" not in text[start:end]


_LINE_END_RE = re.compile(r"\s*[。.；;]?[ \t\u3000]*(?:\n[ \t\u3000]*)+$")
_CLAUSE_BREAKS = "，,；;。"


def join_broken_off_changes(indicators: list[Indicator], text: str) -> list[Indicator]:
    """…优良率达到95.1%。¶同比提高了0.8个百分点，…: a change-only item with no indicator of its
    own that opens a paragraph goes to the percentage the paragraph before ended on, when that
    figure has no change yet (a page broke one sentence into two paragraphs)."""
    out = list(indicators)
    dropped: set[int] = set()
    for i, change in enumerate(out):
        if i == 0 or not change.is_change_only or change.code != "change" or change.change is None:
            continue
        line = text.rfind("\n", 0, change.start) + 1
        opening = text[line : change.start]
        if line == 0 or any(ch in opening for ch in _CLAUSE_BREAKS) or re.search(r"\d", opening):
            continue
        figure = out[i - 1]
        if (
            i - 1 in dropped
            or figure.is_change_only
            or figure.change is not None
            or figure.unit_base != "%"
            or change.change.unit != "percentage_point"
            or not _LINE_END_RE.fullmatch(text[figure.end : line])
        ):
            continue
        out[i - 1] = replace(figure, change=change.change)
        dropped.add(i)
    return [ind for k, ind in enumerate(out) if k not in dropped]
