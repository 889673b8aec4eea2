"""Change-only items: a change stated with no level figure beside it, and how a change's
direction and basis are read.

A change-only item carries the code of the indicator that changed, with no value: the labelling
convention's ``value: null`` item. Its subject says what changed. When the change's own words name no indicator
(同比分别下降21.5%、18.2%和16.0%; 优良(一、二类)点位比例下降1.3个百分点 in a paragraph about the
coastal sea), the subject is the catalog name of the indicator its context names (``coding``),
so that the item, like the labelling convention's ``value: null`` item, says which indicator
changed. A 分别 list of places (甲市、乙市、丙市…分别同比上升4.1%、3.2%、2.0%) gives one item per
place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from models.records import Change, ChangeBasis, ChangeDirection, Indicator
from scrapers.extract import changes, place_lists, subjects
from scrapers.extract.catalog import catalog_by_code, higher_is_better
from scrapers.extract.change_subjects import (
    NOT_A_LEVEL_CHANGE,
    codes_of_changed_subject,
    names_a_water_parameter,
)
from scrapers.extract.coding import bodies_in_view, is_bare
from scrapers.extract.naming import match_code
from scrapers.extract.quantities import Mention
from scrapers.extract.sentence import Sentence
from scrapers.extract.water import water_code
from scrapers.extract.years import find_period, period_name

CHANGE_CODE = "change"  # the generic code of a change whose words name no catalog indicator
# The unit kinds a relative change in % is most often about, in order (a % change of a ratio
# is usually a slip for points); a change in points is about a percentage.
_PERCENT_CHANGE_KINDS = ("concentration", "days", "count", "index", "percent")
_LIST_HEAD_RE = re.compile(r"^.*(?:有|为|是)")
_RATE_WORD_RE = re.compile(r"^\s*(?:达标率|优良率|比例|比率|占比)")
# (NO2, / PM 10 ) , / PM2.5, end on a digit too, but a pollutant's name is no number)
# (not a rank's position: 甲市下降23.1%、排名第1，乙市下降18.4%)
_BARE_NUMBER_END_RE = re.compile(r"(?<![A-Za-z\d.第])(?<![A-Za-z第]\s)\d+(?:\.\d+)?\s*[，,]\s*$")
_OTHER_FIGURE_END_RE = re.compile(
    r"\d(?:\.\d+)?\s*(?:[万亿千百])?(?:元|亩|公顷|平方(?:公里|千米|米)|(?<![克/])立方米|吨|千瓦时?|公里|千米|辆|户|人次?|家|座|项|件)"
    r"\s*[，,]\s*$"
)


def with_list_verb(listed: list[Mention]) -> list[Mention]:
    """分别改善37.0%和14.2个百分点: a member written without its verb takes the list's, and
    whether that verb judges (改善 is a rise of a good-days ratio)."""
    verb = next((m for m in listed if m.direction), None)
    if verb is None:
        return listed
    return [m if m.direction else replace(m, direction=verb.direction, judged=verb.judged) for m in listed]


def change_of(
    m: Mention,
    direction: ChangeDirection | None = None,
    basis: ChangeBasis | None = None,
    code: str | None = None,
) -> Change:
    """The change a mention states, pointing the way its verb means for the figure ``code``."""
    return Change(
        direction=oriented(m.direction or direction or "up", m.judged, code),
        value=float(m.value),
        unit="percentage_point" if m.unit == "pp" else "percent",
        basis=basis,
    )


def oriented(direction: ChangeDirection, judged: bool, code: str | None) -> ChangeDirection:
    """改善 is a fall of a concentration but a rise of a good-days ratio: a judged direction
    (``Mention.judged``) turns round on a higher-is-better figure."""
    if judged and code is not None and higher_is_better(code):
        return "down" if direction == "up" else "up"
    return direction


def change_basis(s: Sentence, pos: int) -> ChangeBasis | None:
    """The change's basis from its own clause, else from the sentence before it (与去年同期相比，…)."""
    year = s.year(pos)
    clause = s.clause_of(pos)
    return changes.basis(s.text, clause.start, pos, year) or changes.basis(s.text, s.full.start, pos, year)


