"""Figures a passage states twice: a headline over its article, a sentence said again.

The labelling convention counts a restated figure once. Two statements of one figure that differ
in their period (12月 and 1-12月 both 100%) or in their change are two figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Change, Indicator
from scrapers.extract.catalog import catalog_by_code
from scrapers.extract.coding import is_bare
from scrapers.extract.naming import canonical

_NOT_MERGED = ("change", "count", "days", "share")


def merge_restatements(indicators: list[Indicator], text: str = "") -> list[Indicator]:
    """Drop a catalog figure restated later in the passage (same code, value, unit, year and
    change, and the same place, or in a later paragraph a place said only once; not when both name a period and the
    periods differ, 12月 and 1-12月). When the first statement has no change and the restatement has one (SO2为7…。
    与去年同期相比，SO2由9下降至7), the first takes it. Two versions of a figure that differ in
    their change (…比例为0.8%，同比下降0.2个百分点；其中重污染天数比例为0.8%) both stay; generic
    quantities and ranks are never merged. A change-only statement said again (same code, place,
    year, period and change) is dropped too, and so is anything read from a sentence the text
    already held elsewhere (a mirror that prints a paragraph twice)."""
    first: dict[tuple[object, ...], int] = {}
    anywhere: dict[tuple[object, ...], int] = {}  # the same figure whatever its place
    changes_only: dict[tuple[object, ...], Indicator] = {}
    out: list[Indicator] = []
    sentences: dict[tuple[float | None, str, int, int], int] = {}
    claimed: dict[int, str | None] = {}  # a placeless figure: the place of the restatement it took
    for ind in indicators:
        if _said_again(ind, text, sentences):
            continue  # the same sentence printed twice: whatever context the second copy got
        unit = ind.unit_base or ind.unit  # 28.0μg/m³ in a headline is 28.0微克/立方米 in the body
        key = (ind.code, ind.value, unit, ind.region, ind.year)
        if ind.is_change_only and ind.code not in _NOT_MERGED and ind.change is not None:
            # a change-only statement said again (a mirror that prints a paragraph twice)
            change_key = (ind.code, ind.region, ind.year, ind.period, ind.change.direction, ind.change.value)
            said = changes_only.get(change_key)
            if said is None:
                # 13城PM10浓度下降6.3% (a headline, no place) and …全省…13个城市…下降6.3%
                # (or one of them placed, the other not; or one of them of a period, the other
                # of the period the passage is about: 今年1—3月…上升6个百分点 and, later, …上升6个百分点)
                said = next(
                    (
                        c
                        for k, c in changes_only.items()
                        if k[0] == ind.code
                        and k[2] == change_key[2]
                        and k[4:] == change_key[4:]
                        and (k[1] == ind.region or None in (k[1], ind.region))
                        and (k[3] == ind.period or None in (k[3], ind.period))
                    ),
                    None,
                )
            if (
                said is not None
                and (
                    same_subject(said, ind)
                    or (bool(text) and _in_headline(text, said.start))
                    # 2017年13城PM10浓度下降6.3% 省厅…通报…下降6.3%: a spaced headline
                    or not float(ind.change.value).is_integer()
                    # 上半年全国优良水体增加5个百分点 ¶ …全国…水体比例同比增加5个百分点: one place's
                    # one change of one indicator, said twice in other words
                    or (said.region is not None and said.region == ind.region)
                )
                and same_change(said.change, ind.change)
            ):
                continue
            changes_only.setdefault(change_key, ind)
        if ind.code in _NOT_MERGED or ind.unit == "rank" or ind.is_change_only:
            out.append(ind)
            continue
        placeless = (ind.code, ind.value, unit, ind.year)
        other = out[anywhere[placeless]] if placeless in anywhere else None
        if other is not None and _row_restates(other, ind, text):
            # 甲县PM2.5月均浓度为14微克…（同比上升16.7%） and below, 甲县 | 5 | 9 | 24 | 14 |
            out[anywhere[placeless]] = _with_change_of(other, ind)
            continue
        if other is not None and _row_restates(ind, other, text):
            out[anywhere[placeless]] = _with_change_of(ind, other)  # the table first, the sentence after it
            continue
        if (
            key not in first
            and other is not None
            # (a restatement naming no place claims none: 【…比例88.4%】 twice, then 全国…88.4%)
            and claimed.get(anywhere[placeless], ind.region) in (ind.region, None)
            and _restated_elsewhere(other, ind, text)
        ):
            key = (*placeless[:3], other.region, ind.year)  # the same figure, its place said once
            # 甲州97.3% in a headline, then 乙市…97.3%；丙市…97.3%: a figure is restated once, the
            # next place's equal figure is its own
            claimed[anywhere[placeless]] = ind.region
        anywhere.setdefault(placeless, len(out))
        kept = out[first[key]] if key in first else None
        if kept is not None and (
            (kept.period and ind.period and kept.period != ind.period)
            or (not same_subject(kept, ind) and not _said_again_with_its_rise(kept, ind, text))
            # 点位达标率100%；取水总量…，达标水量…，水质达标率100%: counted by volume, another version
            or (bool(text) and _VOLUME_BETWEEN_RE.search(text, kept.end, ind.start) is not None)
        ):
            first[key] = len(out)  # another period's figure: later restatements are of this one
            out.append(ind)
            continue
        if (
            kept is not None
            and kept.region is None
            and (
                _another_place_opens(text, kept.end, ind.start, _place_opening(kept.subject))
                or (bool(text) and _LIST_GAP_RE.fullmatch(text, kept.end, ind.start) is not None)
            )
        ):
            # (…分别为2.9%、2.9%、5.6%: two members of one list, each the figure of its own member)
            first[key] = len(out)  # 甲市…优良率100%；乙县…优良率100%: each place's own figure
            out.append(ind)
            continue
        merged: Indicator | None = None
        if kept is not None and same_change(kept.change, ind.change):
            # the restatement may say the basis
            merged = (
                replace(kept, change=ind.change)
                if kept.change is not None and kept.change.basis is None
                else kept
            )
        elif kept is not None and kept.change is None:
            merged = replace(kept, change=ind.change, previous_value=ind.previous_value)
        elif (
            kept is not None
            and ind.change is None
            and (
                "\n" in text[kept.end : ind.start]
                or (ind.region in (None, kept.region) and not _a_part_of(text, kept.end, ind.start))
            )
        ):
            # …36.9微克/立方米，略高于去年同期0.8% … 全省平均浓度36.9微克/立方米 in a later paragraph, or
            # in a list of the month's levels later in the paragraph, naming no other place (not
            # 其中重污染天数比例为0.5%: the dust-caused part, another version of the figure)
            merged = kept
        elif (
            kept is not None and _older_comparison_of(kept, ind) and not _a_part_of(text, kept.end, ind.start)
        ):
            # …90.4%，同比上升2.6个百分点。…由2015年的71.2%提高到2020年的90.4%: the figure said again
            # with a change over several years, which its note keeps
            merged = kept
        if kept is not None and merged is not None:
            out[first[key]] = _where_the_article_says_it(merged, ind, text)
            claimed.setdefault(first[key], ind.region)
            continue
        first.setdefault(key, len(out))
        out.append(ind)
    return sorted(out, key=lambda i: i.start)  # a headline's figure moved to where the article says it


_LIST_GAP_RE = re.compile(r"(?:\s*(?:[、，,]|和|及|与)\s*\d+(?:\.\d+)?\s*%?)*\s*(?:[、，,]|和|及|与)\s*")


def _said_again_with_its_rise(kept: Indicator, again: Indicator, text: str) -> bool:
    """…断面Ⅰ~Ⅲ类比例为100%，…较基准年，优良比例由87.5%提高到100%: the
    figure said again in its paragraph with the earlier value it rose from, in other words for the
    same measure; the first statement takes the change."""
    return (
        kept.change is None
        and again.change is not None
        and again.previous_value is not None
        and again.region in (None, kept.region)
        and bool(text)
        and "\n" not in text[kept.end : again.start]
        and not _SENTENCE_STOP_RE.search(text, kept.end, again.start)
    )


def _older_comparison_of(kept: Indicator, again: Indicator) -> bool:
    """Whether ``again`` restates ``kept`` (its year-on-year change stated) with a change against an
    older period, or one worked out from an earlier value it names (由2015年的71.2%提高到2020年的90.4%)."""
    if (
        kept.change is None
        or again.change is None
        or kept.change.basis != "yoy"
        or again.change.basis == "yoy"
    ):
        return False
    return again.change.basis in ("vs_period", "cumulative") or again.previous_value is not None


def _where_the_article_says_it(merged: Indicator, again: Indicator, text: str) -> Indicator:
    """A headline's figure (甲州优良天数比率为97.3%) restated in the article is kept where the
    article states it, with what the two statements say together: the headline only repeats it."""
    if (
        not text
        or _table_row(merged)
        or not _in_headline(text, merged.start)
        or _in_headline(text, again.start)
    ):
        return merged
    return replace(again, change=merged.change, previous_value=merged.previous_value)


# ；乙县总采样天数为350天: a clause opening on a place the extractor does not know by name
_PLACE_OPENS_RE = re.compile(
    r"[；;，,。]\s*(?![全本我该各])[\u4e00-\u9fff]{1,5}(?:县|市|区|州|旗|盟)(?![\u4e00-\u9fff]*[，,。；;]|内|域|级)"
)


_SUBJECT_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|州|旗|盟)(?=[A-Za-z\u4e00-\u9fff])")


def _place_opening(subject: str) -> str | None:
    """The place a subject opens with (西河县PM2.5月均浓度: 西河县), which its figure is about."""
    m = _SUBJECT_PLACE_RE.match(subject.strip())
    return m.group() if m else None


def _another_place_opens(text: str, start: int, stop: int, own: str | None = None) -> bool:
    """Whether a clause between two equal figures with no place of their own opens on a place
    (甲市总采样天数为360天…，优良率100%；乙县总采样天数为350天…，优良率100%): the second is that
    place's figure, not a restatement. Only within one paragraph."""
    if not text or "\n" in text[start:stop]:
        return False
    return any(
        own is None or not m.group().lstrip("；;，,。 ").startswith(own)
        for m in _PLACE_OPENS_RE.finditer(text, start, stop)
    )  # (own: the first figure's own place opening a clause again is no other place)


