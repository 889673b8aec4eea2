"""The year and sub-year period a figure refers to, read from the text itself.

A year stated before the figure in its own span wins (2023年，全省…). A comparison year is not
the figure's year (较2019年同期, 比2015年), but 与2022年相比 implies 2023. With no year in the span,
the passage supplies one: the last year stated before the span, else the first one after it,
else the year of a dateline or timestamp (2015-11-28). Months and quarters (1-5月, 一季度,
上半年) are the figure's ``period``, never its year.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from scrapers.extract.context import SCOPE_ASIDE_RE
from scrapers.extract.year_forms import (
    first_compared_year,
    glued_years,
    roc_dates,
    roc_versus_years,
    roc_years,
)

_YEAR = r"(?:19|20)\d{2}"
# A year of the figure: not a comparison (比/较/与…相比/同期, 相较于, 与基准年(2015年), 优于上年的…), a start (以来/起) or a
# plan (到…年).
# 2024年 (not 2015年前 / 2013年以来 / 从2015年32微克降至21微克, the value it came from; but
# 2024年前三季度 and 2024年前10个月 are that year's)
_YEAR_RE = re.compile(
    rf"(?<![\d比较与到—\-~～从由同])(?<![比较与到从由同]\s)(?<!(?<!截)至)(?<![准基]年[(（])(?<![优好高低差劣较比对]于)(?P<y>{_YEAR})\s*年(?!以来|起|来|至今|以前|以后|之后|前(?![一二三四五六七八九十两\d]{{1,2}}\s*个?\s*(?:季度|月|周))|同期|相比|比较|目标|\s*(?:要|将|力争|计划)|[—\-~～至到]\s*{_YEAR})"
    r"(?!\s*[)）][^，,。；;\d]{0,6}(?:相比|比较))"  # 与上次清查(2007年)结果相比: the year compared with
    r"(?![^，,。；;\d]{0,8}以来)"  # 2013年有监测记录以来: where a record starts, not the figure's year
    # 创下2014年全面启用城市空气自动监测网络以来…: a longer start, with no level reached in between
    # (2023年全市PM2.5浓度为有监测以来最低 keeps its year)
    r"(?![^，,。；;\d为是达创至到降升比最]{9,24}以来)"
)
# 均达到2021年水质目标要求 / 完成2020年度目标任务: a year's target reached dates the figures.
_REACHED_TARGET_RE = re.compile(
    rf"(?:达到|完成|实现)(?P<y>{_YEAR})\s*年度?[^，,。；;\d]{{0,8}}?(?:目标|任务)"
)
_SINCE_LEAD_RE = re.compile(rf"(?<![\d与较比和同到至从由])(?P<y>{_YEAR})\s*年以来[^。！？\n\d]*[。！？]")
# 三年行动开展以来，到2020年，…比例达到55%: the year a retrospective reached, the figures' year
_SINCE_THEN_BY_RE = re.compile(rf"以来\s*[，,]\s*(?:到|至)\s*(?P<y>{_YEAR})\s*年(?:底|末)?\s*[，,]")
# 在“十三五”收官之年，甲县…PM10年均浓度降到52: the plan's last (or first) year is the figures' year
_PLAN_YEAR_RE = re.compile(
    r"十(?P<n>[一二三四五])五[”\"」’]?(?:规划)?(?:时期)?的?"
    r"(?P<which>收官之年|收官年|最后一年|决胜之年|开局之年|开局年|第一年|起步之年)"
)
_PLAN_LAST_YEAR = {"一": 2010, "二": 2015, "三": 2020, "四": 2025, "五": 2030}
_PLAN_SPAN = 4  # a five-year plan's first year is four before its last


def _plan_year(m: re.Match[str]) -> int:
    last = _PLAN_LAST_YEAR[m.group("n")]
    return last if m.group("which") in ("收官之年", "收官年", "最后一年", "决胜之年") else last - _PLAN_SPAN


_TITLE_YEAR_RE = re.compile(rf"《(?P<y>{_YEAR})(?=[\u4e00-\u9fff])")  # 《2022中国生态环境状况公报》
# A headline year written without 年 (治气攻坚 2021交出新答卷), not a target year, nor a count
# with its unit (森林抚育2000亩, 2000株).
_BARE_YEAR_RE = re.compile(
    r"(?<![\d.,，、~～\-—])(?P<y>20[0-4]\d)(?=[\u4e00-\u9fff])(?![年个项家座条次件处天名人万亿元吨多余亩株棵户辆台套米公千百微毫克份批场起例宗口所间栋艘只头斤度倍分段站尾种块张部架篇期眼枚])"
    r"(?![^\n。]{0,12}目标)"
)
# …逐步下降至2024年的12.9微克: the year of the level a figure arrived at dates what follows it
_ARRIVED_YEAR_RE = re.compile(
    r"(?:下降|上升|降低|提高|提升|增加|减少|改善|增长|扩大|缩小|压减|缩减|降|升|增|减)了?\s*(?:至|到)\s*(?P<y>(?:19|20)\d{2})\s*年(?:的)?\s*\d"
)
# 2019上半年攀升至117天: a year written without 年 before the part of it the figure is of
_YEAR_BEFORE_PART_RE = re.compile(r"(?<![\d.])(?P<y>20[0-4]\d)(?=上半年|下半年|前三季度|[一二三四]季度)")
# A period of the year a comparison names: 与2021年第一季度相比, 比2019年1-10月.
_COMPARED_PERIOD = (
    r"(?:同期|第?[一二三四1-4]\s*季度|[上下]半年|前三季度"
    r"|\d{1,2}\s*[—\-~～至到]\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:份)?)"
)
_VERSUS_RE = re.compile(
    rf"[与同]\s*(?P<y>{_YEAR})\s*年(?:{_COMPARED_PERIOD})?(?:\s*[(（][^()（）\n]{{0,20}}[)）])?\s*(?:(?:相|同)?比|(?:基本)?持平)"
)  # 与2017年同期持平 → 2018; 与2021年第一季度相比 → 2022; 与2017年(90.8%)同比 → 2018
_VERSUS_ASIDE_RE = re.compile(
    rf"与\s*(?:{_YEAR})\s*年[^，,。；;\n\d]{{0,8}}?相比\s*(?P<aside>[(（][^()（）\n]{{0,40}}[)）])"
)
# 比2019年同期升高5.9个百分点 / 较2021年一季度: the same period of an earlier year.
_SAME_PERIOD_RE = re.compile(rf"(?:比|较|与|和)\s*(?P<y>{_YEAR})\s*年\s*{_COMPARED_PERIOD}")
_YOY_YEAR_RE = re.compile(rf"同比\s*(?P<y>{_YEAR})\s*年")
_DATE_RE = re.compile(
    rf"(?<!\d)(?P<y>{_YEAR})(?:[-/.](?:0?[1-9]|1[0-2])[-/.](?:[0-3]?\d)(?!\d)|\s*年\s*(?:0?[1-9]|1[0-2])\s*月\s*[0-3]?\d\s*日)"
    rf"|(?<![\d.])[0-3]?\d[./](?:0?[1-9]|1[0-2])[./](?P<y2>{_YEAR})(?![\d.])"  # 11.09.2016: day first
    rf"|(?<![\d./])(?P<y3>{_YEAR})[ \t]+(?:0?[1-9]|1[0-2])/[0-3]?\d(?![\d/])"  # 2023 11/27 08:40: a page's stamp
    # 2021-08-27309: a zero-padded date with a page's view count glued on
    rf"|(?<!\d)(?P<y4>{_YEAR})-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?=\d)"
    # Jul 17th 2018, 19:50: a page's English stamp
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+"
    rf"(?P<y5>{_YEAR})(?!\d)"
)
# Ranges spanning two years (2019年10月—2020年3月) have no single year.
# （2022年9月共有效监测30天，优良天数28天，优良率93.3%。）: an aside about another year, whose year
# dates nothing after it (its figures are previous values).
DATED_ASIDE_RE = re.compile(
    # ((2015年有效监测360天): the connector may be missing)
    r"[(（]\s*(?:(?:19|20)\d{2}\s*年|去年同期|上年同期|去年|上年)[^()（）\n]{0,80}?(?:为|是|：|:|[，,])?\s*[^()（）\n]{0,40}?\d+(?:\.\d+)?\s*"
    r"(?:%|％|天|微克|μg|ug|个百分点)[^()（）\n]{0,80}[)）]"
)  # not a title's period, (2024年1-8月)
_SPAN_RE = re.compile(rf"{_YEAR}\s*年\s*\d{{1,2}}\s*月\s*[—\-~～至到]\s*{_YEAR}\s*年")
_PERIOD_RE = re.compile(
    # not the 5 of PM2.5月均浓度 or the 2 of NO2月均浓度
    r"(?P<p>(?<![\d.A-Za-z])\d{1,2}\s*[—\-~～至到]\s*\d{1,2}\s*月(?:份)?(?!\s*\d{1,2}\s*日)"
    r"|(?<![\d.A-Za-z])[1-9]\d?\s*月(?:份)?(?![\d底]|\s*\d{1,2}\s*日)"
    r"|[一二三四1-4]\s*季度|上半年|下半年|前三季度)"
)


@dataclass(frozen=True, slots=True)
class YearIndex:
    """Every stated year of a document with its position, for passage-level fallbacks."""

    positions: tuple[int, ...]
    years: tuple[int, ...]
    dateline: int | None
    dated: frozenset[int] = frozenset()  # positions of dates (2015-11-28), not stated years
    # the passage's title names the year its report is of, which a dateline does not move
    titled: bool = False
    dateline_month: int | None = None  # the month of the dateline (2021-01-14: 1)
    # with no year or date at all: the year after the passage's first comparison year (…水质优良率
    # 为87.3%，比2019年上升1.7个百分点 dates the paragraph before it too)
    implied: int | None = None

    def fallback_is_date(self, pos: int) -> bool:
        """Whether ``fallback(pos)`` comes from a dateline or timestamp rather than a stated year."""
        i = bisect_right(self.positions, pos)
        if i > 0:
            return self.positions[i - 1] in self.dated
        return self.positions[0] in self.dated if self.positions else self.dateline is not None

    def fallback_is_later(self, pos: int) -> bool:
        """Whether ``fallback(pos)`` is a year stated after ``pos`` (none stated before it)."""
        return bisect_right(self.positions, pos) == 0 and bool(self.years)

    def last_before(self, start: int, pos: int) -> int | None:
        """The last year stated in [start, pos), or None."""
        i = bisect_right(self.positions, pos - 1)
        return self.years[i - 1] if i > 0 and self.positions[i - 1] >= start else None

    def last_is_date(self, pos: int) -> bool:
        """Whether the last year before ``pos`` is a date's (2018年01月06日, 2015-11-28)."""
        i = bisect_right(self.positions, pos - 1)
        return i > 0 and self.positions[i - 1] in self.dated

    def fallback(self, pos: int) -> int | None:
        """The last year stated before ``pos``, else the first one after it, else the dateline's."""
        i = bisect_right(self.positions, pos)
        if i > 0:
            return self.years[i - 1]
        if self.years:
            return self.years[0]
        return self.dateline if self.dateline is not None else self.implied