def changed_subject(s: Sentence, m: Mention, subject: str) -> str:
    """What the change ``m`` is about: its own subject when that names an indicator, else the
    catalog name of the one its context names, else its own words."""
    if codes_of_changed_subject(subject):
        return subject
    if _MEASURE_ONLY_RE.fullmatch(subject.strip(" ，,")):
        # 改善幅度最大的是二氧化硫，平均浓度减少了12.6%: the pollutant the clause before names
        before = s.text[s.full.start : s.clause_of(m.start).start]
        pollutant = _last_named(before, "concentration")
        if pollutant is not None:
            return catalog_by_code()[pollutant].name
    if m.unit == "pp" and is_bare(subject):
        counted = _CLASS_COUNT_RE.search(s.text, s.full.start, s.clause_of(m.start).start)
        if counted is not None:
            # Ⅳ~Ⅴ类断面3个，同比下降2.6个百分点: the share of the sections just counted (none
            # of the catalog's for classes Ⅳ~Ⅴ), not the good share the paragraph is about
            code = water_code(
                match_code(counted.group(), "percent"), counted.group(), bodies_in_view(s, m.start)
            )
            entry = catalog_by_code().get(code) if code is not None else None
            return entry.name if entry is not None and not entry.generic else counted.group()
    before = s.previous_clause(s.clause_of(m.start))
    if (not subject.strip(" ，,、") or compared_only(subject)) and _EXCEEDANCE_RE.search(before):
        return (
            subject  # O3未出现超标，同比下降6.5个百分点: the pollutant's exceedance rate, no catalog figure
        )
    code = water_code(None, subject, bodies_in_view(s, m.start)) if m.unit == "pp" else None
    # 上升幅度较大的有甲市(上升5.2个百分点)、乙市(…) / …有丙市(-37.5%): the place the change is of
    # …、乙市(下降10.3%)和丙州(下降8.7%): 和 after a member's bracket joins the last one
    listed = _MEMBER_BREAK_RE.split(_LIST_HEAD_RE.sub("", subject))[-1].rstrip(" (（-－+＋:：")
    if (
        code in (None, "share")
        and (
            is_bare(subject)
            or place_only(subject)
            or place_only(listed)
            or compared_only(subject)
            or _only_a_size(subject)  # 同比上升，升幅为6.5%
            or _place_and_compared_years(subject)  # 甲山测站2016年相较于2015年降低了12.4%
            or place_lists.time_or_manner(subject)  # …全部清零，累计下降6.3个百分点
        )
        and not _after_a_bare_number(s, m)
    ):
        if _COUNTED_NOT_LEVEL_RE.search(s.previous_clause(s.clause_of(m.start))):
            return subject  # 臭氧红色警示站日数为46日，相较2019年改善74.4%: a count's change, no level's
        # 较去年同期优良天数增加了9天，达标率提高了8.2%: a rate's change is of a percentage
        rate = _RATE_WORD_RE.search(_COMPARED_ONLY_RE.sub("", subject)) is not None
        kinds = ("percent",) if m.unit == "pp" or rate else _PERCENT_CHANGE_KINDS
        before = s.text[s.full.start : s.clause_of(m.start).start]  # …PM2.5平均浓度同比下降，降幅…分别下降
        # what the sentence names wins over the topic; the last named (…PM10平均浓度为90；同比改善16.7%)
        named = (_last_named(before, k) for k in kinds)
        code = next((c for c in named if c is not None), None)
        if code is None and not names_a_water_parameter(before):
            # (甲湖总氮浓度方面，2022年比2018年下降9.4%: the parameter the sentence names, not the topic)
            code = next((c for c in map(s.topic.changed_code, kinds) if c is not None), None)
    entry = catalog_by_code().get(code) if code is not None else None
    return entry.name if entry is not None and not entry.generic else subject


