"""Changes beyond a relative 同比上升/下降: stated previous values, flat changes, absolute changes.

- 由12天减少到5天 / PM2.5由27下降至23微克/立方米: the figure is 5 (23) and 12 (27) is its
  previous value, not a figure of its own.
- 同比持平 / 基本持平 right after a figure is a zero change (direction ``flat``), used only when
  no other change is attached to it.
- 同比减少19天 / 同比下降65微克/立方米: an absolute change, in the figure's own unit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Change, ChangeBasis, ChangeDirection, Indicator
from scrapers.extract.numbers import parse_number

# 扩大到 / 缩小至 / 压减到: an area or an amount that grew or shrank arrives the same way
_CHANGE_VERB = (
    r"(?:下降|上升|减少|增加|增长|提高|提升|降低|改善|回升|扩大|缩小|缩减|压减|减小|增大|升|降|增|减)"
)
_CHANGE_TO = rf"{_CHANGE_VERB}了?\s*(?:至|到)"
# 由37.6%上升为48.2%: with the earlier value written, 为 after the verb arrives too.
_CHANGE_TO_OR_AS = rf"{_CHANGE_VERB}了?\s*(?:至|到|为)"
# 从“十二五”末的55.7%增至目前的62.4%: the later value's time in words, between the verb and it
_LATER_TIME = r"(?:(?:目前|现在|当前|如今|今年|去年|(?:19|20)\d{2}\s*年(?:底|末)?)的?)?"
# 由2014年19.6微克/立方米改善至…: the year of the earlier value may stand between 由 and it.
# 从去年的45 / 从年初的58个 / 由上年同期的: the earlier value's time in words.
# 从20世纪70年代的12.7% / 从“十三五”末的 / 从十年前的: an era, a plan period or years ago too.
_FROM_YEAR_TAIL = (
    r"\s*(?:(?:(?:19|20)?\d{2,3}\s*年(?:初|底|末|度)?|去年|上年|前年|年初|年底"
    r"|(?:20|上)?世纪\s*\d{2}\s*年代(?:初|末|中期)?|(?:19|20)\d{2}\s*年代(?:初|末)?"
    r"|“?十[一二三四五六]五”?(?:末|初|期间)?|[\d一二三四五六七八九十]{1,3}\s*年前"
    r"|最初|起初|当初|原来|原先|过去|此前|之前|建设前|实施前"  # 由最初的8.4%
    # 从攻坚战打响之初的 / 由创建伊始的 / 从基准年的: the start of a campaign in a few words
    r"|[\u4e00-\u9fff“”]{0,8}?(?:之初|初期|伊始|开始时|基准年))(?:同期)?(?:的|之)?\s*)?"
    r"(?:最高值|最低值|的)?\s*"
)
# 由六十％逐年提高至九十二％: the earlier value in Chinese numerals too
_FROM_VALUE = r"\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百廿卅]+(?:[点.．][零〇一二三四五六七八九]+)?"
_FROM_RE = re.compile(
    rf"(?:由|从|自){_FROM_YEAR_TAIL}(?P<v>{_FROM_VALUE})\s*(?:[μµu]g/m3|mg/m3|[^\d\s，,。；;]){{0,6}}?\s*{_CHANGE_TO_OR_AS}\s*{_LATER_TIME}\s*$"
)
_TO_AFTER_RE = re.compile(
    rf"\s*(?:[μµu]g/m3|mg/m3|[^\d\s，,。；;]){{0,6}}?\s*(?:[，,]\s*(?:逐步|逐年|一路|持续|稳步))?{_CHANGE_TO_OR_AS}"
)  # (自2019年度的15.2微克，逐步下降至…: the way it went, after a comma)
_FROM_BEFORE_RE = re.compile(rf"(?P<word>由|从|自){_FROM_YEAR_TAIL}$")  # 自2015年24.1微克逐年递减至…
_FLAT_RE = re.compile(
    r"\s*[，,]?\s*(?:同比|(?:与|较|和|同)(?:上年|去年)(?:同期)?(?:相比)?)?\s*(?:基本|保持)?持平"
)


_BARE_FROM_TO_RE = re.compile(
    r"\s*(?:逐年|逐步|稳步|持续)?(?:提高|上升|下降|降低|增加|减少|改善|提升|扩大|缩小)(?:至|到)\s*(?:\d|[零〇一二两三四五六七八九十百廿卅]+[点.．%％])"
)
_TO_LATER_RE = re.compile(rf"[^。；;！？\n]{{0,40}}?{_CHANGE_TO}")
# 由2015年的66%提高…2020年的83.4% (or a Republic year, 由106年的): with the earlier value's year
# written, a change verb is enough.
_FROM_DATED_RE = re.compile(r"由\s*(?:(?:19|20)\d{2}|1[0-2]\d|[6-9]\d)\s*年(?:的)?\s*$")
# 从2015年的76.2%提高到2023年的88.1%: 从 with a year, and the verb of arriving right after (从103年27、
# 104年23.5…再降至 is a series of figures, each of its own year).
_FROM_DATED_CONG_RE = re.compile(r"从\s*(?:(?:(?:19|20)\d{2}|1[0-2]\d|[6-9]\d)\s*年(?:的)?)?\s*$")
# 从2013年的89微克每立方米，2023年降至31: the year of the later value after a comma, then the verb
_ARRIVING_NEXT_RE = re.compile(
    rf"[^、，,。；;！？\n\d]{{0,10}}?(?:[，,]\s*(?:(?:19|20)\d{{2}}\s*年(?:底|末)?)?\s*"
    rf"(?:逐年|逐步|持续|稳步|一路|大幅|进一步)?\s*)?{_CHANGE_TO}"  # …，逐步上升至2019年的139
)
_VERB_LATER_RE = re.compile(r"[^。；;！？\n]{0,40}?(?:提高|上升|下降|降低|增加|减少|改善|扩大|缩小)")


# …为31微克/立方米，同比（33微克/立方米）下降6.1% / 较2023年(88.1%)提高: the earlier value in
# brackets between the comparison and its verb
_COMPARED_OPEN_RE = re.compile(
    r"(?:同比|(?:相)?(?:较|比|与)(?:上一?年|去年|(?:19|20)\d{2}\s*年)(?:同期)?)\s*[(（]\s*$"
)
_COMPARED_CLOSE_RE = re.compile(
    r"[^()（）。，,；;]{0,12}[)）]\s*(?:相比)?\s*(?:上升|下降|提高|降低|增加|减少|改善|升高|恶化|增长|持平)"
)


def is_previous(text: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) is the 'from' of 由X…下降至Y (a previous value): 由 (a
    year, 最高值) right before it and a 下降至 / 改善至 after it in its sentence; or of a bare
    X提高至Y (蓝天日数比率 60%提高至92%); or the earlier value in brackets after a comparison
    (同比（33微克/立方米）下降6.1%)."""
    if _BARE_FROM_TO_RE.match(text, end):
        return True
    if _COMPARED_OPEN_RE.search(text, max(start - 14, 0), start) and _COMPARED_CLOSE_RE.match(text, end):
        return True
    if _FROM_DATED_RE.search(text, max(start - 10, 0), start) and _VERB_LATER_RE.match(text, end):
        return True
    if _FROM_DATED_CONG_RE.search(text, max(start - 10, 0), start) and _ARRIVING_NEXT_RE.match(text, end):
        return True
    before = _FROM_BEFORE_RE.search(text, max(start - 16, 0), start)
    if before is None:
        return False
    # 从 starts many phrases (从5个方面…): only with the verb of arriving right after the number.
    later = before.group("word") == "由" and _TO_LATER_RE.match(text, end) is not None
    return _TO_AFTER_RE.match(text, end) is not None or later