_STOP_RE = re.compile(r"[。！？!?\n]")
_WORDS_RE = re.compile(r"[\u4e00-\u9fff\d]")
_SENTENCE_MIN = 16  # characters: a shorter sentence (为27微克/立方米。) may well be said of two places


def _said_again(ind: Indicator, text: str, seen: dict[tuple[float | None, str, int, int], int]) -> bool:
    """Whether the whole sentence holding ``ind`` was already read, elsewhere in the text, with this
    figure at the same place in it (a mirror that prints a paragraph twice); records it otherwise.
    Its code and place are not compared: the second copy is read in another context."""
    if not text or ind.end > len(text):
        return False
    starts = [m.end() for m in _STOP_RE.finditer(text, max(ind.start - 400, 0), ind.start)]
    start = starts[-1] if starts else max(ind.start - 400, 0)
    stop = _STOP_RE.search(text, ind.end)
    sentence = text[start : stop.start() if stop else len(text)].strip()
    if len(sentence) < _SENTENCE_MIN or not _WORDS_RE.search(sentence):
        return False  # (a table's row, blanked for the sentence rules, is only its | left)
    key = (ind.value, sentence, ind.start - start, ind.end - start)
    first = seen.setdefault(key, ind.start)
    return first != ind.start  # PM2.5及PM10均下降18.2%: two figures of one statement stay