# 警示站日数 / 超标天数 / 排放总量: the clause before counts days, alerts or emissions of a
# pollutant, whose change a bare change after it is
_COUNTED_NOT_LEVEL_RE = re.compile(r"站日|警示|预警|" + "|".join(NOT_A_LEVEL_CHANGE))


def _last_named(words: str, kind: str) -> str | None:
    """The catalog code of ``kind`` the last clause of ``words`` that names one names."""
    for clause in reversed(re.split(r"[，,；;：:]", words)):
        if kind == "days" and _SHARE_OF_DAYS_RE.search(clause) and not _DAYS_FIGURE_RE.search(clause):
            continue  # 优良天数比例为74.5%: a share of days, which the percent kind names
        code = match_code(clause, kind)
        if code is not None:
            return code
    return None


# A clause that counts the sites of a water class (Ⅰ~Ⅲ类水质断面37个, 劣Ⅴ类断面1个) just before a
# change in points: the change is of their share.
_CLASS_COUNT_RE = re.compile(
    r"[^，,；;。]*?(?:劣)?[ⅠⅡⅢⅣⅤIV一二三四五]+(?:\s*[~～\-—至、和及]\s*[ⅠⅡⅢⅣⅤIV一二三四五]+)?\s*类"
    r"[^，,；;。\d]{0,12}?\d+\s*个\s*[，,]\s*$"
)
_SHARE_OF_DAYS_RE = re.compile(r"天数?(?:比例|比率|占比)")
_MEASURE_ONLY_RE = re.compile(
    r"(?:其)?(?:年)?(?:平均|年均)?浓度(?:均值|平均值)?(?:同比|较上年)?(?:下降|上升|减少|增加|降低|升高)?了?"
)
_DAYS_FIGURE_RE = re.compile(r"\d\s*天")


# 甲市、乙市等3个城市同比上升，升幅分别为… / 仅甲市同比恶化: where the change is, and which way
# 同比 or another way to say year on year (比上年, 较去年同期, 与上年相比)
_YOY = r"(?:同比|环比|[较比](?:上年|去年)(?:同期)?|与(?:上年|去年)(?:同期)?相比[，,]?)"
_PLACE_VERB = rf"{_YOY}?(?:上升|下降|升高|降低|改善|恶化|变差|好转|增加|减少|增长|反弹)"
_PLACE_GROUP_RE = re.compile(
    r"(?:等?\s*\d+\s*个(?:地级及以上)?(?:城市|设区市|地市|市|区县|县区|县(?:[(（]市、?区[)）])?|区))?"
    rf"(?:{_PLACE_VERB})?"
)
_PLACE_VERB_RE = re.compile(rf"{_PLACE_VERB}了?$")
_ONLY_RE = re.compile(r"^(?:仅有|仅|只有|唯有)")
_AMONG_RE = re.compile(r"^其中\s*[，,]?\s*")
_MEMBER_BREAK_RE = re.compile(r"[、，,]|(?<=[)）])\s*(?:以及|和|及|与)")
# 上升幅度达 / 降幅为 / 改善率: the words for a change's size after the place it is of
_SIZE_TAIL_RE = re.compile(
    rf"(?:{_YOY}?(?:上升|下降|改善|恶化|增长|减少|提高|降低)(?:幅度|比例)|升幅|降幅|增幅|涨幅|改善率)(?:达到?|为|是)?$"
)
# 同比 / 较上年 / 和去年同期相比: words that say only what a change is compared with
_COMPARED_ONLY_RE = re.compile(r"(?:同比|环比|同期|[较比与和同]?(?:上年|去年|前年|上一年|前一年)|相比|比较)+")


def _only_a_size(subject: str) -> bool:
    """Whether a change's words are only the words for its size (降幅为, 上升幅度达)."""
    return _SIZE_TAIL_RE.fullmatch(subject.strip(" ，,、")) is not None


