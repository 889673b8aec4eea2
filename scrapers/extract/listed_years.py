"""Values listed over years: 2013-2017年，北京市空气重污染天数分别为58、47、46、39、23天 and
2019、2020、2021年…分别为… give each value its own year, in order."""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Indicator
from scrapers.extract.sentence import Sentence

# 2013-2017年，…分别为58、47、46、39、23天 / 2019、2020、2021年分别为…: a list over the years.
_YEAR_RANGE_RE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年")
_YEAR_LIST_RE = re.compile(r"(?:(?:19|20)\d{2}\s*年?\s*[、和及]\s*)+(?:19|20)\d{2}\s*年")


def listed_years(s: Sentence, drafts: list[Indicator]) -> list[Indicator]:
    """Values listed after 分别 in a sentence that opens with as many years (a range or a list):
    one year each, in order."""
    for m in re.finditer("分别", s.text[s.seg.start : s.seg.end]):
        pos = s.seg.start + m.start()
        stop = s.text.find("分别", pos + 2, s.seg.end)
        listed = [j for j, d in enumerate(drafts) if pos < d.end <= (stop if stop >= 0 else s.seg.end)]
        listed = [j for j in listed if drafts[j].code != "count" and drafts[j].value is not None]
        years = _years_before(s.text, s.full.start, pos)
        if len(listed) >= 2 and len(years) == len(listed):
            for j, year in zip(listed, years, strict=True):
                drafts[j] = replace(drafts[j], year=year)
    return drafts


# 2022年和2023年…达标率均为100%: one value both years reached
_BOTH_YEARS_RE = re.compile(
    r"\s*[，,]?(?:PM\s*2\.5|PM\s*10|[^，,。；;！？\n\d]){0,40}?均(?:为|达到?|保持在?|是)?\s*\d"
)


def each_listed_year(s: Sentence, drafts: list[Indicator]) -> list[Indicator]:
    """A single value that a clause opening with a list of years says each of them reached (均)
    is a figure of each year (not a 分别 list: one value)."""
    out: list[Indicator] = []
    for d in drafts:
        out.append(d)
        if d.value is None or d.code == "count" or "分别" in s.text[s.full.start : d.start]:
            continue
        years = next(reversed(list(_YEAR_LIST_RE.finditer(s.text, s.full.start, d.end))), None)
        both = _BOTH_YEARS_RE.match(s.text, years.end(), d.end) if years is not None else None
        if years is None or both is None or both.end() <= d.start:
            continue  # (the 均 must be this figure's, its value the number the words run into)
        listed = [int(y) for y in re.findall(r"(?:19|20)\d{2}", years.group())]
        out.pop()
        out.extend(replace(d, year=y) for y in listed)
    return out


def _years_before(text: str, start: int, pos: int) -> list[int]:
    """The years a range or list of years last written before ``pos`` covers (none when a single
    year is written after it)."""
    found: list[int] = []
    end = start
    for m in _YEAR_RANGE_RE.finditer(text, start, pos):
        first, last = int(m.group(1)), int(m.group(2))
        found, end = (list(range(first, last + 1)) if 0 < last - first <= 30 else []), m.end()
    for m in _YEAR_LIST_RE.finditer(text, start, pos):
        if m.end() > end:
            found, end = [int(y) for y in re.findall(r"(?:19|20)\d{2}", m.group())], m.end()
    if re.search(r"(?:19|20)\d{2}\s*年", text[end:pos]):
        return []  # a year of its own after the range: the list is about that year
    return found
