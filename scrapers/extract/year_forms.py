"""Year forms beyond 2023年: Taiwan's calendar, a year glued to its month, a comparison year.

- Taiwan dates by the Republic's calendar (民國): 108年 is 2019, 去(109)年 is 2020. Those numbers
  are read as years only in a passage that shows it is Taiwanese (环保署, 台北, 六都, 全台, 今(110)年
  …), where a bare 107年 cannot be a duration; like a Gregorian year, one after 较/比/与 is the
  comparison's, not the figure's.
- Mirrors that lose characters write 2022年10月 as 202210月; the first four digits are the year.
- A figure compared with the year before (…为29微克/立方米，比2021年下降3.3%) holds for the year
  after the comparison year when nothing else dates it (与2022年相比 → 2023).
"""

from __future__ import annotations

import re

ROC_OFFSET = 1911
# Words that only a Taiwanese source uses for itself (after conversion to Simplified).
_TAIWAN_RE = re.compile(
    r"环保署|台北市|台中市|台南市|高雄市|新北市|桃园市|六都|民国|空品区|空品|台湾|行政院|立法院|悬浮微粒|空气品质|立方公尺"
    # 全台 / 北市 / 中市 (the island, Taipei, Taichung), Taiwan's 环境部 (not 生态环境部), AQI>100
    # (its 不良 threshold), and the calendar's own 今(110)年 / 去(109)年
    r"|全台|(?<![\u4e00-\u9fff])[北中]市|(?<!生态)环境部|AQI\s*[>＞]\s*100|[今去]\s*[(（]\s*1[0-2]\d\s*[)）]\s*年"
    # a date such as 110年1月2日, or a month of such a year (111年3月, 111年1-6月)
    r"|(?<![\d.])1[0-2]\d\s*年\s*(?:0?[1-9]|1[0-2])\s*(?:[-—~～至]\s*(?:0?[1-9]|1[0-2])\s*)?月"
)
# A date of the Republic's calendar (發稿日期:110年1月2日): a dateline, like 2021年1月2日.
_ROC_DATE_RE = re.compile(r"(?<![\d.])(?P<y>1[0-2]\d)\s*年\s*(?:0?[1-9]|1[0-2])\s*月\s*[0-3]?\d\s*日")
# A year of the Republic (108年, 去(109)年) and, like a Gregorian one (``years``), not a comparison
# (较108年, 比107年同期, 与106年相比), the value a figure came from (由107年的41.5; 从102年30、103年28.1… is a series of years), a range (108年至111年)
# or a start (104年以来, 105年起).
_ROC_RE = re.compile(
    r"(?<![\d.比较与到—\-~～由])(?<!(?<!截)至)(?:[今去]\s*[(（]\s*)?(?P<y>[6-9]\d|1[0-2]\d)\s*[)）]?\s*年"
    r"(?!代|来|以来|起|至今|以前|间|内|后|前|左右|多|同期|相比|比较|目标"
    r"|\s*(?:\d{1,2}\s*月(?:份)?\s*)?[—\-~～至到]\s*(?:1[0-2]\d|[6-9]\d)\s*年)"
)
_NOT_ROC_BEFORE = ("近", "超", "约", "逾", "过去", "长达", "连续", "第")
_GLUED_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?=(?:1[0-2]|0?[1-9])\s*月)"
    # 2020全国地级及以上城市…: a year opening a clause whose 年 a mirror lost
    r"|(?:^|(?<=[，,。；;：:\n]))[ \t]*(?P<y2>(?:19|20)\d{2})(?=[全我本各该])"
)
_COMPARED_RE = re.compile(
    r"(?:(?:比|较|与)\s*于?|对于)\s*(?P<y>(?:19|20)\d{2})\s*年"
    # (比2022年8月(97.2%)减少3.1个百分点: the same month of that year, its value in brackets)
    r"(?:\s*\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月份?)?(?:同期)?\s*(?:[(（][^()（）]{0,16}[)）])?"
    r"\s*(?:相比|同比)?\s*[，,]?\s*(?:上升|下降|提高|降低|增加|减少|增长|改善|恶化|持平)"
)
# The same comparisons with a Republic year (比110年下降, 与108年相比), read in a Taiwanese passage.
_COMPARED_ROC_RE = re.compile(
    r"(?:比|较|与)\s*(?P<y>1[0-2]\d|[6-9]\d)\s*年(?:同期)?\s*(?:相比|同比)?\s*[，,]?\s*"
    r"(?:上升|下降|提高|降低|增加|减少|增长|改善|恶化|持平)"
)
_VERSUS_ROC_RE = re.compile(r"与(?P<y>1[0-2]\d|[6-9]\d)年(?:同期)?(?:相|同)?比")
_PARAGRAPH_REACH = 2000  # a comparison further back than this does not date a figure
_COMPARED_REACH = 30  # characters after the figure in which its comparison is looked for