# 甲山测站2016年相较于2015年: a place, its year and the year it is compared with, nothing measured
_COMPARED_YEARS_RE = re.compile(
    r"(?P<place>.*?)(?:(?:19|20)?\d{2,3}\s*年)?\s*(?:相较于?|相比于?|相对于|较|比|与|同)\s*"
    r"(?:19|20)?\d{2,3}\s*年(?:同期)?(?:相比|比较|相较|对比)?"
)


_STATION_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:测站|监测站|站点|子站)")


_EXCEEDANCE_RE = re.compile(
    r"(?:PM\s*2\.5|PM\s*10|O\s*3|臭氧|NO\s*2|SO\s*2|CO|一氧化碳|二氧化[硫氮])[^，,。；;\d]{0,8}超标(?:率|天数)?\s*$"
)


def _place_and_compared_years(subject: str) -> bool:
    m = _COMPARED_YEARS_RE.fullmatch(subject.strip(" ，,、"))
    place = m.group("place") if m is not None else ""
    return m is not None and (not place or place_only(place) or _STATION_RE.fullmatch(place) is not None)


def compared_only(subject: str) -> bool:
    """Whether a change's words say only what it is compared with (环比上升10.5个百分点)."""
    return _COMPARED_ONLY_RE.fullmatch(subject.strip(" ，,、")) is not None


# (not a change's own rate: 改善率, 下降率, 增长率 say how much, not what)
_MEASURE_NAME_RE = re.compile(
    r"(?:量|(?<!改善|下降|上升|降低|增长|减少|提高|变化|削减|减排|增加|升高|提升)率|频率|浓度|指数|比例|比重|占比|盖度)$"
)


_COMPARED_TAIL_RE = re.compile(r"(?:同比|环比|较上年|比上年|较去年|比去年|与上年相比|分别|均|都)+$")


def names_a_measure(subject: str) -> bool:
    """Whether a change's words end on the name of a measure (造林成活率、保存率, 降尘量):
    what changed is that measure, whether or not a catalog code names it."""
    return _MEASURE_NAME_RE.search(_COMPARED_TAIL_RE.sub("", subject.strip(" ，,、"))) is not None


def the_place(subject: str) -> str | None:
    """The place a subject that is only a place names, without 其中 or the words for the change's
    size (其中甲市上升幅度达 -> 甲市); None for any other subject."""
    if not place_only(subject):
        return None
    name = _named_place(subject.strip(" ，,、"))
    return name if name and place_lists.is_place(name) else None  # 同比增加: no place at all


def _named_place(words: str) -> str:
    """``words`` without the verb and the size of a change or 仅/其中 around a place (仅甲市同比恶化,
    其中甲市上升幅度达: 甲市)."""
    name = _ONLY_RE.sub("", _PLACE_VERB_RE.sub("", words))
    return _SIZE_TAIL_RE.sub("", _AMONG_RE.sub("", name)) or name


def place_only(subject: str) -> bool:
    """…分别下降13.4%、10.8%；丙市上升2.0% / 萍乡上升2.0% / 等3个城市同比上升: a subject that
    is only a place (or a group of places) says where the change is, not what changed."""
    name = subject.strip(" ，,、")
    if name and _PLACE_GROUP_RE.fullmatch(name):
        return True
    if _MEASURE_NAME_RE.search(name):
        return False  # 降尘量下降12.0% / 保存率提高4个百分点: a short name of a measure, no place
    name = _named_place(name)
    if not name or re.search(r"[\dA-Za-z\u2160-\u216b]|类$", name) or codes_of_changed_subject(name):
        return False  # 臭氧上升3.3%: a short name of what changed, not a place
    if compared_only(name):
        return False  # 环比上升10.5个百分点: what it is compared with, not where
    if _only_a_size(subject):
        return False  # …，同比下降9微克/立方米，降幅为6.0%: the size of the change, no place
    return place_lists.is_place(name)