# 全省…99.5% in a lead paragraph and 海南省…99.5%，同比上升0.8个百分点 below: one place
_DEICTIC_RE = re.compile(r"全省|全市|全区|全县|我省|我市|我区|我县|本省|本市")


def _restated_elsewhere(first: Indicator, again: Indicator, text: str) -> bool:
    """A figure said again in a later paragraph, its place said only in one of the two
    statements (全国…PM2.5年平均浓度已降至13.4 … PM2.5年平均浓度已降至13.4): within one paragraph
    an equal value with no place is more likely another area's (全省…0.1% … 珠三角…0.1%)."""
    return (
        (
            None in (first.region, again.region)
            # 全省 of a lead and a place named below, or the other way round; not 100%, which many
            # areas reach at once
            or (
                any(_DEICTIC_RE.fullmatch(ind.region or "") is not None for ind in (first, again))
                and first.value != 100
            )
        )
        and first.value != 0  # 重污染天数为0天 in two areas' paragraphs: a zero says nothing of which
        and not (_table_row(first) or _table_row(again))  # a table row's figure is its row's place's
        and not _own_place_opens(text, again.end, first.region)
        and same_subject(first, again)
        and (
            "\n" in text[first.end : again.start]
            # 空气优良天数331天，…。…为一级(优)和二级(良)的天数为331天: within the paragraph, a
            # restatement naming no place at all, where no other place opens a clause between
            or (
                (again.region is None or _DEICTIC_RE.fullmatch(again.region) is not None)
                and first.value != 100
                and not _another_place_opens(text, first.end, again.start, first.region)
                and _SAID_OF_A_PLACE_RE.search(text, first.end, again.start) is None
            )
        )
    )


