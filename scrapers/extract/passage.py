"""Passage-level repairs for free text (``extract_text``): PDF line breaks and changes stated in
a later sentence than their figure (restated figures: ``restatements``).

Episode bodies are already paragraph-clean, so ``extract`` on an episode does not use these.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace

from models.records import Indicator
from scrapers.extract.catalog import catalog_by_code
from scrapers.extract.change_subjects import codes_of_changed_subject
from scrapers.extract.naming import match_code
from scrapers.extract.page_noise import YEAR_ON_YEAR_WORDS
from scrapers.extract.passage_context import NUMBERED_RE
from scrapers.extract.tables import is_spaced_row, table_regions, table_values
from scrapers.extract.topic import water_bodies
from scrapers.extract.water import water_code
from scrapers.extract.years import period_name

# A line break inside a sentence (PDF text layers, 平均浓\n度, PM 2.5\n年均浓度, 细颗粒物(PM2.5)\n浓度): the line does not
# end a sentence or a heading and the next line goes on with a word, a digit or a closing mark.
# A line that starts with a mark no line may start with (。，：；) goes on from the one before,
# whatever that ends with.
_SOFT_BREAK_RE = re.compile(
    # (“优”和“⏎良”的天数 / …为“良好⏎”: a quote's marks hold the line's sentence open too)
    r"(?<=[\u4e00-\u9fff\dA-Za-z%、,，~～—\-\u2160-\u216bμµ/)）“‘「《])[ \t]*\n"
    r"(?=[ \t]*(?:[\u4e00-\u9fff\d%A-Za-z、,，)）\u2160-\u216b/μµ”’」》]|[(（](?![一二三四五六七八九十\d]{1,3}[)）])))"
    r"|(?<=[^\s。！？!?；;：:])[ \t]*\n(?=[ \t]*[。，,：:；;！？!?])"
    r"|(?P<date>(?<=\d)\n(?=[-/]\d))"  # 2021⏎-07-13: a date cut at its dash
    r"|(?P<range>(?<=%)[ \t]*\n(?=[ \t]*[-~～—－][ \t]*\d))"  # 52.6%⏎-100%: a range cut at its dash
    r"|(?<=[\u4e00-\u9fff])[ \t]*\n(?=[ \t]*[-−+]\d)"  # 变化率为⏎-3.9%: a signed number
    r"|(?<=[\u2160-\u216b])[ \t]*\n(?=[ \t]*[-~～—－][ \t]*[\u2160-\u216b])"  # Ⅰ⏎~Ⅲ类: a span of classes
    # …的天数比例分别为：⏎甲镇91.5%；…: a list its lead line opens with a colon
    r"|(?<=[\u4e00-\u9fff][:：])[ \t]*\n(?=[ \t]*[\u4e00-\u9fff])"
)
_CUT_NUMBER_RE = re.compile(r"[\u4e00-\u9fff][-−+]?\d+(?:\.\d*)?$")
_NUMBER_GOES_ON_RE = re.compile(r"[ \t]*[\d.]")
_HEADING_WORDS_MAX = 20  # characters after a section heading's number: (一)大气环境质量状况, 二、水环境


def soft_breaks(text: str) -> list[int]:
    """The offsets of the in-sentence line breaks of ``text`` (see ``join_soft_breaks``)."""
    found: list[int] = []
    tables = [r for r in table_regions(text) if table_values(text, *r)[0]]
    for m in _SOFT_BREAK_RE.finditer(text):
        if any(start <= m.start() < end or m.end() == start for start, end in tables):
            # a table's cells, one a line or cut by |, stay on their lines; its caption (表1 各市
            # 主要污染物浓度) does not run into its header
            continue
        if m.group("date") or m.group("range"):
            found.append(m.start())
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = text[line_start : m.start()]
        runs_on = bool(found) and found[-1] == line_start - 1  # the line before ran into this one
        # 优良天数率增加1⏎3.9个百分点: a number cut after a word goes on however short its line is
        cut_number = _CUT_NUMBER_RE.search(line) is not None and _NUMBER_GOES_ON_RE.match(text, m.end())
        if (
            not _inside_brackets(line)
            and not cut_number
            and (
                (len(line.strip()) < 12 and not runs_on)
                # (a title running into the section's first heading gives on its place: 甲市2020年
                # 环境质量公报 ¶ 一、概述 ¶ 全年…)
                or (_numbered_heading(line) and not runs_on)
                or _SPACED_TITLE_RE.match(line.strip())
                or _DOCUMENT_TITLE_RE.search(line)
            )
        ):
            continue  # a heading or a short title line stays a paragraph of its own
        if _META_LINE_RE.match(text, m.end()):
            continue  # 发布时间：2022-05-25 来源：…: a page's metadata line, not the title going on
        next_end = text.find("\n", m.end())
        parts = (line, text[m.end() : next_end if next_end >= 0 else len(text)])
        if _META_LINE_RE.match(text, line_start) and not re.search("[。！？!?]", parts[1]):
            continue  # 2022年01月14日 15:58 来源：… ¶ a headline: the page's line does not run into it
        if any("\t" in part.strip() for part in parts) or all(is_spaced_row(part) for part in parts):
            continue  # a row of a tab- or space-separated table ends its line
        if "|" in parts[0] or "|" in parts[1]:
            # 附表：…质量 ¶ 县城 | ¶ 排名 |: a caption over a table's first cell, a table's last row, or
            # two rows of a table no rule reads by its cells (指标 | 2023年 | … ¶ PM2.5 | 31 | …)
            continue
        found.append(text.index("\n", m.start()))
    return found


def _numbered_heading(line: str) -> bool:
    """Whether ``line`` is a section heading opened by its number (二、水环境), whatever its length
    up to ``_HEADING_WORDS_MAX`` words (not a figure's 6.1% alone on its line)."""
    numbered = NUMBERED_RE.match(line)
    return numbered is not None and len(line.rstrip()) - numbered.end() <= _HEADING_WORDS_MAX


def _inside_brackets(line: str) -> bool:
    """Whether ``line`` ends inside a bracket it opened (二氧化氮(NO¶2)): however short, the line
    goes on."""
    return max(line.rfind("("), line.rfind("（")) > max(line.rfind(")"), line.rfind("）"))


# 甲市2024年度大气污染防治工作方案: a line of no punctuation ending on a plan's name is the page's
# title, whatever its length, so that what the plan sets out reads as targets (a report's title,
# 2023年甲市环境质量状况, still runs on and gives the first sentence its place)
_DOCUMENT_TITLE_RE = re.compile(r"^[^，,。；;、：:！？!?]{4,60}?(?:方案|计划|规划|工作要点)[ \t\u3000]*$")
_META_LINE_RE = re.compile(
    r"[ \t]*(?:发布时间|发布日期|发表时间|更新时间|日期|时间|来源|信息来源|文章来源|作者|编辑|浏览次数|点击数|[\u4e00-\u9fff]{0,4}单位)\s*[:：]"
    # a date (2022-05-25, 2022年01月14日), not a span of months (2023年1-6月, the report's period)
    r"|[ \t]*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d|\s*月)"
)
# 省辖市甲市空气最好 乙市最差: a headline of two or three phrases set apart by spaces, with no
# punctuation; a wrapped line of running text does not space its phrases (PDF letter-spacing cuts
# every character or two, 平 均 浓 度, so each phrase here has three characters or more).
_SPACED_TITLE_RE = re.compile(r"^[\u4e00-\u9fff]{3,14}(?:[ \u3000]+[\u4e00-\u9fff]{3,14}){1,2}$")


def join_soft_breaks(text: str, breaks: list[int] | None = None) -> str:
    """``text`` with in-sentence line breaks (``breaks``, else ``soft_breaks(text)``) turned into
    spaces (same length, same offsets)."""
    chars = list(text)
    for nl in soft_breaks(text) if breaks is None else breaks:
        chars[nl] = " "
    return "".join(chars)


_NEAR = 600  # a later change goes back at most this many characters to find its figure


_COMPARISON_ONLY_RE = re.compile(
    r"^(?:[较比与]\s*(?:(?:19|20)\d{2}\s*年|上年|去年|前一年|上一年)(?:同期)?(?:相比)?|同比)?$"
    # …，同比下降9微克/立方米，降幅为6.0%: the size of the change just stated in the figure's unit
    r"|^(?:降幅|升幅|增幅|涨幅|跌幅|减幅|(?:下降|上升|降低|提高|减少|增加)(?:幅度|比例))(?:为|是|达到?)?$"
)


def join_changes_stated_first(indicators: list[Indicator], text: str) -> list[Indicator]:
    """PM2.5、PM10平均浓度分别同比下降3.2%、1.9%，分别为38、62微克/立方米: a change-only item
    stated before the level of its indicator and place in the same sentence is that level's change."""
    out = list(indicators)
    dropped: set[int] = set()
    for i, change in enumerate(out):
        if not change.is_change_only or change.change is None or _of_nothing(change, text):
            continue
        stop = _SENTENCE_STOP_RE.search(text, change.end)  # the sentence ends there (found once)
        sentence_end = stop.start() if stop else len(text)
        target = next(
            (
                j
                for j in range(i + 1, len(out))
                if out[j].start <= sentence_end
                and not out[j].is_change_only
                and out[j].change is None
                and out[j].code == change.code
                and (out[j].region is None or same_place(out[j].region, change.region))
                and j not in dropped
            ),
            None,
        )
        if target is None:
            target = _level_stated_next(out, i, text)
        if target is not None and target not in dropped:
            out[target] = replace(out[target], change=change.change)
            dropped.add(i)
    return [ind for k, ind in enumerate(out) if k not in dropped]


_PARAGRAPH_END_RE = re.compile(r"\n")
_BLANK_LINES_RE = re.compile(r"(?:[ \t\u3000]*\n)*")


def _past_blank_lines(text: str, pos: int) -> int:
    """Where the next paragraph starts: past the empty lines a page puts between paragraphs."""
    m = _BLANK_LINES_RE.match(text, pos)
    return m.end() if m else pos


# 无劣Ⅴ类断面，同比下降0.3个百分点: the change of a level that is none; no later level is its.
_NONE_LEFT_RE = re.compile(r"\s*(?:无|没有|未出现|未发生)")


_SUBJECTLESS_RE = re.compile(r"\s*(?:同比|较|比|与)[^，,；;。\n]*$")


def _of_nothing(change: Indicator, text: str) -> bool:
    """Whether the change's clause, or the clause before a subjectless one (…，同比下降…), says
    that none is left (无劣Ⅴ类断面)."""
    floor = max(change.start - 80, 0)
    clause = _clause_start(text, floor, change.start)
    if _NONE_LEFT_RE.match(text, clause):
        return True
    if (
        clause <= floor
        or not _SUBJECTLESS_RE.match(text[clause : change.start])
        or text[clause - 1] not in "，,"
    ):
        return False
    return _NONE_LEFT_RE.match(text, _clause_start(text, floor, clause - 1)) is not None


_SUBJECT_HEAD = 3  # characters: 劣Ⅴ类比例 / 劣Ⅴ类断面 share 劣Ⅴ类


def _none_stated_before(change: Indicator, text: str, paragraph: int) -> bool:
    """Whether the change's paragraph said before it that none of its subject is left (无劣Ⅴ类断面 …
    劣Ⅴ类比例下降0.9个百分点)."""
    head = change.subject.strip()[:_SUBJECT_HEAD]
    if len(head) < _SUBJECT_HEAD:
        return False
    return (
        re.search(rf"(?:无|没有|未出现|未发生)\s*{re.escape(head)}", text[paragraph : change.start])
        is not None
    )


def _clause_start(text: str, floor: int, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause break in [floor, pos)."""
    return max(text.rfind(ch, floor, pos) for ch in "，,；;。\n") + 1


def _level_stated_next(out: list[Indicator], i: int, text: str) -> int | None:
    """…PM2.5、PM10浓度同比下降，降幅分别为14.6%、26.9%。¶其中，PM2.5月均浓度为70μg/m3: a
    monthly report's changes come first and its levels in the next paragraph (past empty lines).
    The change goes to the next level of its indicator (place and period agreeing; a change with
    no place agrees with 全市 or 我省) by the end of that paragraph, when no other statement of the
    indicator comes between; a level that has a change keeps it."""
    change = out[i]
    if change.change is None or change.change.basis != "yoy":
        return None  # a report's changes are 同比; an unstated basis may be any figure's
    own = text.rfind("\n", 0, change.start)
    opened = text.rfind("\n", 0, max(own, 0)) + 1  # the paragraph before the change's, and its own
    if any(
        f.code == change.code and not f.is_change_only and f.change is None and f.start >= opened
        for f in out[:i]
    ):
        return None  # …比例70.0%(63.0天)，同比下降1.5个百分点: a level just before has first claim
    if _none_stated_before(change, text, own + 1):
        return None  # …无劣Ⅴ类断面。…劣Ⅴ类比例下降0.9个百分点: the change of a level that is none
    first = _PARAGRAPH_END_RE.search(text, change.end)
    second = _PARAGRAPH_END_RE.search(text, _past_blank_lines(text, first.end())) if first else None
    reach = second.start() if second else len(text)
    for j in range(i + 1, len(out)):
        figure = out[j]
        if figure.start > reach:
            return None
        if figure.code != change.code:
            continue
        if figure.is_change_only or figure.change is not None:
            return None  # the indicator is stated again before a level takes the change
        agrees = (
            figure.region is None
            or same_place(figure.region, change.region)
            or (change.region is None and _WHOLE_AREA_RE.fullmatch(figure.region) is not None)
        ) and (figure.period is None or figure.period == change.period)
        return j if agrees and not _another_version(figure, text) else None
    return None


# 若剔除沙尘天气影响，…。…达标天数比例为90.3%: a paragraph (or the figure's sentence) opening on
# the figures' other version, not the one the change is of
_OTHER_VERSION_RE = re.compile(r"\s*(?:若|如|在)?(?:剔除|扣除|不含|不计)")


def _another_version(figure: Indicator, text: str) -> bool:
    paragraph = text.rfind("\n", 0, figure.start) + 1
    sentence = max(text.rfind(ch, paragraph, figure.start) for ch in "。！？!?") + 1
    return any(_OTHER_VERSION_RE.match(text, pos) for pos in {paragraph, max(sentence, paragraph)})


_SENTENCE_STOP_RE = re.compile(r"[。！？!?\n]")
_PLACE_SUFFIX_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[市县区州盟]$")


def same_place(a: str | None, b: str | None) -> bool:
    """Whether two regions name one place (吴忠 and 吴忠市: a list writes the suffix once)."""
    if a is None or b is None:
        return a == b
    return a == b or _PLACE_SUFFIX_RE.sub("", a) == _PLACE_SUFFIX_RE.sub("", b)


def attach_later_changes(indicators: list[Indicator], text: str = "") -> list[Indicator]:
    """A level-less change stated after its figure, in a later sentence of the passage, goes to it
    (to the figure about the same place when the change is one of a list of places):
    森林覆盖率提高到23.47%。…森林覆盖率提高7.12个百分点 (one catalog code named: the last
    figure of that code nearby); …达到59微克/立方米，较2013年下降23.4%…；较2016年下降1.7% (no
    subject but the comparison: the last figure nearby). The figure takes it when it has no change
    yet, or when this one is year on year and its own is not."""
    out: list[Indicator] = []
    last: dict[str, int] = {}
    for ind in indicators:
        target = _later_change_target(ind, out, last, text)
        if target is not None:
            out[target] = replace(out[target], change=ind.change)
            continue
        if _second_comparison(ind, out, last) or _month_on_month_after(ind, out):
            continue  # …较2020年下降5.3%；较2015年下降30.1%: the figure's other change, for a note
        if not ind.is_change_only:
            last[ind.code] = len(out)
        out.append(ind)
    return out


# 乙市…优良天数比例94.5%。同比下降0.7个百分点: a change right after a figure, only a mark and a
# comparison word between, is that figure's whoever else the passage has figures for (also when a
# page sets the change on a line of its own: 乙市…57微克/立方米，¶¶同比上升1.8%)
_RIGHT_AFTER_RE = re.compile(
    rf"(?:[。；;，,]\s*|\s+)(?:{YEAR_ON_YEAR_WORDS})?"
    r"(?:下降|上升|提高|降低|增加|减少|提升|改善)?了?\s*"
)


def _later_change_target(ind: Indicator, out: list[Indicator], last: dict[str, int], text: str) -> int | None:
    if not ind.is_change_only or ind.change is None or not out:
        return None
    if ind.change.basis == "cumulative":
        return None  # “十四五”时期…累计下降20%: a period's change, not an earlier year's figure's
    codes = codes_of_changed_subject(ind.subject, points=ind.change.unit == "percentage_point")
    if len(codes) == 1 and ind.region is not None and _placed(out, codes[0], ind.region) is not None:
        target = _placed(out, codes[0], ind.region)
    elif len(codes) == 1:
        target = last.get(codes[0])
        if target is not None and None not in (ind.year, out[target].year) and out[target].year != ind.year:
            # 2016年为41微克，而2015年为46微克。…浓度较2015年降低10.9%: the figure of the
            # change's own year, not the earlier year's set beside it
            target = next(
                (
                    i
                    for i in range(target - 1, -1, -1)
                    if out[i].code == codes[0] and out[i].year == ind.year and not out[i].is_change_only
                ),
                None,
            )
        right_after = target is not None and _RIGHT_AFTER_RE.fullmatch(text[out[target].end : ind.start])
        if (
            target is not None
            and ind.region is None
            and not _is_whole(out[target].region)
            and not right_after
        ):
            # …全省…分别为72、19…，其中甲市…分别为98、35…。与上年相比，…分别下降了2.7%、11%: a change
            # naming no place is the whole's, when the whole has that year's figure too
            whole = _whole_figure(out, codes[0], target)
            target = whole if out[whole].year == out[target].year else target
        if target is not None and ind.region is None and not right_after and _about_the_whole(ind, text):
            # …甲市、乙市和丙市均为100%。与上年同期相比，全省平均优良天数比例提高2.6个百分点:
            # the whole's change, not the listed cities'
            target = _whole_figure(out, codes[0], target)
        group = _counted_group(text, ind.end) if target is not None else None
        if target is not None and group is not None:
            # 11个城市…平均达标天数比例为91.2%，其中100%达标的城市有甲…。…11个城市…下降4.4%: the
            # figure of the group the change counts, not a listed member's after it
            target = _figure_of_group(out, codes[0], target, group, text)
        if (
            target is not None
            and group is not None
            and _counted_group(text, out[target].end) not in (None, group)
        ):
            target = None  # 全省11个城市…为93.1%。…5个重点城市…平均达标天数比例上升3.7%: another group's
        if target is not None and ind.region is not None and out[target].region not in (None, ind.region):
            target = None  # 石家庄's change is not 安阳's, the last figure of the code
        elif (
            target is not None and ind.region is not None and not _names_place(out[target], ind.region, text)
        ):
            target = None  # 全区…为300天，其中甲市、乙市分别上升: 甲市's change, not the whole's
    elif (
        not codes
        and _COMPARISON_ONLY_RE.match(ind.subject.strip())
        and not _after_bare_number(text, ind.start)
    ):
        target = _last_figure_near(out, ind.start)
        if target is not None and ind.region is not None and out[target].region != ind.region:
            target = None  # one of a list of places is that place's, never the last figure's
    else:
        target = None
    if target is not None and ind.period is not None and out[target].period != ind.period and len(codes) == 1:
        # 一季度…优良率72.2%。…3月…优良率74.2%，提高12.9个百分点。综合一季度，优良率提高了11.1%:
        # the change of the figure of its own period
        target = next(
            (
                i
                for i in range(len(out) - 1, -1, -1)
                if out[i].code == codes[0]
                and out[i].period == ind.period
                and out[i].change is None
                and not out[i].is_change_only
                and (ind.region is None or out[i].region in (None, ind.region))
            ),
            target,
        )
    if target is None or ind.start - out[target].end >= _NEAR:
        return None
    if (
        ind.period is not None
        and out[target].period != ind.period
        and not _period_before(out[target], ind.period, text)
    ):
        return None  # …3月的PM2.5平均浓度分别同比上升: not the change of the season's figure
    current = out[target].change
    if current is None or (ind.change.basis == "yoy" and current.basis not in ("yoy", None)):
        return target
    return None


_PERIOD_REACH = 200  # characters before a figure in which its sentence's period may be stated


def _period_before(figure: Indicator, period: str, text: str) -> bool:
    """Whether ``figure``, with no period of its own, is of ``period`` by pointing back to it
    (发布2月环境质量状况。当月…优良天数比例为71.2%, then 2月份…比例同比上升8.3个百分点)."""
    if figure.period is not None or not text:
        return False
    window = text[max(figure.start - _PERIOD_REACH, 0) : figure.start]
    back = _THAT_MONTH_RE.search(window)
    if back is None:
        return False
    return period in period_name(window[: back.start()])


_THAT_MONTH_RE = re.compile(r"当月|本月|该月")


def _about_the_whole(ind: Indicator, text: str) -> bool:
    """Whether a placeless change names the whole area just before its subject (全省平均…上升)."""
    if not text:
        return False
    floor = max(ind.start - _WHOLE_REACH, 0)
    stop = max(text.rfind(ch, floor, ind.start) for ch in "，,。；;\n") + 1
    # (…11个城市空气质量平均达标天数比例下降4.4%: an average is the whole's)
    return _WHOLE_AREA_RE.search(text, max(stop, floor), ind.end) is not None or "平均" in ind.subject


_WHOLE_REACH = 8  # characters before a change's subject in which 全省 / 全市 may stand


def _whole_figure(out: list[Indicator], code: str, last: int) -> int:
    """The last figure of ``code`` up to ``last`` about the whole area (no place, or 全省), when
    the last one is about a place; ``last`` when there is none."""
    return _last_figure_where(out, code, last, lambda f: _is_whole(f.region))


def _last_figure_where(out: list[Indicator], code: str, last: int, fits: Callable[[Indicator], bool]) -> int:
    """The last figure of ``code`` up to ``last`` (``last`` itself first) that ``fits``, else ``last``."""
    return next(
        (
            i
            for i in range(last, -1, -1)
            if out[i].code == code and not out[i].is_change_only and fits(out[i])
        ),
        last,
    )


def _is_whole(region: str | None) -> bool:
    return region is None or _WHOLE_AREA_RE.fullmatch(region) is not None


# 14个城市 / 6个环保重点城市 / 12个盟市: a counted group of places a figure or change is about
_COUNTED_GROUP_RE = re.compile(r"(\d{1,3})\s*个[\u4e00-\u9fff]{0,6}?(?:城市|市州|盟市|地市|区县|县区|市)")


def _figure_of_group(out: list[Indicator], code: str, last: int, group: str, text: str) -> int:
    """The last figure of ``code`` up to ``last`` whose sentence counts ``group`` places, else
    ``last`` (also when ``last``'s sentence counts none)."""
    if _counted_group(text, out[last].end) is None:
        return last
    return _last_figure_where(out, code, last, lambda f: _counted_group(text, f.end) == group)


def _counted_group(text: str, pos: int) -> str | None:
    """How many places the sentence holding ``pos`` counts before ``pos``, if it does."""
    floor = max(pos - _PLACE_REACH, 0)
    start = max(text.rfind(ch, floor, pos) for ch in "。；;\n！？!?") + 1
    found = list(_COUNTED_GROUP_RE.finditer(text, max(start, floor), pos))
    return found[-1].group(1) if found else None


def _names_place(figure: Indicator, place: str, text: str) -> bool:
    """Whether ``figure`` is about ``place``: its region, or (untagged) the place written before it
    in its paragraph (2016年，甲市…。大家关心的细颗粒物，2016年为41微克: 甲市's)."""
    if figure.region is not None or not text or _WHOLE_AREA_RE.match(place):
        return figure.region in (None, place)
    paragraph = text.rfind("\n", 0, figure.start) + 1
    return place in text[max(figure.start - _PLACE_REACH, paragraph) : figure.end]


_PLACE_REACH = 120  # characters before an untagged figure in which the place it is about is named


_WHOLE_AREA_RE = re.compile(r"[全我本该][省市区县州国]")  # 全省, 我市: the whole the passage is about


# A change stated by its comparison alone (较2015年下降30.1%, 比“十二五”末上升2.1个百分点).
_COMPARISON_CHANGE_RE = re.compile(
    r"[；;，,\s]*(?:较|比|与)[^，,。；;]{1,14}?(?:相比)?[，,]?\s*(?:下降|上升|降低|提高|减少|增加|增长|改善)了?"
    r"\s*\d+(?:\.\d+)?\s*(?:%|个百分点)"
)


_MONTH_ON_MONTH_RE = re.compile(r"环比[^，,。；;\d]{0,6}$")


def _month_on_month_after(ind: Indicator, out: list[Indicator]) -> bool:
    """…优良天数率同比下降1.8个百分点，环比上升9.7个百分点: the month-on-month change right
    after the year-on-year one of the same figure is its second comparison, for a note."""
    if not ind.is_change_only or not out or ind.change is None:
        return False
    before = out[-1]
    words = ind.quote[: max(ind.quote.rfind(str(ind.change.value).rstrip("0").rstrip(".")), 0)]
    return (
        before.code == ind.code
        and before.change is not None
        and before.change.basis == "yoy"
        and _MONTH_ON_MONTH_RE.search(words) is not None
        and ind.start - before.end < _MONTH_ON_MONTH_REACH
    )


_MONTH_ON_MONTH_REACH = 40  # characters between the two comparisons of one figure


def _second_comparison(ind: Indicator, out: list[Indicator], last: dict[str, int]) -> bool:
    """A change-only item that only compares, right after a figure of its code that already has a
    change: that figure's second comparison (the labelling convention's note), not an item."""
    if not ind.is_change_only or not _COMPARISON_CHANGE_RE.fullmatch(ind.quote):
        return False
    target = last.get(ind.code)
    if target is None or ind.start - out[target].end >= _NEAR or out[target].change is None:
        return False
    return ind.region is None or out[target].region in (None, ind.region)


_BARE_NUMBER_END_RE = re.compile(r"\d\s*[，,][^，,。；;！？\d]{0,8}$")


def _after_bare_number(text: str, pos: int) -> bool:
    """…综合指数…达到4.50，同比下降10.1%: the change is that number's, which no figure holds."""
    return _BARE_NUMBER_END_RE.search(text, max(pos - 16, 0), pos) is not None


def _placed(out: list[Indicator], code: str, region: str) -> int | None:
    """The last figure of ``code`` about ``region`` (甲市…分别为30 for 甲市…同比分别下降21.5%)."""
    return next(
        (
            i
            for i in range(len(out) - 1, -1, -1)
            if out[i].code == code and out[i].region == region and not out[i].is_change_only
        ),
        None,
    )


# A count of things or of years running takes no change stated after it by its comparison alone.
_NO_LATER_CHANGE = frozenset({"count", "streak", "compliance_streak_years"})


def _last_figure_near(out: list[Indicator], pos: int) -> int | None:
    """The last figure with a level, not a count, ending within reach of ``pos``."""
    for i in range(len(out) - 1, -1, -1):
        if pos - out[i].end >= _NEAR:
            return None
        if not out[i].is_change_only and out[i].code not in _NO_LATER_CHANGE:
            return i
    return None


# …分别下降20.5%、30.2%，分别达到了36.0微克/立方米、31.5微克/立方米: the levels the listed
# changes reached, in a second 分别 list of the same sentence.
_LEVELS_REACHED_RE = re.compile(
    r"^[^。；;！？\n]{0,12}?分别(?:达到|降至|降到|下降至|下降到|升至|上升至|为)了?"
)


def pair_listed_levels(indicators: list[Indicator], text: str) -> list[Indicator]:
    """A 分别 list of changes followed in its sentence by a 分别 list of the levels reached, one
    per member: each level takes its member's change (and place), and the changes are not items
    of their own. Anything else is left as it is."""
    out = list(indicators)
    i = 0
    while i < len(out):
        run = _change_run(out, i)
        n = len(run)
        after = _next_figures(out, i + n, n) if n >= 2 else []
        levels = [out[k] for k in after]
        if n >= 2 and len(levels) == n and _reached(run, levels, text):
            for k, change in zip(after, run, strict=True):
                out[k] = replace(out[k], change=change.change, region=out[k].region or change.region)
            del out[i : i + n]
            continue
        shared = _next_figures(out, i + n, 1) if n >= 2 else []
        if shared and _all_reached(run, out[shared[0]], text):
            # …分别增加9.1、25、33.3个百分点，优良比例均达100%: one level reached by every member
            level = out[shared[0]]
            out[i : shared[0] + 1] = [
                replace(level, change=c.change, region=c.region or level.region) for c in run
            ]
            i += n
            continue
        i += max(n, 1)
    return out


# 分别增加9.1、25、33.3个百分点，优良比例均达100%: the level every listed change reached.
_ALL_REACHED_RE = re.compile(r"^[^。；;！？\n\d]{0,16}?均(?:达到|达|为|保持|升至|降至)了?\s*\d")


def _all_reached(run: list[Indicator], level: Indicator, text: str) -> bool:
    """Whether ``level`` follows the list right after its last change, shared by 均 (均达100%), and
    is of the same indicator."""
    between = text[run[-1].end : level.end]
    return level.code == run[0].code and _ALL_REACHED_RE.match(between) is not None


def _next_figures(out: list[Indicator], start: int, n: int) -> list[int]:
    """The indices of the ``n`` items after ``start`` that are not generic counts (两个区域)."""
    found: list[int] = []
    for k in range(start, len(out)):
        if len(found) == n:
            break
        if out[k].code != "count":
            found.append(k)
    return found


def _change_run(out: list[Indicator], i: int) -> list[Indicator]:
    """The change-only items of one list starting at ``i`` (they share the list's start)."""
    run: list[Indicator] = []
    for k in range(i, len(out)):
        if not out[k].is_change_only or (run and out[k].start != run[0].start):
            break
        run.append(out[k])
    return run


def _reached(run: list[Indicator], levels: list[Indicator], text: str) -> bool:
    codes = {lv.code for lv in levels}
    if len(codes) != 1 or any(lv.is_change_only or lv.change is not None for lv in levels):
        return False
    if any(c.code not in (*codes, "change") for c in run):
        return False
    return _LEVELS_REACHED_RE.match(text[max(c.end for c in run) : levels[0].end]) is not None


# 以上数据为2016年1月1日-6月30日均值: a note after the figures says which year they all are.
_YEAR_OF_ABOVE_RE = re.compile(
    r"(?:以上|上述|上表)(?:数据|指标|监测数据|数值)(?:均)?(?:为|是|系|统计)\s*(?P<y>(?:19|20)\d{2})\s*年"
)


def years_stated_after(indicators: list[Indicator], text: str) -> list[Indicator]:
    """The figures before a note naming their year (以上数据为2016年…) take that year."""
    notes = [(m.start(), int(m.group("y"))) for m in _YEAR_OF_ABOVE_RE.finditer(text)]
    if not notes:
        return indicators
    out: list[Indicator] = []
    for ind in indicators:
        year = next((y for pos, y in notes if ind.end <= pos), None)
        out.append(replace(ind, year=year) if year is not None else ind)
    return out


def drop_month_on_month_twins(indicators: list[Indicator], text: str) -> list[Indicator]:
    """…环比分别下降11.9%、17.4%，同比分别下降21.3%、29.6%: a change-only item of a month-on-month
    comparison with a year-on-year twin (same indicator, place and period) in its sentence is
    that item's note; the year-on-year one is the item."""
    yoy: dict[tuple[str, str | None, str | None], list[int]] = {}
    levels: dict[tuple[str, str | None, float], list[int]] = {}
    for i in indicators:
        if i.is_change_only and i.change is not None and i.change.basis == "yoy":
            yoy.setdefault((i.code, i.region, i.period), []).append(i.start)
        elif i.value is not None and i.change is not None and i.change.basis == "yoy":
            levels.setdefault((i.code, i.region, i.value), []).append(i.start)
    if not yoy and not levels:
        return indicators
    for starts in yoy.values():
        starts.sort()
    stated = {
        (i.code, i.change.value) for i in indicators if i.change is not None and i.change.basis == "yoy"
    }
    return [
        ind
        for ind in indicators
        if not _month_on_month_twin(ind, yoy, text)
        and not _month_on_month_level(ind, levels, text)
        and not _after_its_yoy_change(ind, stated, text)
    ]


# …优良天数率同比下降1.8个百分点，环比上升9.7个百分点: the year-on-year change said first.
_YOY_BEFORE_RE = re.compile(
    r"同比(?:上升|下降|提高|降低|增加|减少|升高|改善|恶化)了?\s*(?P<v>\d+(?:\.\d+)?)\s*(?:个百分点|%)[，,、]\s*$"
)


def _after_its_yoy_change(ind: Indicator, stated: set[tuple[str, float]], text: str) -> bool:
    """A change-only item of a 环比 comparison right after its subject's 同比 change, which an item
    of the same indicator carries (a level in the paragraph before may have taken it): the
    month-on-month change is that item's note."""
    if not ind.is_change_only or ind.change is None or "环比" not in ind.quote:
        return False
    said = _YOY_BEFORE_RE.search(text, max(ind.start - 30, 0), ind.start)
    return said is not None and (ind.code, float(said.group("v"))) in stated


# 与上月相比，…分别下降10.9%、12.9%: a sentence that opens on a month-on-month comparison.
_VERSUS_LAST_MONTH_RE = re.compile(r"(?:与|较|比|和)上(?:个)?月(?:份)?(?:相比|比较)?")


def _month_on_month(ind: Indicator, text: str) -> bool:
    """Whether ``ind`` is stated against the month before (环比, or its sentence's 与上月相比)."""
    if "环比" in ind.quote:
        return True
    floor = max(ind.start - _TWIN_REACH, 0)  # a sentence's opening words are near; never rescan a long text
    stop = max(text.rfind(ch, floor, ind.start) for ch in "。！？!?\n")
    return _VERSUS_LAST_MONTH_RE.search(text, max(stop + 1, floor), ind.start) is not None


def _month_on_month_level(
    ind: Indicator, levels: dict[tuple[str, str | None, float], list[int]], text: str
) -> bool:
    """…比例由84.1%上升到85.6%（同比）。与上月相比，…比例由74.9%上升为85.6%: the same level
    restated with its month-on-month change, in the paragraph of its year-on-year statement."""
    if ind.value is None or ind.change is None or ind.change.basis == "yoy" or not _month_on_month(ind, text):
        return False
    starts = levels.get((ind.code, ind.region, ind.value), [])
    return any(
        start < ind.start and ind.start - start <= _TWIN_REACH and "\n" not in text[start : ind.start]
        for start in starts
    )


_TWIN_REACH = 300  # characters: a sentence's two lists of one indicator's changes


def _month_on_month_twin(
    ind: Indicator, yoy: dict[tuple[str, str | None, str | None], list[int]], text: str
) -> bool:
    if (
        not ind.is_change_only
        or ind.change is None
        or ind.change.basis == "yoy"
        or not _month_on_month(ind, text)
    ):
        return False
    starts = yoy.get((ind.code, ind.region, ind.period), [])
    near = starts[
        bisect_left(starts, ind.start - _TWIN_REACH) : bisect_right(starts, ind.start + _TWIN_REACH)
    ]
    # 环比 in the list's own words: a twin in its sentence; a sentence that opens on 与上月相比:
    # a twin earlier in its paragraph
    across = "环比" not in ind.quote
    return any(
        (across and start < ind.start and "\n" not in text[start : ind.start])
        or _SENTENCE_STOP_RE.search(text, min(start, ind.start), max(start, ind.start)) is None
        for start in near
    )


_SHARED_VALUE_RE = re.compile(
    r"^(?P<members>[^，,。；;：:]{2,80}?)(?:均为|均达到|均达|都为|都达到|均是|同为|均保持在?|均稳定在|均维持在)\s*$"
)
_MEMBER_SPLIT_RE = re.compile(r"和|、|及(?!以上|以下)|与")  # Ⅲ类及以上水质比例 is one member
_BRACKETED_RE = re.compile(r"[(（][^()（）]*[)）]")


def spread_shared_values(indicators: list[Indicator], text: str) -> list[Indicator]:
    """水域功能达标率和Ⅰ~Ⅲ类水质比例均为87.7%: one value said of several listed indicators is a
    figure of each (the labelling convention's list with one value)."""
    entries = catalog_by_code()
    out: list[Indicator] = []
    for ind in indicators:
        out.append(ind)
        entry = entries.get(ind.code)
        if ind.is_change_only or ind.value is None or entry is None or entry.generic:
            continue
        value_at = value_start(ind, text)
        shared = _SHARED_VALUE_RE.match(text[ind.start : value_at]) if value_at is not None else None
        if shared is None:
            continue
        # (甲水源地(乙水库、丙水库)及丁水源地…均为100%: a bracket lists what a member holds)
        listed = _BRACKETED_RE.sub("", shared.group("members"))
        members = [m for m in _MEMBER_SPLIT_RE.split(listed) if m.strip()]
        codes = [match_code(_with_shared_rate(member, members), entry.unit_kind) for member in members]
        if entry.domain == "water":
            # 断面水质达标率和优良率均保持100%: a member naming no water body is of the list's water
            bodies = water_bodies(listed)
            codes = [
                _of_listed_water(code, member, bodies) for code, member in zip(codes, members, strict=True)
            ]
        if ind.code not in codes and codes.count(None) == 1:
            # 优Ⅲ比例和达标率均为93.8% under a heading on sections: the member naming no code
            # alone (达标率) is the figure's own, which its context named
            codes = [ind.code if code is None else code for code in codes]
        if ind.code == _DRINKING:
            codes = [
                _DRINKING if _WATER_DRAWN_RE.search(m) else c for m, c in zip(members, codes, strict=True)
            ]
        if len(members) < 2 or ind.code not in codes:
            continue
        seen = {ind.code}
        for member, code in zip(members, codes, strict=True):
            # (水质达标率和水量达标率均为100%: the share of sources and the share of water drawn,
            # two figures of one code)
            if code is not None and (code not in seen or _WATER_DRAWN_RE.search(member)):
                seen.add(code)
                out.append(replace(ind, code=code, subject=member.strip()))
    return out


_AIR_WORD_RE = re.compile(r"空气|天数|大气|AQI|蓝天")
_WATER_DRAWN_RE = re.compile(r"水量达标")
_DRINKING = "drinking_water_source_compliance_ratio"
# 县控断面、饮用水水源地水质达标率均为100%: the rate closing the list is every member's
_SHARED_RATE_RE = re.compile(r"(?:水质)?(?:达标率|达标比例|合格率)$")
_RATE_WORD_RE = re.compile(r"率|比例|占比|浓度|指数")


def _with_shared_rate(member: str, members: list[str]) -> str:
    """``member`` with the rate that closes the list when it names none of its own."""
    rate = _SHARED_RATE_RE.search(members[-1].strip())
    if rate is None or member is members[-1] or _RATE_WORD_RE.search(member):
        return member
    return member.strip() + rate.group()


def _of_listed_water(code: str | None, member: str, bodies: list[str]) -> str | None:
    """A listed member's code read as the list's water body's (优良率 after 断面水质达标率)."""
    if code != "good_air_days_ratio" or _AIR_WORD_RE.search(member):
        return code
    return water_code(None, member, bodies)


def value_start(ind: Indicator, text: str) -> int | None:
    """Where the value of ``ind`` is written in its quote (the last number in it)."""
    found = list(re.finditer(r"\d+(?:\.\d+)?", text[ind.start : ind.end]))
    return ind.start + found[-1].start() if found else None
