"""One sentence of an answer span as the indicator rules see it: its clauses, the place and the
year a figure at a position holds for, and which figures a qualifier at a position belongs to."""

from __future__ import annotations

import re
from functools import cached_property

from models.records import Indicator, TextSpan
from scrapers.extract.context import find_region, leading_region
from scrapers.extract.passage_context import PassageContext
from scrapers.extract.segments import Segment, clauses
from scrapers.extract.topic import Topic
from scrapers.extract.year_forms import compared_before, compared_year, reached_roc_year
from scrapers.extract.years import (
    YearIndex,
    dated_by_writing,
    find_period,
    month_after,
    relative_year,
    says_relative_year,
)

# 由2020年的40下降至2023年的33 / 从76.2%提高到2023年的88.1%: the year written after the verb of
# arriving is the figure's, whatever year the sentence opened with.
_PARAGRAPH_REACH = 400  # characters of a paragraph before a sentence that may date it
# “十四五”时期 / 十三五期间 / “十四五”以来: a plan's five years
_PLAN = r"十[一二三四五六]五[”\"」]?"
# 北岗区67.2% / 南坞县为59.3%: a county or district named right before its value, right after a
# comma, 、, semicolon, colon or space; 全区 / 去年全区 / 该县 / 园区 / 核心区 are no one place
_PLACE_BEFORE_VALUE_RE = re.compile(
    r"(?<=[，,、；;：:\s])(?P<place>[\u4e00-\u9fff]{1,3}(?:区|县|旗))\s*(?:为|是)?\s*$"
)
# 山区, 主城区, 开发区, 景区: kinds of zone, not a district; 金山区, 西湖区, 东城区 are districts
_ZONE_RE = re.compile(
    r"^(?:[主老旧中偏全各本该我城市]?[山湖城林市]|[\u4e00-\u9fff]{0,2}[地园辖社小能发治景护胜业矿库片用程心验范])区$"
    r"|^[\u4e00-\u9fff]{2}[山湖城林]区$"  # (中心城区, 偏远山区: four characters)
)
# 本区, 该县, 其余, 共有, 同比: the words a list or a remark opens with (any 全 too), not a place
_NOT_A_PLACE_START_RE = re.compile(r"^(?:[本该我各][区县旗]|其|余下|共有|共计|将|对|在|以|同比|同期)")
_PLAN_PERIOD_RE = re.compile(rf"{_PLAN}(?:时期|期间|以来)")
_PLAN_SPAN_RE = re.compile(rf"{_PLAN}(?:时期|期间)")  # over the plan's years (not 以来)
_A_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*年|今年|去年")
_REACHED_YEAR_RE = re.compile(
    r"(?:下降|上升|减少|增加|提高|提升|降低|改善|增长|升|降|递减|递增)了?\s*(?:至|到)\s*(?P<year>(?:19|20)\d{2})\s*年(?:底|末)?(?:的)?\s*$"
)
Years = tuple[YearIndex, PassageContext]  # the span's stated years; the passage's fallbacks