def _own_place_opens(text: str, pos: int, own: str | None) -> bool:
    """Whether a clause of the sentence holding ``pos`` opens on a place other than ``own``
    (各区中：东湖区…综合指数为3.48，达标天数为27天): that place's figure, whatever the lead said."""
    start = max(text.rfind(stop, 0, pos) for stop in "。！？\n") + 1
    if _THE_REST_RE.search(text, start, pos):
        return True  # …平均为97.6%。¶其中丙县为100%，其余县区…均为97.6%: the other places' figure
    return any(
        own is None or not m.group("place").startswith(own)
        for m in _CLAUSE_PLACE_RE.finditer(text, start, pos)
    )


_VOLUME_BETWEEN_RE = re.compile(r"(?:取水|供水|达标)(?:总)?水?量")
_THE_REST_RE = re.compile(r"(?:^|(?<=[；;，,。：:]))\s*(?:其余|其他|其它)")


_CLAUSE_PLACE_RE = re.compile(
    r"(?:^|(?<=[；;，,。：:\n]))\s*(?P<place>(?![全本我该各])[\u4e00-\u9fff]{1,5}(?:县|市|区|州|旗|盟))"
    r"(?=[\u4e00-\u9fff\d]*?(?:PM|空气|综合指数|浓度|天数|比例|水质|断面|优良|达标))"  # 乙区2020年度空气…
)


# 其中主城区 / 珠三角区域: a place named between two equal figures may be the second one's
_SAID_OF_A_PLACE_RE = re.compile(
    r"其中(?=[\u4e00-\u9fff]{0,6}(?:市|区|县|州|地区|区域|流域))|[\u4e00-\u9fff]{1,6}(?:区域|地区|市区|城区|主城区|流域)"
)
_CLAUSE_BREAK_RE = re.compile(r"[，,；;。：:\n]")


def _a_part_of(text: str, start: int, pos: int) -> bool:
    """Whether the clause holding ``pos`` opens on 其中 (其中重污染天数比例为0.5%: the dust-caused
    part, another version of the figure before it)."""
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, start, pos)]
    return "其中" in text[breaks[-1] if breaks else start : pos]


def _with_change_of(said: Indicator, row: Indicator) -> Indicator:
    """The sentence's figure, with the change its table row gives when it states none."""
    return said if said.change is not None or row.change is None else replace(said, change=row.change)


_ROW_REACH = 800  # characters from a sentence to the table that restates it without places