def _after_a_bare_number(s: Sentence, m: Mention) -> bool:
    """…综合指数进入“3时代”，达到3.90，同比下降10.1%: a change right after a number the
    extractor did not read is that number's, not the topic's."""
    clause = s.clause_of(m.start)
    floor = max(clause.start - 12, s.full.start)
    return (
        _BARE_NUMBER_END_RE.search(s.text, floor, clause.start) is not None
        # 旅游总收入…增加到76.2亿元，年均增长12.1%: so is one right after a figure of money, land,
        # volume or things counted, which no level the topic names is measured in
        or _OTHER_FIGURE_END_RE.search(s.text, floor, clause.start) is not None
    )


def listed_change_items(
    s: Sentence, listed: list[Mention], pos: int, orphans: list[Indicator]
) -> list[Mention]:
    """The changes listed after the 分别 at ``pos``, one item per listed member, added to
    ``orphans``: a subject each (城区绿化覆盖率、山区森林覆盖率…分别提高2.9、4.6个百分点) or one
    shared by listed places (甲市、乙市、丙市…PM10平均浓度分别同比上升4.1%、3.2%、2.0%). Returns
    the changes used (none when the list does not fit)."""
    members = place_lists.members(s.text, s.seg.start, pos)
    if len(members) == len(listed) >= 2 and all(_PERIOD_MEMBER_RE.fullmatch(m.strip()) for m in members):
        return _period_change_items(s, listed, pos, members, orphans)
    if len(members) == len(listed) >= 2 and all(_BASE_MEMBER_RE.fullmatch(m.strip()) for m in members):
        # 与2016年同期及上月相比，…比例分别上升12.1%和6.7%: one change against each base; the
        # first is the figure's, the others its notes
        subject, start = subjects.subject_before(s.text, s.clause_of(pos).start, pos)
        first = with_list_verb(listed)[0]
        basis = change_basis(s, listed[0].start)
        orphans.extend(change_items(s, first, changed_subject(s, first, subject), start, basis=basis))
        return listed
    places = place_lists.place_list(members)
    earlier = _places_listed_before(s, pos, len(listed)) if places is None else None
    if earlier is not None and all(_PERIOD_MEMBER_RE.fullmatch(p.strip()) for p in earlier.places):
        # 11月和12月，优良天气比例分别下降7.5、6.3个百分点，PM2.5浓度分别上升7.4%、5.4%
        return _period_change_items(s, listed, pos, list(earlier.places), orphans)
    if earlier is not None and (
        len(members) != len(listed) or not any(codes_of_changed_subject(member) for member in members)
    ):
        # …PM2.5浓度分别下降5.4%、3.1%，优良天数比例分别上升2.2、1.3个百分点: the second list
        # is over the places of the first, its subject its own clause's
        members = list(earlier.places)
        subject, _ = subjects.subject_before(s.text, s.clause_of(pos).start, pos)
        places = place_lists.PlaceList(earlier.places, subject)
    if len(members) != len(listed):
        members = _members_of_the_list_before(s, pos, len(listed)) or _members_of_the_clause_before(
            s, pos, len(listed)
        )
        places = place_lists.place_list(members) if len(members) == len(listed) else places
    place: str | None = None
    if len(members) != len(listed) or not any(codes_of_changed_subject(m) for m in members):
        # 可吸入颗粒物、SO2和NO2浓度同比…。其中，甲区域同比分别下降9.1%、14%、6.2%，乙区域下降…:
        # one place's changes of the pollutants the sentence before listed
        pollutants = _pollutants_listed_before(s, len(listed))
        lone = _LONE_PLACE_RE.fullmatch(s.text, s.clause_of(pos).start, pos) if pollutants else None
        if lone is not None:
            members, place, places = pollutants, lone.group("place"), None
    if len(members) != len(listed):
        return []
    listed = with_list_verb(listed)
    direction = next((m.direction for m in listed if m.direction), None)
    basis = change_basis(s, listed[0].start)
    start = max(s.text.rfind(members[0], s.seg.start, pos), s.seg.start)
    if place is not None:
        start = s.clause_of(pos).start
    for i, m in enumerate(listed):
        subject = changed_subject(s, m, places.subject) if places is not None else _member(members, i)
        region = places.places[i] if places is not None else place
        orphans.extend(change_items(s, m, subject, start, direction=direction, basis=basis, region=region))
    return listed