def stated_years(text: str, start: int, end: int, roc: bool = False) -> list[tuple[int, int]]:
    """(position, year) of every figure year in ``text[start:end]``, 与X年相比 read as X+1;
    ``roc``: the passage dates by Taiwan's calendar too (108年 → 2019)."""
    spans = [m.span() for m in _SPAN_RE.finditer(text, start, end)]
    spans += [m.span() for m in DATED_ASIDE_RE.finditer(text, start, end)]
    spans += [m.span() for m in SCOPE_ASIDE_RE.finditer(text, start, end)]
    # 与2016年相比(按2016年有数据的120个城市统计): the aside is about the year compared with
    spans += [m.span("aside") for m in _VERSUS_ASIDE_RE.finditer(text, start, end)]
    found = [
        (m.start(), int(m.group("y")))
        for m in _YEAR_RE.finditer(text, start, end)
        if not any(a <= m.start() < b for a, b in spans)
    ]
    found.extend(
        (m.start(), int(m.group("y")) + 1)
        for m in _VERSUS_RE.finditer(text, start, end)
        if not _second_base(text, start, m.start(), int(m.group("y")) + 1)
    )
    found.extend((m.start(), int(m.group("y"))) for m in _TITLE_YEAR_RE.finditer(text, start, end))
    found.extend((m.start(), _plan_year(m)) for m in _PLAN_YEAR_RE.finditer(text, start, end))
    # 2024年以来，某市始终坚持…，生态环境质量稳步提升。 ¶ …优良天数比例达100%: a lead sentence with no
    # figure of its own dates the figures after it (where its own figure would be a sum since then)
    found.extend(
        (m.end(), int(m.group("y")))
        for m in _SINCE_LEAD_RE.finditer(text, start, end)
        if not re.search(r"\d", text[_sentence_start(text, start, m.start()) : m.start()])
    )
    found.extend((m.start(), int(m.group("y"))) for m in _REACHED_TARGET_RE.finditer(text, start, end))
    found.extend((m.start("y"), int(m.group("y"))) for m in _SINCE_THEN_BY_RE.finditer(text, start, end))
    found.extend((m.start(), int(m.group("y"))) for m in _BARE_YEAR_RE.finditer(text, start, end))
    found.extend((m.start(), int(m.group("y"))) for m in _YEAR_BEFORE_PART_RE.finditer(text, start, end))
    found.extend((m.start("y"), int(m.group("y"))) for m in _ARRIVED_YEAR_RE.finditer(text, start, end))
    found.extend(glued_years(text, start, end))
    if roc:
        found.extend(roc_years(text, start, end))
        found.extend(roc_versus_years(text, start, end))
    # 从104年24微克降至去年的18.6微克: the year of the value it came from is not the figure's; nor is
    # the year of a level compared with (接近2019年疫情前水平)
    earlier = [m.span("y") for m in _FROM_YEAR_RE.finditer(text, start, end)]
    earlier += [m.span("y") for m in _LEVEL_OF_YEAR_RE.finditer(text, start, end)]
    return sorted((p, y) for p, y in found if not any(a <= p < b for a, b in earlier))