def _row_restates(said: Indicator, row: Indicator, text: str) -> bool:
    """Whether a table row's figure (甲县 | 5 | 9 | 24 | 14 |) restates a figure the article's
    sentence states of the row's place (2025年5月甲县…PM2.5月均浓度为14μg/m3): same code, value
    and year, the row's place the sentence's region or named in its sentence; a row of an
    indicator with no place (PM10(微克/立方米) | 47 | 53 | -12.1 |) restates the sentence just
    before its table."""
    if not text or not _table_row(row) or _table_row(said) or said.is_change_only:
        return False
    if (said.code, said.value, said.year) != (row.code, row.value, row.year):
        return False
    if not row.region:
        return 0 <= row.start - said.end <= _ROW_REACH
    stops = [m.end() for m in _STOP_RE.finditer(text, max(said.start - 200, 0), said.start)]
    sentence = text[stops[-1] if stops else max(said.start - 200, 0) : said.end]
    # a figure the extractor placed nowhere: the row's place opening its paragraph
    paragraph = text[text.rfind("\n", 0, said.start) + 1 : said.end] if said.region is None else ""
    return said.region == row.region or row.region in sentence or row.region in paragraph


def _table_row(ind: Indicator) -> bool:
    """Whether ``ind`` was read from a table row (甲区 | 25 | 40.0 |, or one cell a line)."""
    return _CELL_RE.search(ind.quote) is not None


# | 25 | / 甲市⏎50⏎30: a number that is a cell of its own (not 12 | 显示全部楼层, a forum's chrome)
_CELL_RE = re.compile(r"\|\s*[-+]?\d+(?:\.\d+)?%?\s*(?:\||$)|\n\s*[-+]?\d+(?:\.\d+)?%?\s*\n")


def same_change(a: Change | None, b: Change | None) -> bool:
    """Two statements of one change: the same direction, size and unit, their bases equal or
    one of them unstated (改善22% and, restated, 相较2019年…改善22%)."""
    if a is None or b is None:
        return a is b
    return (a.direction, a.value, a.unit) == (b.direction, b.value, b.unit) and (
        a.basis == b.basis or a.basis is None or b.basis is None
    )


def same_subject(a: Indicator, b: Indicator) -> bool:
    """Whether two statements of one value name the same thing: their subjects agree once the
    words naming the code are set aside (细颗粒物(PM2.5)平均浓度 = PM2.5平均浓度), or one says
    none; 县级饮用水源地 and 村级饮用水水源地 are different sources."""
    first, second = _core(a), _core(b)
    if bool(first) != bool(second) and _VERSION_RE.search(first or second):
        # 9个水源地中有9个达标，占100%…水量达标率也为100%: counted by water volume, another version
        return False
    return not first or not second or first == second


def _core(ind: Indicator) -> str:
    """The subject without bracketed asides and with the code's keywords cut out; empty for a
    subject that names no quantity of its own (占93.7%, 比例为…: it restates what it is next to)."""
    if is_bare(ind.subject):
        return ""
    subject = _NETWORK_RE.sub("", canonical(_ASIDE_RE.sub("", ind.subject)))
    subject = _NETWORK_SIZE_RE.sub("", subject)  # 130个地表水国考断面: the network's size is no other figure
    entry = catalog_by_code().get(ind.code)
    if entry is not None and entry.domain == "air":
        subject = _AIR_FILLER_RE.sub("", subject)
    if entry is not None and entry.domain == "water":
        subject = _WATER_FILLER_RE.sub("", subject)
    for keyword in sorted(entry.keywords if entry else (), key=len, reverse=True):
        for part in keyword.split("+"):
            subject = subject.replace(part, "")
    subject = _RATIO_WORD_RE.sub("", subject)  # 优良比例 = 优良率: the word for a share names no other figure
    return "" if is_bare(subject) else subject  # 中国的…目前已提高到: nothing of its own left


