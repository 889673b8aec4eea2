"""Spaces inside words and numbers of prose (PDF text layers, padded noise): ``平均浓 度``,
``同比上 升``, ``百分 点``, ``微 克``, and a joined line break inside a number (``下降1⏎7.5%``).
Every rule reads words and numbers whole, so a prose line loses those spaces, and the text keeps
a map back to its own offsets.

Spaces go only on prose lines (a line with a comma, an enumeration comma or a full stop): in a
table row or a heading, a space between two words is a column or a layout and stays. Between two
digits only a line break the passage joined (``passage.soft_breaks``) goes, on any line, and only
after a word or a range's dash (为2⏎7微克, 18-3⏎6微克, not a dateline's 2022-03-01⏎1-2月): a space
there may separate two numbers. A joined break also goes after a dateline's dash (2016-05-⏎17), a
closing bracket or a Latin word before a Chinese one (县(市、区)⏎为, II⏎级), and inside a quote's
marks (“⏎良”).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from scrapers.extract.passage_context import NUMBERED_RE

# A space after a Chinese character or a comma-like mark, before a Chinese character, a mark or a
# digit (平均浓 度, 立方米, 同比, 为 183), or after a digit before a Chinese character (第 3 名).
# After a figure's % or a closing bracket a space may be all that ends a sentence; two Latin words
# or two numbers keep theirs.
_HAN = "\u4e00-\u9fff"
_MARK = ",，。；;、:：(（"
# A water class's numeral counts as a word (差 Ⅴ类, Ⅰ -Ⅲ类: a joined line break inside the name),
# and so does a quote's mark (较“十二五 ”末).
_CLASS = "\u2160-\u216b"
_INWORD_SPACE_RE = re.compile(
    rf"(?<=[{_HAN}{_MARK}{_CLASS}“‘「])[ \t\u3000]+(?=[{_HAN}{_MARK}%)）\d{_CLASS}”’」])"
    rf"|(?<=[{_CLASS}])[ \t\u3000]+(?=[-~～—－][ \t\u3000]*[{_CLASS}])"
    # 微克/ 立方米, μg/ m3: a unit cut after its slash
    r"|(?<=[克gG]/)[ \t\u3000]+(?=立方米|m)"
    r"|(?<=[gG]/m)[ \t\u3000]+(?=3(?![\d.]))"  # mg/m 3: the cube cut from its metre
    rf"|(?<=\d)[ \t\u3000]+(?=[{_HAN}])"
)
_NUMBER_BREAK_RE = re.compile(r"(?<=\d)[ \t]+(?=[\d%]|[-/]\d)")
# 覆盖率达37. 995% / 绿化率40. 9%: a space after a figure's decimal point, before its unit
_DECIMAL_UNIT = r"(?=\d+\s*(?:%|％|‰|个百分点|微克|毫克|μg|ug|万|亿))"
_DECIMAL_SPACE_RE = re.compile(
    rf"(?:(?<=[{_HAN}]\d\.)|(?<=[{_HAN}]\d\d\.)|(?<=[{_HAN}]\d\d\d\.))[ \t\u3000]+{_DECIMAL_UNIT}"
)
# The number cut by a joined line break follows a word (为2⏎7微克), not a date (2022-03-01⏎1-2月).
# 为9⏎4.3% / 、9⏎4.3% / 上升-1⏎2.5% (a signed change)
# (占比 8⏎7.6%: a space a page set between the word and the number)
# 范围为18-3⏎6微克 / 12.5%~8⏎6.4%: the second end of a range, after the first and its dash (a
# dateline's 2021-09-26⏎2020年 is no range: no word before its first number)
_NUMBER_AFTER_WORD_RE = re.compile(
    r"(?:[\u4e00-\u9fff、，,：:（(][ \u3000]?[-−+]?|[\u4e00-\u9fff]\d+(?:\.\d+)?%?[-~～—－])\d+(?:\.\d*)?$"
)
# A date cut before its dash (2019-08⏎-06, 2021⏎-07-13: the dateline that dates the page)
_DATE_CUT_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:[-/]\d{1,2})?$")
# 2016-05-⏎17: a dateline cut right after its second dash
_DATE_DASH_BREAK_RE = re.compile(
    r"(?:(?<=(?:19|20)\d\d-\d-)|(?<=(?:19|20)\d\d-\d\d-)|(?<=(?:19|20)\d\d/\d/)|(?<=(?:19|20)\d\d/\d\d/))"
    r"[ \t]+(?=\d)"
)
# 最大的县(市、区)⏎为甲区: a joined line break after a closing bracket, inside a sentence (a
# space a page set there may end one, so only a break the passage joined goes)
# 达到II⏎级 / “⏎良” / “良好⏎” / 为⏎-3.9%: after a Latin word before a Chinese one, inside a
# quote's marks, before a signed number
_JOINED_BREAK_RE = re.compile(
    r"(?<=[)）A-Za-z])[ \t]+(?=[\u4e00-\u9fff])|(?<=[“‘「《])[ \t]+|[ \t]+(?=[”’」》])"
    r"|(?<=[\u4e00-\u9fff])[ \t]+(?=[-−+]\d)"  # 变化率为⏎-3.9%: before a signed number
)
_PROSE_RE = re.compile(r"[,，、。;；]")
# 县(市、区) / (一、二类): a bracket's enumeration comma makes no line prose (a table's header)
_BRACKETED_RE = re.compile(r"[(（][^()（）\n]{0,12}[)）]")
_LINE_RE = re.compile(r"[^\n]*\n?")


@dataclass(frozen=True, slots=True)
class CompactText:
    """Text without in-word spaces, and for each of its characters the offset it had before."""

    text: str
    offsets: tuple[int, ...]
    changed: bool

    def project(self, source: str) -> str:
        """``source`` (as long as the text this was made from) with the same characters dropped."""
        return "".join(source[i] for i in self.offsets) if self.changed else source

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """A [start, end) span of ``text`` as the span of the text it was made from."""
        if not self.changed:
            return (start, end)
        if start >= end:
            return (0, 0)
        return (self.offsets[start], self.offsets[end - 1] + 1)


def drop_inword_spaces(text: str, joined: Collection[int] = ()) -> CompactText:
    """``text`` with the spaces between two Chinese characters of a prose line removed, and those
    between two digits where they hold a ``joined`` line break (an offset of ``text``)."""
    if _INWORD_SPACE_RE.search(text) is None and _DECIMAL_SPACE_RE.search(text) is None and not joined:
        return CompactText(text, (), changed=False)
    pieces: list[str] = []
    offsets: list[int] = []
    for line in _LINE_RE.finditer(text):
        if not line.group():
            continue
        base = line.start()
        # (一)空气质量状 况: a numbered heading's words are read whole too
        prose = _PROSE_RE.search(_BRACKETED_RE.sub("", line.group())) is not None or (
            NUMBERED_RE.match(line.group()) is not None
        )
        gaps = _gaps(text, base, line.end(), joined, words=prose)
        if not gaps:
            pieces.append(line.group())
            offsets.extend(range(base, line.end()))
            continue
        pos = base
        for m in gaps:
            pieces.append(text[pos : m.start()])
            offsets.extend(range(pos, m.start()))
            pos = m.end()
        pieces.append(text[pos : line.end()])
        offsets.extend(range(pos, line.end()))
    return CompactText("".join(pieces), tuple(offsets), changed=True)


def _holds(m: re.Match[str], joined: Collection[int]) -> bool:
    """Whether the space ``m`` holds a joined line break (a line the passage knows runs on)."""
    return any(j in joined for j in range(m.start(), m.end()))


def _gaps(
    text: str, start: int, end: int, joined: Collection[int], words: bool = True
) -> list[re.Match[str]]:
    """The spaces to drop in ``text[start:end]``, in order: in-word spaces (``words``), spaces after
    a figure's decimal point and joined line breaks inside a number."""
    gaps = list(_INWORD_SPACE_RE.finditer(text, start, end)) if words else []
    gaps += _DECIMAL_SPACE_RE.finditer(text, start, end)
    if joined:
        gaps += [
            m
            for m in _NUMBER_BREAK_RE.finditer(text, start, end)
            if _holds(m, joined)
            and (_DATE_CUT_RE if text[m.end()] in "-/" else _NUMBER_AFTER_WORD_RE).search(
                text, max(start, m.start() - 16), m.start()
            )
        ]
        gaps += [m for m in _DATE_DASH_BREAK_RE.finditer(text, start, end) if _holds(m, joined)]
        gaps += [m for m in _JOINED_BREAK_RE.finditer(text, start, end) if _holds(m, joined)]
    gaps.sort(key=lambda m: m.start())
    return gaps
