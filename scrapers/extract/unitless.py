"""Figures written without a unit after the number, where the words before them give it.

- 综合指数(平均)为4.12 / 综合指数最好的城市是甲市，为3.65: an index has no unit (never a
  percentage, a count or a concentration).
- 劣Ⅴ类断面比例为0，同比持平 / 重污染天数为0: a share or a count of days of nothing is often
  written as a bare 0.
- 综合指数 | 甲区(4.33)、乙区(4.20): a row of index values in brackets after their places.
"""

from __future__ import annotations

import re
from decimal import Decimal

from scrapers.extract.numbers import INDEX_UNIT, parse_number

_INDEX_RE = re.compile(
    r"(?:综合指数|综合[\u4e00-\u9fff]{2,6}?指数)[^。；;!?！？\n\d]{0,20}?(?:为|达到|达|是)\s*(?P<num>\d+(?:\.\d+)?)"
    r"(?!\s*(?:[\d.%‰]|个|分|微克|毫克|天|项|位|名|倍))"
)
# 综合指数 | 甲区(4.33)、乙区(4.20): index values in brackets after the places they are of.
_BRACKETED_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?P<num>\d+\.\d+)[)）]")
_INDEX_NAMED_RE = re.compile(r"综合指数")
_INDEX_REACH = 40
_ZERO_SHARE_RE = re.compile(r"(?:比例|比率|占比)\s*(?:为|是)\s*(?P<num>0)(?=\s*(?:[，,。；;]|$))")
# 张家口市重污染天数为0，同比减少1天: no days written as a bare 0.
_ZERO_DAYS_RE = re.compile(r"(?:天数|日数)\s*(?:为|是|均为)\s*(?P<num>0)(?=\s*(?:[，,。；;]|$))")


def numbers(text: str, start: int, end: int) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, unit) of every unitless figure in ``text[start:end]``."""
    out = []
    for pattern, unit in ((_INDEX_RE, INDEX_UNIT), (_ZERO_SHARE_RE, "%"), (_ZERO_DAYS_RE, "天")):
        for m in pattern.finditer(text, start, end):
            value = parse_number(m.group("num"))
            if value is not None:
                out.append((m.start("num"), m.end("num"), value, unit))
    for m in _BRACKETED_RE.finditer(text, start, end):
        named = _INDEX_NAMED_RE.search(text, max(m.start() - _INDEX_REACH, 0), m.start())
        value = parse_number(m.group("num"))
        if named is not None and value is not None and not any(o[0] == m.start("num") for o in out):
            out.append((m.start("num"), m.end("num"), value, INDEX_UNIT))
    return sorted(out)