_POLLUTANT = r"(?:PM\s*2\.5|PM\s*10|SO2|NO2|O3|CO|二氧化硫|二氧化氮|臭氧|一氧化碳|细颗粒物|可吸入颗粒物)"
_CODELESS_POLLUTANT_RE = re.compile(r"(?:CO|一氧化碳)[\u4e00-\u9fff0-9]{0,12}")
_POLLUTANT_LIST_RE = re.compile(rf"{_POLLUTANT}(?:\s*[、和及与]\s*{_POLLUTANT})+")
# 其中，京津冀同比分别 / 长三角 / 74个重点城市: a clause that names only a place before its changes
_LONE_PLACE_RE = re.compile(
    r"\s*(?:其中)?[，,]?\s*(?P<place>[\u4e00-\u9fff]{2,8}?|\d{1,3}\s*个[\u4e00-\u9fff]{1,6}?城市)"
    r"(?:同比|较上年|比上年)?(?:分别)?(?:均)?(?:下降|上升|降低|升高|提高|减少|增加|改善)?\s*"
)


def _pollutants_listed_before(s: Sentence, count: int) -> list[str]:
    """The pollutants the sentence before lists, when it lists ``count`` of them."""
    before = s.text[max(s.full.start - _POLLUTANTS_REACH, 0) : s.full.start]
    found = list(_POLLUTANT_LIST_RE.finditer(before))
    if not found:
        return []
    names = re.split(r"\s*[、和及与]\s*", found[-1].group())
    return names if len(names) == count else []


_POLLUTANTS_REACH = 120  # characters before a sentence in which the pollutants it goes on about are listed


# 11月和12月，…分别下降7.5、6.3个百分点: a list of months or quarters, not of places.
_PERIOD_MEMBER_RE = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?|[一二三四]季度|第[一二三四]季度|[上下]半年"
)


# 与2015年同期 / 上月相比 / 较上年: what each change of a 分别 list is compared with
_BASE_MEMBER_RE = re.compile(
    r"(?:与|较|比|和|同)?\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:同期|上年同期|去年同期|上月|上个月|上季度|上年|去年)(?:相比|比较)?"
)


def _period_change_items(
    s: Sentence, listed: list[Mention], pos: int, members: list[str], orphans: list[Indicator]
) -> list[Mention]:
    """One change-only item per listed period, about what the 分别's own clause names."""
    subject, start = subjects.subject_before(s.text, s.clause_of(pos).start, pos)
    listed = with_list_verb(listed)
    direction = next((m.direction for m in listed if m.direction), None)
    basis = change_basis(s, listed[0].start)
    for m, period in zip(listed, members, strict=True):
        items = change_items(s, m, changed_subject(s, m, subject), start, direction=direction, basis=basis)
        orphans.extend(replace(item, period=period_name(period)) for item in items)
    return listed


# 同比 / 降幅: a clause before 分别 that says only what the changes are compared with, or their size
_ONLY_COMPARED_RE = re.compile(
    r"\s*(?:同比|环比|较上年同期|比上年同期|较上年|比上年|与上年同期相比)?\s*"
    r"(?:(?:降幅|升幅|增幅|涨幅|(?:下降|上升|降低|升高|改善)幅度)(?:均)?)?\s*"
)


def _members_of_the_list_before(s: Sentence, pos: int, count: int) -> list[str]:
    """…环比分别下降11.9%、17.4%，同比分别下降21.3%、29.6%: a 分别 whose clause says only what
    it compares with lists over the members of the 分别 list before it (when they are as many)."""
    clause = s.clause_of(pos)
    if not _ONLY_COMPARED_RE.fullmatch(s.text, clause.start, pos):
        return []
    earlier = s.text.rfind("分别", s.seg.start, clause.start)
    if earlier < 0:
        return []
    members = place_lists.members(s.text, s.seg.start, earlier)
    return members if len(members) == count else []