def arrives_from_previous(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the 'to' of 由X…上升为Y / 下降至Y (a level reached)."""
    return _FROM_RE.search(text, max(start - 24, 0), start) is not None


def stated_previous(text: str, floor: int, pos: int) -> tuple[float, int] | None:
    """The previous value written as 由X…下降至 right before ``pos``, and where that phrase starts."""
    m = _FROM_RE.search(text, max(floor, pos - 24), pos)
    value = parse_number(m.group("v")) if m else None
    return (float(value), m.start()) if m and value is not None else None


def flat_after(text: str, end: int) -> bool:
    """Whether 同比持平 / 基本持平 follows the figure ending at ``end``."""
    return _FLAT_RE.match(text, end) is not None


def flat(draft: Indicator) -> Indicator:
    """The figure with a zero change and itself as its previous value."""
    return replace(draft, change=Change("flat", 0.0, "percent"), previous_value=draft.value)


def absolute(
    draft: Indicator, direction: ChangeDirection, value: float, basis: ChangeBasis | None = None
) -> Indicator:
    """The figure with an absolute change in its own unit (减少19天 on a count of days)."""
    # the difference is in the written unit: the base unit only when the two are one scale
    unit = draft.unit_base if draft.value_base == draft.value and draft.unit_base else draft.unit
    unit = "percentage_point" if unit == "%" else unit  # 由40%提高到92.3%: 52.3 points, not 52.3 %
    if draft.value is None or unit is None:
        return draft  # a change-only statement has no unit to measure an absolute change in
    sign = 1 if direction == "up" else -1
    change = Change(direction, value, unit, basis)
    return replace(draft, change=change, previous_value=round(draft.value - sign * value, 4))


def settled(draft: Indicator, text: str) -> Indicator:
    """A figure left without a change: 同比持平 after it makes it flat; a stated previous value
    (由12天减少到5天) makes the difference its absolute change."""
    if draft.change is not None:
        return draft
    if flat_after(text, draft.end):
        return flat(draft)
    if draft.value is not None and draft.previous_value is not None and draft.previous_value != draft.value:
        direction: ChangeDirection = "up" if draft.value > draft.previous_value else "down"
        return absolute(draft, direction, round(abs(draft.value - draft.previous_value), 4))
    return draft


_YOY_RE = re.compile(r"同比|(?:较|比|与)(?:上年|去年|前一年|上一年)|上年同期|去年同期")
_SINCE_RE = re.compile(
    r"累计(?!平均|均值|浓度|值)|以来"
)  # (累计平均浓度: a year-to-date average, the measure)
# 较2016年 / 相较于2013年 / 与基准年(2015年)同比: the year compared with, a base year's in brackets
_VERSUS_YEAR_RE = re.compile(
    r"(?:(?:较|比|与)\s*于?|对于)\s*(?:基准年|基年)?\s*[(（]?\s*(?P<y>(?:19|20)\d{2}|\d{2,3}(?=\s*年))\s*年[)）]?(?P<same>同期)?"
)
_BASE_YEAR_RE = re.compile(r"(?:比|较|与)(?:基准年|基年)")
_ROC_OFFSET = 1911  # 较108年 in a Taiwanese text: 民国108年 is 2019
_PERIOD_WORDS_RE = re.compile(
    r"环比|较“|与第|(?:比|较|与)(?:上|前)(?:周|月|季度|一周|一个月|一季度|旬)"
    r"|(?:比|较|与)[一二两三四五六七八九十\d]+年前"  # 比四年前 / 较五年前
    r"|(?:比|较|与)\s*\d{1,2}\s*月份?(?!同期|\s*\d)"  # 与4月份相比: the month before, month on month
)


def basis(text: str, clause_start: int, pos: int, figure_year: int | None) -> ChangeBasis | None:
    """What a change is measured against, from the words before it in its clause: year on year
    (同比, 比上年, 较2016年 for a 2017 figure), cumulative (累计, 以来) or another period
    (较2013年, 环比, 与第五次清查相比); None when the clause does not say."""
    words = re.sub(r"[ \t]", "", text[clause_start:pos])  # 同 比: a PDF line break read as a space
    versus = _VERSUS_YEAR_RE.search(words)
    if versus is not None:
        year = int(versus.group("y"))
        year = year + _ROC_OFFSET if year < 1000 else year
        previous = figure_year is not None and year == figure_year - 1
        return "yoy" if previous and not versus.group("same") else "vs_period"
    if _BASE_YEAR_RE.search(words):
        return "vs_period"  # 与基准年同比: against the plan's base year, not the year before
    if _YOY_RE.search(words):
        return "yoy"
    if _SINCE_RE.search(words):
        return "cumulative"
    return "vs_period" if _PERIOD_WORDS_RE.search(words) else None
