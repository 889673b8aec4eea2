"""Numbers in lists: bare numbers sharing the unit written after the last (30、45、150微克/立方米),
changes listed after one verb (分别下降21.5%、18.2%和16.0%), and which numbers are figures at all
(not ordinals, not the far end of a range)."""

from __future__ import annotations

import re

from scrapers.extract.mention import Mention
from scrapers.extract.numbers import parse_number
from scrapers.extract.segments import Segment, inside

AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def number_allowed(text: str, start: int, raw: str) -> bool:
    before = text[max(start - 1, 0) : start] if start else ""
    if before == "第" or text[max(start - 3, 0) : start].rstrip()[-1:] in ("-", "～", "~", "—"):
        return False  # ordinals and the far end of ranges (46 ~ 104)
    if before == "至" and text[max(start - 2, 0) : start - 1].isdigit():
        return False  # 5至10个, but not 降至17.6
    if raw[0].isdigit():
        return not (before and (before.isascii() and (before.isalnum() or before == ".")))
    has_digit = any(ch in "一二两三四五六七八九十" for ch in raw)
    return has_digit and not (before and before in "万千百十统唯第周星")


_LIST_JOIN_RE = re.compile(r"\s*[、和及与]\s*")


# 目标2030年降至10μg/m3、2035年降至8μg/m3: a list member after a target, with its own year.
_TARGET_LIST_JOIN_RE = re.compile(
    r"\s*[、和及]\s*[^，,。；;！？\n\d]{0,4}(?:\d{4}\s*年)?[^，,。；;！？\n\d]{0,6}"
)


def continued_changes(text: str, mentions: list[Mention]) -> list[Mention]:
    """分别下降21.5%、18.2%和16.0%: the members of a list of changes are changes too; the next
    member of a list of targets (…目标2030年降至10μg/m3、2035年降至8μg/m3) is a target too."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.role == "level" and m.unit == prev.unit:
            if prev.role == "change" and _LIST_JOIN_RE.fullmatch(text, prev.end, m.start):
                m = Mention(
                    m.start, m.end, m.value, m.multiplier, m.unit, "change", prev.direction, prev.judged
                )
            elif prev.role == "target" and _TARGET_LIST_JOIN_RE.fullmatch(text, prev.end, m.start):
                m = Mention(m.start, m.end, m.value, m.multiplier, m.unit, "target")
        out.append(m)
    return out


def list_siblings(text: str, mention: Mention, floor: int, quotes: list[Segment]) -> list[Mention]:
    """30、45、150微克/立方米: the bare numbers before a unit share it."""
    siblings: list[Mention] = []
    cursor = mention.start
    pattern = re.compile(rf"(?:{AR})\s*[、和及与]\s*$")
    while True:
        m = pattern.search(text, max(cursor - 24, floor), cursor)
        if m is None or inside(m.start(), quotes) or not number_allowed(text, m.start(), m.group()):
            break
        raw = re.match(AR, m.group())
        value = parse_number(raw.group()) if raw else None
        if raw is None or value is None:
            break
        end = m.start() + len(raw.group())
        siblings.insert(
            0,
            Mention(
                m.start(),
                end,
                value,
                mention.multiplier,
                mention.unit,
                mention.role,
                mention.direction,
                mention.judged,
            ),
        )
        cursor = m.start()
    return siblings
