"""Clauses a page separated with spaces instead of punctuation, one character for one.

A bullet list flattened into one line, or a summary typed without marks, writes
``…浓度为33.1微克/立方米 较2020年改善12% 优良天数比率为84.1% …``: each clause is a figure and
the next starts after a space. Chinese text puts no space between clauses, so a space right after
a figure stated with its verb (为, 达, 降至, 提高…) and before the next word is a clause break; it
becomes ``，`` so that a change attaches to the figure before it and a subject does not run on
into the next clause; so does a space between a word and a year opening the next clause. A table row (甲市 35 40) has no verb before its values and is left as it is;
so is a space before a digit, a mark or a Latin letter.
"""

from __future__ import annotations

import re

_SPACED_BREAK_RE = re.compile(
    r"(?P<figure>(?:为|是|达|达到|至|到|提高|提升|下降|上升|改善|增加|减少|降低|升高)\s*\d+(?:\.\d+)?\s*"
    r"(?:%|％|个百分点|微克/立方米|μg/m3|μg/m³|天))"
    r"(?P<space>[ \t\u3000]+)(?=[\u4e00-\u9fff])(?![和及与或至到、])"  # (…下降16.9% 和14.1%: a list goes on)
)


# …无劣V类断面 2024年1月至9月 …: a space before a year that opens the next clause (not
# after a word that takes the year: 截至 2023年, 在 2024年, 从 2015年)
_SPACED_YEAR_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![至到在于从自止由较比与和及、])(?P<space>[ \t\u3000]+)(?=(?:19|20)\d{2}\s*年)"
)


def _comma(m: re.Match[str]) -> str:
    return m.group("figure") + "，" + m.group("space")[1:]


def _year_comma(m: re.Match[str]) -> str:
    return "，" + m.group("space")[1:]


def mark_spaced_clauses(text: str) -> str:
    """``text`` with each space that separates a stated figure from the next clause made a
    comma (same length), on the lines that run two such clauses or more together (a headline
    with one figure and its change, 优良天数比例86.1% 同比上升2.2个百分点, stays a headline)."""
    if " " not in text and "\t" not in text and "\u3000" not in text:
        return text
    return "".join(_marked(line) for line in text.splitlines(keepends=True))


def _marked(line: str) -> str:
    if len(_SPACED_BREAK_RE.findall(line)) < 2:
        return line
    return _SPACED_YEAR_RE.sub(_year_comma, _SPACED_BREAK_RE.sub(_comma, line))