_RATIO_WORD_RE = re.compile(r"比例|比率|占比|比重|(?<=[优良标格])率")
_ASIDE_RE = re.compile(r"[(（][^()（）]{0,40}[)）]")
# 水量达标率 / 面积比例: a figure counted by volume or area, beside the one counted by places
_VERSION_RE = re.compile(r"水量|面积")
# 省控断面 / 国家考核断面 / 断面: which monitoring network is named does not make another figure
# 全县县级饮用水水源地 / 县级饮用水水源地: nor does the whole-area word before it
_NETWORK_RE = re.compile(
    r"省控|国控|国考|省考|市控|市考|(?:国家|省级|市级)?考核|^\s*(?:全|我)(?:国|省|市|县|区|州)"
)
# 城市环境空气质量平均优良天数率 / (政府所在地城市)平均优良天数率: the medium, the averaging and
# the seat of government say no other figure
# 空气质量指数达到国家一级和二级的天数共 / 空气优良天数: how the good days are defined says no other
_AIR_FILLER_RE = re.compile(
    r"(?:政府)?所在地|(?:城市)?(?:环境空气质量|空气质量|环境空气|空气)|平均|年均|指数|达到|国家|共"
)
_NETWORK_SIZE_RE = re.compile(r"\d+\s*个")
# 近岸海域水质符合… / 近岸海域海水符合…: which word names the water says no other figure
_WATER_FILLER_RE = re.compile(r"水质|海水|水体")
_HEADLINE_MAX = 40  # characters: a line this short with no full stop is a title
_SENTENCE_STOP_RE = re.compile(r"[。；;！!？?]")
_HEADLINE_STOP_RE = re.compile(r"[。；;]")
_GOES_ON_RE = re.compile(r"[ \t]*[。，,；;：:、]")


def drop_headline_restatements(indicators: list[Indicator], body: str) -> list[Indicator]:
    """A catalog figure in a headline (甲省森林覆盖率达41.20%) that the article states again
    (…森林覆盖率达41.20%，同比上升0.6个百分点) is kept once, where the article states it: the
    article gives its year, change and place, the headline only repeats it. A headline that states
    only the change (甲地PM2.5浓度同比降18.8%) gives way to the article's figure with that change."""
    kept = [i for i in indicators if i.code not in _NOT_MERGED]
    in_body = {
        (i.code, i.value)
        for i in kept
        if not i.is_change_only and (_table_row(i) or not _in_headline(body, i.start))
    }
    changes_in_body = {
        (i.code, i.change) for i in kept if i.change is not None and not _in_headline(body, i.start)
    }
    return [i for i in indicators if not _restates_the_body(i, body, in_body, changes_in_body)]


def _restates_the_body(
    ind: Indicator,
    body: str,
    in_body: set[tuple[str, float | None]],
    changes_in_body: set[tuple[str, Change]],
) -> bool:
    if ind.code in _NOT_MERGED or _table_row(ind) or not _in_headline(body, ind.start):
        return False  # 2 | 乙区 | 25 | 40.0 |: a table row is no headline, whatever its length
    if ind.is_change_only:
        return ind.change is not None and (ind.code, ind.change) in changes_in_body
    if ind.value is not None and ind.value == int(ind.value) and _BOUND_RE.search(body, ind.start, ind.end):
        # 甲市空气优良比例超过86% over …比例为86.3%: the headline rounds what the article states
        return any(code == ind.code and v is not None and abs(v - ind.value) < 1 for code, v in in_body)
    return (ind.code, ind.value) in in_body


# 超过86% / 逾九成 / 近85%: a headline's bound on a figure the article gives exactly
_BOUND_RE = re.compile(r"超过|超|逾|近|接近|不到|约|以上|左右")


def _in_headline(body: str, pos: int) -> bool:
    """Whether ``pos`` lies on a short line with no full stop (a title or headline)."""
    start = body.rfind("\n", max(pos - _HEADLINE_MAX * 2, 0), pos) + 1
    end = body.find("\n", pos, pos + _HEADLINE_MAX * 2)
    if (start == 0 and pos > _HEADLINE_MAX * 2) or (end < 0 and len(body) > pos + _HEADLINE_MAX * 2):
        return False  # a line longer than any headline
    line = body[start : end if end >= 0 else len(body)].strip()
    if end >= 0 and _GOES_ON_RE.match(body, end + 1):
        return False  # …达标率为100%⏎。其中: a wrapped line whose sentence goes on, no headline
    # (a headline may exclaim or ask: 公报首发！森林覆盖率达40.1%)
    return len(line) <= _HEADLINE_MAX and _HEADLINE_STOP_RE.search(line) is None