class Sentence:
    """One sentence's text, clauses, province and fallback year."""

    def __init__(
        self,
        text: str,
        seg: Segment,
        full: Segment,
        span: TextSpan,
        province: str | None,
        years: Years,
        topic: Topic | None = None,
    ):
        self.text, self.seg, self.full, self.span = text, seg, full, span
        self.province, self.years = province, years
        self.topic = topic if topic is not None else years[1].heading  # what the text so far is about

    @cached_property
    def clauses(self) -> list[Segment]:
        """The sentence's clauses (split on first use: most sentences hold no figure)."""
        return clauses(self.text, self.seg)

    @cached_property
    def full_clauses(self) -> list[Segment]:
        """The clauses of the whole sentence up to its full stop."""
        return clauses(self.text, self.full) if self.full != self.seg else self.clauses

    def clause_of(self, pos: int) -> Segment:
        return next((c for c in self.clauses if c.start <= pos < c.end), Segment(pos, pos))

    def region(self, pos: int) -> str | None:
        """A place named in the figure's own clause, else one opening an earlier clause."""
        clause = self.clause_of(pos)
        named = _PLACE_BEFORE_VALUE_RE.search(self.text, clause.start, pos)
        if (
            named is not None
            and _NOT_A_PLACE_START_RE.match(named.group("place")) is None
            and _ZONE_RE.match(named.group("place")) is None
            and "全" not in named.group("place")
        ):
            return named.group("place")  # …：甲区67.2%、乙县59.3%: the place the value is written after
        found = find_region(self.text, clause.start, pos, None)
        earlier = [c for c in self.full_clauses if c.end <= clause.start]
        for c in reversed(earlier):
            if found is not None:
                break
            found = leading_region(self.text, c.start, c.end, None)
        if found in ("全省", "省内") or (found == "全市" and (self.province or "").endswith("市")):
            return self.province or found
        return found or self.province

    def year(self, pos: int, end: int | None = None) -> int | None:
        """The last year stated earlier in the answer span; else, for a sentence that says 今年 /
        去年, the publication year's; else the year after the one the figure ending at ``end`` is
        compared with (比2021年下降 → 2022) when that is later than the passage's fallback year;
        else the fallback (a dateline's year moved back for 去年); else the year after the last
        comparison year earlier in the span. A sentence that says nothing of its year goes on
        from the 今年 / 去年 of the sentences before it in its paragraph."""
        reached = _REACHED_YEAR_RE.search(self.text, max(pos - 16, self.full.start), pos)
        if reached is not None:
            return int(reached.group("year"))  # …下降至2023年的33: the year the figure reached
        clause = self.clause_of(pos)
        period = _PLAN_SPAN_RE.search(self.text, clause.start, pos)
        if period is not None and not _A_YEAR_RE.search(self.text, period.end(), pos):
            return None  # “十三五”期间饮用水水源地达标率为98.6%: the plan's five years, no one year
        index, ctx = self.years
        roc_reached = reached_roc_year(self.text, max(pos - 16, self.full.start), pos) if ctx.roc else None
        if roc_reached is not None:
            return roc_reached
        stated = index.last_before(self.span.start, pos)
        if stated is not None:
            if index.last_is_date(pos):
                words = self._relative_words(pos)
                if not says_relative_year(words) and month_after(
                    find_period(self.text, self.full.start, pos), ctx.dateline_month
                ):
                    return stated - 1  # (2022-01-18) 12月，全市…优良率为96.4%: last December
                return relative_year(words, stated)
            return stated
        words = self.text[self.full.start : pos]
        if ctx.dateline is not None and (
            written := dated_by_writing(words, ctx.dateline, ctx.dateline_month)
        ):
            return written  # 截至目前，…7.5% / (2021-01-14) 上月，…100%
        if ctx.dateline is not None and says_relative_year(words):
            return relative_year(words, ctx.dateline)
        compared = compared_year(self.text, end, self.full.end, ctx.roc) if end else None
        if compared is not None and (ctx.year is None or compared > ctx.year or ctx.later):
            return compared
        if ctx.dateline is not None and says_relative_year(self._relative_words(pos)):
            return relative_year(self._relative_words(pos), ctx.dateline)
        paragraph = self.text[max(self.span.start, pos - _PARAGRAPH_REACH) : pos]
        if ctx.year is not None and ctx.dated and _whole_year_reported_early(paragraph, ctx.dateline_month):
            return ctx.year - 1  # (发布日期：2023-04-02) 全年城区PM2.5均值为31: last year's total
        if ctx.year is not None:
            return relative_year(self._relative_words(pos), ctx.year) if ctx.dated else ctx.year
        return compared_before(self.text, self.span.start, pos, ctx.roc)

    def _relative_words(self, pos: int) -> str:
        """The words that date ``pos`` relative to a dateline: its sentence's, or, when it says
        neither 今年 nor 去年, the paragraph's before it (去年，…89.3%。地表水…91.4%: still last year)."""
        words = self.text[self.full.start : pos]
        # the sentences just before it (a long paragraph is not read again for every figure)
        before = self.text[max(self.span.start, self.full.start - _PARAGRAPH_REACH) : self.full.start]
        return before if not says_relative_year(words) and says_relative_year(before) else words

    def change_year(self, pos: int) -> int | None:
        """The year of a change stated with no level: none over a plan's five years (“十四五”时期
        PM2.5浓度累计下降20%) unless a year is written after the plan's name; else ``year``."""
        plan = next(reversed(list(_PLAN_PERIOD_RE.finditer(self.text, self.full.start, pos))), None)
        if plan is not None and not _A_YEAR_RE.search(self.text, plan.end(), pos):
            return None
        return self.year(pos)

    def previous_clause(self, clause: Segment) -> str:
        before = [c for c in self.clauses if c.end <= clause.start]
        return self.text[before[-1].start : before[-1].end] if before else ""


_WHOLE_YEAR_RE = re.compile(r"全年")
_EARLY_MONTHS = 6  # a dateline by June reports the whole of the year before, not the current one


def _whole_year_reported_early(words: str, month: int | None) -> bool:
    """Whether a sentence dated only by its page's date gives a whole year's figure (全年…) on a
    page dated in the first half of a year, which can only be the year before's."""
    return (
        month is not None
        and month <= _EARLY_MONTHS
        and _WHOLE_YEAR_RE.search(words) is not None
        and not says_relative_year(words)
    )


def qualified(
    s: Sentence, pos: int, end: int, drafts: list[Indicator], cover: int = 0, change: bool = False
) -> list[int]:
    """Indexes of the drafts a modifier at [pos, end) qualifies: the figure around it, else the
    last one of its clause before it, else the first one of its clause after it, else the last
    one before it, else the first after it. A ``change`` looks back past its clause before it
    looks ahead (…为29微克/立方米，较上年同期下降8.2%臭氧作为首要污染物的比例为41.6%)."""
    if cover > 1:
        before = [i for i, d in enumerate(drafts) if d.end <= pos]
        return before[-cover:]
    clause = s.clause_of(pos)
    around = [i for i, d in enumerate(drafts) if d.start <= pos and end <= d.end]
    own_before = [i for i, d in enumerate(drafts) if clause.start <= d.start and d.end <= pos]
    own_after = [i for i, d in enumerate(drafts) if end <= d.start < clause.end]
    before = [i for i, d in enumerate(drafts) if d.end <= pos]
    after = [i for i, d in enumerate(drafts) if d.start >= end]
    order = [around[:1], own_before[-1:], own_after[:1], before[-1:], after[:1]]
    if change:
        order[2], order[3] = order[3], order[2]
    for choice in order:
        if choice:
            return choice
    return []
