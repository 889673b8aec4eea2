"""Episode titles: 「厅局长请回答⑩ | 李军:推进美丽江西建设…」 and its variants; the question line's
label (问：, 记者：), which readers and the episode structure both look for.

Circled numerals come from three Unicode blocks (①–⑳, ㉑–㉟, ㊱–㊿); separators may be ASCII or
full-width (``|``/``｜``/``丨``, ``:``/``：``). Titles may be Traditional (廳局長請回答).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COLUMN_NAMES = ("厅局长请回答", "廳局長請回答")
# A question line opens with its asker's label: 问：, 记者：, 提问：, 主持人：, Q1：.
QUESTION_RE = re.compile(r"^(?:问|记者|提问|主持人|Q)\s*\d{0,2}\s*[:：]\s*")


def circled_to_int(char: str) -> int | None:
    """⑩ -> 10, ㉑ -> 21, ㊿ -> 50; anything else -> None."""
    cp = ord(char) if len(char) == 1 else -1
    if 0x2460 <= cp <= 0x2473:
        return cp - 0x2460 + 1
    if 0x3251 <= cp <= 0x325F:
        return cp - 0x3251 + 21
    if 0x32B1 <= cp <= 0x32BF:
        return cp - 0x32B1 + 36
    return None


_CIRCLED = "\u2460-\u2473\u3251-\u325f\u32b1-\u32bf"
_TITLE_RE = re.compile(
    rf"(?:厅局长请回答|廳局長請回答)\s*(?P<num>[{_CIRCLED}]|[（(]\s*\d{{1,3}}\s*[)）]|\d{{1,3}})"
    r"\s*(?:[|｜丨]\s*(?P<rest>.*))?$"
)
_SPEAKER_RE = re.compile(r"^(?P<name>[^:：|｜]{2,6})\s*[:：]\s*(?P<headline>.+)$")


@dataclass(frozen=True, slots=True)
class TitleInfo:
    series_no: int
    official_name: str | None
    headline: str | None


def parse_title(title: str) -> TitleInfo | None:
    """Split an episode title into series number, official's name and headline."""
    text = " ".join(title.split())
    m = _TITLE_RE.search(text)
    if not m:
        return None
    num = m.group("num")
    series_no = circled_to_int(num) if len(num) == 1 and not num.isdecimal() else int(re.sub(r"\D", "", num))
    if not series_no:
        return None
    rest = (m.group("rest") or "").strip()
    speaker = _SPEAKER_RE.match(rest)
    if speaker:
        return TitleInfo(series_no, speaker.group("name").strip(), speaker.group("headline").strip())
    return TitleInfo(series_no, None, rest or None)