def drop_restated_changes(indicators: list[Indicator], text: str = "") -> list[Indicator]:
    """A change-only statement that repeats the change of a figure of its indicator stated in the
    passage (a lead's 全省PM2.5浓度改善8.1% over the article's …平均浓度为34微克，同比改善8.1%) is
    that figure's change said again, not a change of its own: it is dropped. It stays when it is
    another place's, or when no figure of its indicator carries that change. A change against an
    older period or cumulated (与2013年相比…PM2.5下降45.8%) of an indicator whose figure of that year
    already carries its year-on-year change is that figure's second change, which the figure does not
    take (one figure, one change): it is dropped too."""
    figures: dict[tuple[str, str, float, str], list[Indicator]] = {}
    for f in indicators:
        if not f.is_change_only and f.change is not None:
            key = (f.code, f.change.direction, f.change.value, f.change.unit)
            figures.setdefault(key, []).append(f)
    # (a figure's or a change-only statement's year-on-year change: 优良天数率同比增加2.6个百分点。…与基准年
    # 同比，优良天数率增加13.9个百分点 is that indicator's second change)
    yoy = [f for f in indicators if f.change is not None and f.change.basis == "yoy"]
    return [i for i in indicators if not _repeats_a_figure(i, figures) and not _second_change(i, yoy, text)]


def _second_change(ind: Indicator, yoy: list[Indicator], text: str = "") -> bool:
    if not ind.is_change_only or ind.change is None or ind.change.basis not in ("vs_period", "cumulative"):
        return False
    return any(
        f.code == ind.code
        # (与上月相比，甲市…下降1.6%。¶与上年同期相比，…甲市…上升2.2%: two statements of a place's
        # changes in two paragraphs, each an item, not one figure's second change)
        and not (
            f.is_change_only
            and "\n" in text[min(f.start, ind.start) : max(f.start, ind.start)]
            and _against_last_month(ind, text)
        )
        and f.year is not None
        and f.year == ind.year
        # (甲市…达标天数比例分别下降1.6%… against last month: a listed place's own change, not
        # the second change of a placeless figure)
        and (ind.region is None or f.region == ind.region)
        and (ind.period is None or f.period in (None, ind.period))
        for f in yoy
    )


_LAST_MONTH_RE = re.compile(r"上个?月|环比|上季度")


def _against_last_month(ind: Indicator, text: str) -> bool:
    """Whether the sentence holding a change compares with the month (or quarter) before."""
    start = max(text.rfind(ch, max(ind.start - 200, 0), ind.start) for ch in "。！？!?\n") + 1
    return _LAST_MONTH_RE.search(text, start, ind.end) is not None


def _repeats_a_figure(ind: Indicator, figures: dict[tuple[str, str, float, str], list[Indicator]]) -> bool:
    if not ind.is_change_only or ind.change is None or ind.code in _NOT_MERGED:
        return False
    key = (ind.code, ind.change.direction, ind.change.value, ind.change.unit)
    return any(
        _restated(f.change, ind.change)
        and (ind.region is None or f.region in (None, ind.region))
        and (ind.period is None or f.period in (None, ind.period))
        for f in figures.get(key, ())
    )


_YEAR_BASES = frozenset({"yoy", "vs_period"})


def _restated(figure: Change | None, lead: Change) -> bool:
    """A lead's change said again by a figure: ``same_change``, or the same size and direction
    with the lead's 同比 written out as the earlier year (较2015年同期下降7.8%)."""
    if figure is None:
        return False
    return same_change(figure, lead) or (
        (figure.direction, figure.value, figure.unit) == (lead.direction, lead.value, lead.unit)
        and {figure.basis, lead.basis} <= _YEAR_BASES
    )