_LEVEL_OF_YEAR_RE = re.compile(
    r"(?:追近|接近|恢复到|恢复至|回到|回落到|相当于|低于|高于|优于|好于)\s*(?P<y>(?:19|20)\d{2}\s*年)"
    r"[^，,。；;！？\n\d]{0,10}?水平"
)
_FROM_YEAR_RE = re.compile(
    r"(?:从|由|自)\s*(?P<y>(?:19|20)\d{2}\s*年|1[01]\d\s*年)(?:的)?\s*\d+(?:\.\d+)?(?:\s*[μµu]g/m3|[^，,。；;\d]){0,12}?"
    r"(?:下降|上升|降低|提高|提升|增加|减少|改善|增长|扩大|缩小|压减|缩减|降|升|增|减)了?\s*(?:至|到)\s*(?!\s*(?:19|20)\d{2}\s*年|1[01]\d\s*年)"
)
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
# A line that is only a year and month: the date a bulletin was issued (its own line, no figure).
_ISSUE_LINE_RE = re.compile(rf"(?m)^[ \t]*(?P<y>{_YEAR})\s*年\s*(?:0?[1-9]|1[0-2])\s*月[ \t]*$")


def _sentence_start(text: str, floor: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last stop within 200 characters."""
    stops = [m.end() for m in _SENTENCE_END_RE.finditer(text, max(floor, pos - 200), pos)]
    return stops[-1] if stops else max(floor, pos - 200)


def _second_base(text: str, floor: int, pos: int, implied: int) -> bool:
    """2016年，…为71微克/立方米，同比下降7.8%，与2013年相比下降33.0%: a comparison in a sentence
    that has stated another year of its figures is a second, older base, not a year of its own."""
    sentence_start = _sentence_start(text, floor, pos)
    stated = {int(m.group("y")) for m in _YEAR_RE.finditer(text, sentence_start, pos)}
    if stated and implied not in stated:
        return True
    # 2023年本市…。PM2.5年均浓度41微克/立方米，与2019年相比改善19.6%: a later year the paragraph
    # stated just before is the figures' year, and the comparison an older base
    paragraph_start = text.rfind("\n", max(floor, pos - 200), pos) + 1 or max(floor, pos - 200)
    if any(int(m.group("y")) > implied for m in _YEAR_RE.finditer(text, max(paragraph_start, floor), pos)):
        return True
    # 2011年上半年，…。¶ …与2005年同期相比，…提高了15.1个百分点: a base year older than a year the
    # passage has stated is a plan's or an era's base, not the year before the figures'
    return any(int(m.group("y")) >= implied + 2 for m in _YEAR_RE.finditer(text, 0, pos))


def index_years(
    text: str,
    start: int = 0,
    end: int | None = None,
    roc: bool = False,
    titled: bool | None = None,
    published: int | None = None,
) -> YearIndex:
    """The year index of ``text[start:end]`` (one pass over it); ``titled``: whether the whole
    passage's title names its report's year (read from ``text[start:]`` when not given);
    ``published``: the year of the passage's dateline, for a paragraph that has no date of its own
    (发布《2017年…公报》。据悉，今年前4个月…: 今年 is the dateline's year, not the bulletin's)."""
    stop = len(text) if end is None else end
    found = stated_years(text, start, stop, roc)
    issued = [(m.start(), m.end(), int(m.group("y"))) for m in _ISSUE_LINE_RE.finditer(text, start, stop)]
    if issued:  # 海南省生态环境厅¶2026年1月: when the bulletin was issued, not its figures' year
        found = [f for f in found if not any(a <= f[0] < b for a, b, _ in issued)]
    dates = [
        (m.start(), int(m.group("y") or m.group("y2") or m.group("y3") or m.group("y4") or m.group("y5")))
        for m in _DATE_RE.finditer(text, start, stop)
    ]
    if roc:
        dates = sorted(dates + roc_dates(text, start, stop))
        found = [f for f in found if f[0] not in {p for p, _ in dates}]  # 110年 of 110年1月2日 is the date's
    if dates and _reposted(text, dates[0], found, stop):
        dates = dates[1:]  # 发布时间:2024-07-23 … 某日报1月9日讯 …2019年: a mirror's repost date
    date = dates[0] if dates else None
    month = _date_month(text, date[0]) if date is not None else None
    if date is not None:  # 发布时间：2023-09-21 … 今年1至8月: 今年 after a dateline states its year
        found += [(m.start(), date[1]) for m in _THIS_YEAR_RE.finditer(text, date[0], stop)]
        # 据了解，去年¶全市…综合指数为3.91: a lead cut off by a line break dates what follows
        found += [(m.start(), date[1] - 1) for m in _LAST_YEAR_LEAD_RE.finditer(text, date[0], stop)]
        # …了解到，去年12月，全省…。¶ N个城市中，甲市…: the month of last year a report
        # is of dates its later paragraphs, not the dateline
        found += [(m.start(), date[1] - 1) for m in _LAST_YEAR_PERIOD_RE.finditer(text, date[0], stop)]
        # 截至目前，…森林覆盖率达到7.5%: the time of writing, whatever year the paragraph before told of
        found += [(m.start(), date[1]) for m in _UNTIL_NOW_RE.finditer(text, date[0], stop)]
        if month == 1:  # 2021-01-14 … 上月，…达标率100%: last December
            found += [(m.start(), date[1] - 1) for m in _LAST_MONTH_RE.finditer(text, date[0], stop)]
    elif published is not None:
        found += [(m.start(), published) for m in _THIS_YEAR_RE.finditer(text, start, stop)]
        # “去年东岭市全年…优良率为88.2%: a clause opening on 去年 is the year before the dateline's
        found += [(m.start(), published - 1) for m in _LAST_YEAR_OPENS_RE.finditer(text, start, stop)]
    else:
        found += _this_year_undated(text, start, stop)
    # a dateline (发表于 2015-11-28) dates what follows it, unless the passage's title names the
    # year its report is of (2021年甲市环境保护情况 ¶ 日期:2022-03-15: the figures are 2021's)
    if titled is None:
        titled = _REPORT_TITLE_RE.match(text, start, stop) is not None
    found = sorted(found + ([] if titled else dates))
    dateline = date[1] if date else (issued[0][2] if issued else None)
    return YearIndex(
        tuple(p for p, _ in found),
        tuple(y for _, y in found),
        dateline,
        frozenset(p for p, _ in dates),
        titled,
        month,
        first_compared_year(text[start:stop]) if not found and dateline is None else None,
    )


# 湖南日报1月24日讯 / 新华社北京3月5日电: a news story's own dateline, its year unwritten
_NEWS_DATELINE_RE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:讯|电)")


def _reposted(text: str, date: tuple[int, int], found: list[tuple[int, int]], stop: int) -> bool:
    """Whether the first date is a mirror's time of reposting a news story (its own dateline, with
    no year, after it) years after every year the story states."""
    stated = [y for p, y in found if p > date[0]]
    return (
        bool(stated)
        and date[1] > max(stated) + 1
        and _NEWS_DATELINE_RE.search(text, date[0], min(stop, date[0] + 300)) is not None
    )


_REPORT_TITLE_RE = re.compile(
    r"(?:[^\n。；;！？!?]{0,40}\n)??(?:[^\n。；;！？!?]{0,40}\n)??"  # a page's menu lines above it
    r"\s*[^\n。；;！？!?]{0,40}?(?:19|20)\d{2}\s*年(?:\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月份?)?[^\n。；;！？!?\d]{0,30}?"
    # (…通报2021年度环境空气质量状: a breadcrumb's headline cut short still names what it reports)
    r"(?:(?:情况|公报|报告|总结|回顾|状况|年报|成绩单|空气质量|环境质量)[^\n。；;！？!?]{0,30}"
    # 2023年某省九个设区城市空气优良天数比例98.5%: a headline giving that year's figure
    r"|\d+(?:\.\d+)?\s*(?:%|％|微克|μg|天|个百分点)[^\n。；;！？!?\d]{0,20})\n"
)
# not 今(112)年 / 今年(2023年), whose year is written; 本年 says the same (and a spinner's 今年)
_THIS_YEAR_RE = re.compile(r"(?:今年|本年(?!度?\s*[(（]))(?!\s*[(（]\s*\d)")
_LAST_YEAR_OPENS_RE = re.compile(r"(?:^|(?<=[，,。；;：:\s“\"「]))去年(?!同期|以来|同月|底)")
_LAST_YEAR_RE = re.compile(r"(?<![与较比和])去年(?!同期|以来)")
_UNTIL_NOW_RE = re.compile(r"截[至止]目前|截[至止]当前|到目前为止|截[至止]发稿")
_LAST_MONTH_RE = re.compile(r"(?<![与较比和同])上(?:个)?月(?!份?同期|份?相比)")
_DATE_MONTH_RE = re.compile(r"(?:19|20)\d{2}\s*(?:[-/.]|年)\s*(?P<m>0?[1-9]|1[0-2])(?!\d)")


def _date_month(text: str, pos: int) -> int | None:
    """The month of the dateline at ``pos`` written year first (2021-01-14, 2021年1月14日)."""
    m = _DATE_MONTH_RE.match(text, pos)
    return int(m.group("m")) if m else None


# a line that ends on 去年 with no figure or full stop: the opening of the sentence the lines below go on
_LAST_YEAR_PERIOD_RE = re.compile(
    r"(?<![与较比和同])(?<!相较)去年\s*(?:\d{1,2}\s*(?:[-—~～至到]\s*\d{1,2}\s*)?月份?|[一二三四]季度|[上下]半年|全年)(?!同期)"
)
_LAST_YEAR_LEAD_RE = re.compile(r"(?m)^[^\n。；;！？!?\d]{0,16}?(?<![与较比和])去年[ \t\u3000，,:：]*$")


def _this_year_undated(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """今年 with no dateline: the year the passage writes with the same period (2023年1月至8月 …
    今年1月至8月), else the year after the latest year whose same period it compares with
    (今年一季度…与2021年同期相比: 2022), else the latest year the passage states (举行2025年…发布会，
    发布2024年…公报。…今年…截至5月31日: 2025). Nothing when it states none."""
    this_year = list(_THIS_YEAR_RE.finditer(text, start, stop))
    if not this_year:
        return []  # the cheap test first: the whole-passage scans below run per paragraph
    compared, dated = _passage_periods(text)  # the whole passage's, not only this paragraph's
    found: list[tuple[int, int]] = []
    for m in this_year:
        # 2023年1月至8月…。…今年1月至8月: the year the passage wrote with the same period
        period = _PERIOD_RE.match(text, m.end())
        same = dated.get(_period_key(period.group("p"))) if period is not None else None
        if same is not None:
            found.append((m.start(), same))
        elif compared:
            found.append((m.start(), max(compared) + 1))
        elif (latest := _latest_year(text)) is not None:
            found.append((m.start(), latest))
    return found


@lru_cache(maxsize=4)
def _latest_year(text: str) -> int | None:
    """The latest year ``text`` states of its figures or events (not one compared with, a start or
    a plan's), read once per passage; None for a dated passage, whose 今年 is its date's year."""
    if _DATE_RE.search(text) is not None:
        return None
    return max((int(m.group("y")) for m in _YEAR_RE.finditer(text)), default=None)


# 2023年1月至8月, not the 2023年上半年 of 与2023年上半年相比 (a comparison)
_DATED_PERIOD_RE = re.compile(rf"(?<![与比较和同\d])(?P<y>{_YEAR})\s*年\s*(?={_PERIOD_RE.pattern})")


@lru_cache(maxsize=4)
def _passage_periods(text: str) -> tuple[list[int], dict[str, int]]:
    """The years a passage compares the same period of, and the year it writes before each period
    (read once per passage: every paragraph with 今年 asks)."""
    compared = [int(m.group("y")) for m in _SAME_PERIOD_RE.finditer(text)]
    compared += [int(m.group("y")) for m in _YOY_YEAR_RE.finditer(text)]  # 同比2023年稳位: 2023 is last year
    return compared, _dated_periods(text, 0, len(text))


def _dated_periods(text: str, start: int, stop: int) -> dict[str, int]:
    """The latest year the passage writes before each period (2023年1月至8月 -> {1-8月: 2023})."""
    out: dict[str, int] = {}
    for m in _DATED_PERIOD_RE.finditer(text, start, stop):
        key = _period_key(m.group("p"))
        out[key] = max(out.get(key, 0), int(m.group("y")))
    return out


def _period_key(period: str) -> str:
    return re.sub(r"\s+|份", "", re.sub(r"[—\-~～至到]", "-", period))


def dated_by_writing(words: str, dateline: int, month: int | None) -> int | None:
    """The year ``words`` date a figure by the time of writing: 截至目前 is the dateline's year; 上月
    under a January dateline is the year before. None when they say neither."""
    if _UNTIL_NOW_RE.search(words):
        return dateline
    if month == 1 and "今年" not in words and _LAST_MONTH_RE.search(words):
        return dateline - 1
    return None


def month_after(period: str | None, month: int | None) -> bool:
    """Whether a figure's period ends in a month later than the dateline's (12月 or 1-12月 under
    a January dateline): a report of that month of the year before."""
    if period is None or month is None:
        return False
    months = re.findall(r"(\d{1,2})\s*月", period)
    return bool(months) and month < int(months[-1]) <= 12


def says_relative_year(words: str) -> bool:
    """Whether ``words`` date a figure relative to the publication (今年, 去年, not 与去年)."""
    return "今年" in words or _LAST_YEAR_RE.search(words) is not None


def relative_year(words: str, dated_year: int) -> int:
    """去年 in ``words`` (not 与去年 / 去年同期, which are comparisons) means the year before a
    dateline's year; otherwise the dateline's year (今年, or nothing said)."""
    return dated_year - 1 if _LAST_YEAR_RE.search(words) and "今年" not in words else dated_year


def find_period(text: str, start: int, pos: int) -> str | None:
    """The last month or quarter named in ``text[start:pos]`` (1-5月, 一季度, 上半年), spaces removed."""
    last = None
    for m in _PERIOD_RE.finditer(text, start, pos):
        last = m.group("p")
    return period_name(last) if last else None


def period_name(period: str) -> str:
    """A period as figures are compared by it: spaces removed, 3月份 as 3月 (1-5月份 as 1-5月)."""
    return _PERIOD_NOISE_RE.sub("", period)


_PERIOD_NOISE_RE = re.compile(r"\s+|(?<=月)份")