# PM10和NO2同比均有所改善，分别下降6.1%和13.6%: the verdict closing the members' clause
_VERDICT_TAIL_RE = re.compile(
    r"(?:(?:较|比|与)[^，,。；;]{0,12}?)?(?:同比)?(?:均|都)?(?:有所|明显|略有|不同程度)?"
    r"(?:改善|下降|上升|升高|好转|降低|提高|恶化)(?:相比)?\s*$"
)


def _members_of_the_clause_before(s: Sentence, pos: int, count: int) -> list[str]:
    """A 分别 whose clause names nothing but the changes' size lists over the indicators, or the
    places sharing one, of the clause before it, when that clause ends on a verdict
    (PM10和NO2同比均有所改善，分别下降6.1%和13.6%)."""
    clause = s.clause_of(pos)
    if not _ONLY_COMPARED_RE.fullmatch(s.text, clause.start, pos):
        return []
    before = [c for c in s.clauses if c.end <= clause.start and c.start >= s.seg.start]
    if not before:
        return []
    words = s.text[before[-1].start : before[-1].end].rstrip(" ，,")
    verdict = _VERDICT_TAIL_RE.search(words)
    if verdict is None:
        return []
    members = place_lists.members(s.text, before[-1].start, before[-1].start + verdict.start())
    if len(members) != count:
        return []
    if all(
        len(codes_of_changed_subject(m)) == 1 or _CODELESS_POLLUTANT_RE.fullmatch(m.strip()) for m in members
    ):
        return members  # (PM10、一氧化碳和臭氧…: CO, which no catalog code names, holds its place)
    # 甲市、乙市PM2.5浓度同比上升，升幅分别为…: places sharing the measure named after the last
    places = place_lists.place_list(members)
    return members if places is not None and codes_of_changed_subject(places.subject) else []


def _places_listed_before(s: Sentence, pos: int, count: int) -> place_lists.PlaceList | None:
    """The places of an earlier 分别 list of the sentence, when there are ``count`` of them."""
    earlier = s.text.rfind("分别", s.seg.start, pos)
    if earlier < 0:
        return None
    places = place_lists.place_list(place_lists.members(s.text, s.seg.start, earlier))
    return places if places is not None and len(places.places) == count else None


def _member(members: list[str], i: int) -> str:
    """The ``i``-th listed subject; a trade or emission word closing the list (氨氮、二氧化硫、
    氮氧化物成交量) is every member's."""
    shared = next((w for w in NOT_A_LEVEL_CHANGE if w in members[-1]), "")
    member = members[i].strip()
    return member if shared in member else member + shared


def change_items(
    s: Sentence,
    m: Mention,
    subject: str,
    start: int,
    *,
    direction: ChangeDirection | None = None,
    basis: ChangeBasis | None = None,
    region: str | None = None,
) -> list[Indicator]:
    """A change stated with no level beside it: one change-only indicator per catalog code its
    subject names (PM2.5及PM10均下降18.2% gives two), with value and unit None; the generic code
    ``change`` when it names none. About ``region`` when given."""
    codes = codes_of_changed_subject(subject, points=m.unit == "pp") or [CHANGE_CODE]
    return [
        Indicator(
            code=code,
            subject=subject,
            value=None,
            unit=None,
            value_base=None,
            unit_base=None,
            year=s.change_year(m.start),
            region=region or s.region(m.start),
            change=change_of(m, direction, basis, None if code == CHANGE_CODE else code),
            previous_value=None,
            ranks=(),
            record=(),
            streak_years=None,
            quote=s.text[start : m.end],
            start=start,
            end=m.end,
            q_no=s.span.q_no,
            point_no=s.span.point_no,
            period=find_period(s.text, s.full.start, m.start),
        )
        for code in codes
    ]
