"""Hong Kong, Macau and Taiwan words for a comparison, read as the mainland's (same length).

按年 (year on year) is 同比 and 按月 (month on month) 环比 where a change follows
(按年上升2.1个百分点, 按年下跌15%, 按年持平): the rules that attach changes and read 同比持平
know the mainland words. 依次为 before a list of values (浓度依次为45、24微克/立方米) is 分别为,
the word the list rules read (依次为 before names stays: it orders a ranking). 每立方米23微克, the
unit written around the number as Hong Kong writes it, is 23微克每立方米.
"""

from __future__ import annotations

import re

_VERB = r"(?:上升|下降|下跌|上涨|增加|减少|增长|提高|降低|改善|恶化|持平|升|降|增|减|跌|涨)"
_SWAPS = (
    (re.compile(rf"按年(?=\s*(?:分别)?\s*{_VERB})"), "同比"),
    (re.compile(rf"按月(?=\s*(?:分别)?\s*{_VERB})"), "环比"),
    (re.compile(r"依次(?=[为是]\s*[:：]?\s*\d)"), "分别"),
)


_PER_CUBIC_FIRST_RE = re.compile(r"每立方米(\s?)(\d+(?:\.\d+)?)(\s?)微克")


def mainland_comparisons(text: str) -> str:
    """``text`` with 按年 / 按月 before a change read as 同比 / 环比, 依次为 before values as 分别为
    and 每立方米23微克 as 23微克每立方米 (same length, same offsets)."""
    if "每立方米" in text:
        text = _PER_CUBIC_FIRST_RE.sub(lambda m: f"{m.group(2)}{m.group(1)}{m.group(3)}微克每立方米", text)
    if "按" not in text and "依次" not in text:
        return text
    for pattern, word in _SWAPS:
        text = pattern.sub(word, text)
    return text