def uses_roc_years(text: str) -> bool:
    """Whether the passage is Taiwanese, so that 108年 is a year of the Republic's calendar."""
    return _TAIWAN_RE.search(text) is not None


def roc_years(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(position, Gregorian year) of every 108年 / 去(109)年 in ``text[start:end]``."""
    found = []
    for m in _ROC_RE.finditer(text, start, end):
        before = text[max(m.start() - 2, 0) : m.start()]
        if not before.endswith(_NOT_ROC_BEFORE):
            found.append((m.start(), int(m.group("y")) + ROC_OFFSET))
    return found


# …降低至105年19.3% / 改善至去(109)年12.1: the Republic's year the figure reached (as ``sentence``
# reads 下降至2023年的33).
_REACHED_ROC_RE = re.compile(
    r"(?:下降|上升|减少|增加|提高|提升|降低|改善|增长|升|降)了?\s*(?:至|到)\s*(?:[今去]\s*[(（]\s*)?"
    r"(?P<y>[6-9]\d|1[0-2]\d)\s*[)）]?\s*年(?:底|末)?(?:的)?\s*$"
)


def reached_roc_year(text: str, start: int, pos: int) -> int | None:
    """The Gregorian year of a Republic year written right after a verb of arriving and right
    before ``pos`` (降低至105年19.3% → 2016), or None."""
    m = _REACHED_ROC_RE.search(text, start, pos)
    return int(m.group("y")) + ROC_OFFSET if m else None


def roc_dates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(position, Gregorian year) of every Republic date (110年1月2日) in ``text[start:end]``."""
    return [(m.start(), int(m.group("y")) + ROC_OFFSET) for m in _ROC_DATE_RE.finditer(text, start, end)]


def glued_years(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(position, year) of years written straight before their month (202210月) or opening a
    clause without their 年 (2020全国…)."""
    return [(m.start(), int(m.group("y") or m.group("y2"))) for m in _GLUED_RE.finditer(text, start, end)]


def _year_of(m: re.Match[str]) -> int:
    """The Gregorian year of a comparison match (a two- or three-digit one is the Republic's)."""
    year = int(m.group("y"))
    return year if year >= 1900 else year + ROC_OFFSET


_PREVIOUS_YEAR_RE = re.compile(r"同比|上年|去年|上一年|前一年")


def compared_year(text: str, pos: int, end: int, roc: bool = False) -> int | None:
    """The year after the comparison year a figure ending at ``pos`` is compared with (比2021年下降
    → 2022, in a Taiwanese passage 比110年下降 → 2022), looked for right after it in its sentence
    (which ends at ``end``)."""
    stop = min(end, pos + _COMPARED_REACH)
    m = _COMPARED_RE.search(text, pos, stop) or (_COMPARED_ROC_RE.search(text, pos, stop) if roc else None)
    if m is None or _PREVIOUS_YEAR_RE.search(text, pos, end):
        # 同比下降12.5%，较2019年同期下降20.1% / 较2015年下降35.2%，较上年下降3.2%: the sentence
        # compares with the year before too, so the year written is an older one
        return None
    return _year_of(m) + 1


def first_compared_year(text: str) -> int | None:
    """The year after the first comparison year of ``text`` (…比2019年上升1.7个百分点 → 2020), for
    a passage that dates nothing otherwise."""
    m = next((m for m in _COMPARED_RE.finditer(text) if not _beside_previous_year(text, m)), None)
    return _year_of(m) + 1 if m is not None else None


def compared_before(text: str, start: int, pos: int, roc: bool = False) -> int | None:
    """The year after the last comparison year stated in ``text[start:pos]`` (a paragraph whose
    only year is 比2021年 reports 2022), or None."""
    last = None
    low = max(start, pos - _PARAGRAPH_REACH)
    for pattern in (_COMPARED_RE, _COMPARED_ROC_RE) if roc else (_COMPARED_RE,):
        for m in pattern.finditer(text, low, pos):
            if (last is None or m.start() > last.start()) and not _beside_previous_year(text, m):
                last = m
    return _year_of(last) + 1 if last else None


def _beside_previous_year(text: str, m: re.Match[str]) -> bool:
    """较2015年下降35.2%，较上年下降3.2%: a comparison in a sentence that also compares with the
    year before is with an older year, and says nothing of the figure's own."""
    start = max(text.rfind(stop, 0, m.start()) for stop in "。；;！？\n") + 1
    ends = [i for i in (text.find(stop, m.end()) for stop in "。；;！？\n") if i >= 0]
    return _PREVIOUS_YEAR_RE.search(text, start, min(ends, default=len(text))) is not None


def roc_versus_years(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(position, year after the compared one) of every 与108年相比 in ``text[start:end]``."""
    return [
        (m.start(), int(m.group("y")) + ROC_OFFSET + 1) for m in _VERSUS_ROC_RE.finditer(text, start, end)
    ]
