"""Changes attached to figures: relative (同比上升4.6个百分点), listed after 分别, named again in a
later clause, or absolute in the figure's unit; a change with no figure becomes a change-only item
of the indicator it names (``change_items``)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from models.records import Change, Indicator
from scrapers.extract import changes, place_lists, subjects
from scrapers.extract.catalog import GENERIC_BY_KIND, catalog_by_code
from scrapers.extract.change_items import (
    change_basis,
    change_items,
    change_of,
    changed_subject,
    listed_change_items,
    names_a_measure,
    oriented,
    place_only,
    the_place,
    with_list_verb,
)
from scrapers.extract.change_subjects import codes_of_changed_subject, names_own_subject
from scrapers.extract.coding import is_bare, selected_place, water_not_air
from scrapers.extract.naming import match_code
from scrapers.extract.numbers import UNITS
from scrapers.extract.quantities import Mention
from scrapers.extract.sentence import Sentence, qualified

# 0.8%7.7%: a lost 、; 分别下降3.6%、2.2%、上升1.4%: a member with its own verb stays in the list;
# 提高2.3个和0.9个百分点: a member's 百分点 left to the last one's.
_LIST_JOIN_RE = re.compile(
    r"\s*(?:个百分点|个)?\s*[、和及与]\s*(?:同比)?(?:上升|下降|升高|降低|提高|增加|减少|增长|改善|恶化)?了?\s*[-－]?\s*"
    r"|(?<=%)"
)
# 分别下降3.6%、2.2%、持平: a member that did not change holds its place in the list.
_FLAT_MEMBER_RE = re.compile(r"\s*(?:个百分点)?\s*[、和及与]\s*(?:同比)?(?:基本)?(?:持平|不变)")
_SUBJECT_TAIL_RE = re.compile(r"(?:水质断面)?(?:比例|比率|占比|占|为|达到|达|平均浓度|浓度)+$")


def spread_respective_changes(
    s: Sentence,
    mentions: list[Mention],
    drafts: list[Indicator],
    orphans: list[Indicator],
    bases: frozenset[int] = frozenset(),
) -> list[Mention]:
    """同比分别上升6.1个百分点、7.3个百分点 / 分别下降8.2%、5.1%: the changes listed after a
    分别 go, in order, to the figures before it that have no change yet (not to ``bases``, the
    values they are compared with: 较上年同期(52、30微克)分别下降…); with no such figures,
    each listed subject gets its change as an item (added to ``orphans``). Returns those used."""
    used: list[Mention] = []
    for pos in _respective_positions(s, mentions):
        listed = _change_list_after(s, mentions, pos)
        open_ = [
            i
            for i, d in enumerate(drafts)
            if d.end <= pos
            and d.change is None
            and i not in bases
            and not _group_size(s, d)
            and _may_take(d, listed)
        ]
        if len(listed) >= 2 and len(open_) < len(listed):
            used.extend(listed_change_items(s, listed, pos, orphans))
            continue
        if len(listed) < 2:
            continue
        listed = with_list_verb(listed)
        direction = next((m.direction for m in listed if m.direction), None)
        basis = change_basis(s, listed[0].start)
        named = _named_targets(s, pos, listed, open_, drafts)
        if named is not None:
            for i, m in named:
                change = change_of(m, direction, basis, drafts[i].code)
                drafts[i] = replace(drafts[i], change=change, previous_value=_previous(drafts[i], change))
            used.extend(listed)
            continue
        for i, m in zip(open_[-len(listed) :], listed, strict=True):
            change = change_of(m, direction, basis, drafts[i].code)
            drafts[i] = replace(drafts[i], change=change, previous_value=_previous(drafts[i], change))
        used.extend(listed)
    return used


# PM2.5、PM10、NO2年均浓度同比下降8.2%、2.6%、10.4%: as many changes after one verb as
# subjects before it are a 分别 list without the word.
_LISTED_VERB_RE = re.compile(
    r"(?:下降|上升|降低|升高|提高|减少|增加|增长|改善|好转|恶化)(?=\s*-?\d+(?:\.\d+)?\s*(?:%|个百分点)\s*[、和及]\s*-?\d)"
)


_PLACE_VERB_RE = re.compile(
    r"(?<=[，,；;])\s*(?:[\u4e00-\u9fff]{2,8}?|\d{1,3}\s*个[\u4e00-\u9fff]{1,6}?城市)(?:同比)?"
    r"(?P<verb>下降|上升|降低|升高|提高|减少|增加)(?=\s*-?\d+(?:\.\d+)?\s*%\s*[、和及]\s*-?\d)"
)
_LISTED_VERB_LOOSE_RE = re.compile(
    r"(?:下降|上升|降低|升高|提高|减少|增加|增长|改善|好转|恶化)(?=\s*-?\d+(?:\.\d+)?\s*(?:%|个百分点|个)?\s*[、和及]\s*-?\d)"
)


def _respective_positions(s: Sentence, mentions: list[Mention]) -> list[int]:
    """Where the sentence's lists of changes start: each 分别, and a verb whose changes are as many
    as the subjects listed right before it (a clause with no 分别)."""
    text = s.text[s.seg.start : s.seg.end]
    found = [s.seg.start + m.start() for m in re.finditer("分别", text)]
    for m in _LISTED_VERB_RE.finditer(s.text, s.seg.start, s.seg.end):
        clause = s.clause_of(m.start())
        if "分别" in s.text[clause.start : clause.end]:
            continue
        listed = _change_list_after(s, mentions, m.start())
        members = place_lists.members(s.text, s.seg.start, m.start())
        if len(listed) >= 2 and len(members) == len(listed):
            found.append(m.start())
    # …比例分别为71.3%和75.8%，同比提高1.6个和4.2个百分点: changes listed after a 分别 list of
    # as many levels in the sentence are theirs, in order, without a second 分别
    for m in _LISTED_VERB_LOOSE_RE.finditer(s.text, s.seg.start, s.seg.end):
        if m.start() in found or "分别" in s.text[s.clause_of(m.start()).start : m.start()]:
            continue
        values = s.text.rfind("分别", s.seg.start, m.start())
        listed = _change_list_after(s, mentions, m.start())
        levels = [o for o in mentions if values < o.start < m.start() and o.role == "level"]
        if values >= 0 and len(listed) >= 2 and len(levels) == len(listed):
            found.append(m.start())
    # …其中，甲区域同比分别下降9.1%、14%、6.2%，乙区域下降7.5%、11.3%、3.6%: a later clause of
    # one place and as many changes, after a 分别 list of the sentence, lists over the same members
    for m in _PLACE_VERB_RE.finditer(s.text, s.seg.start, s.seg.end):
        verb = m.start("verb")
        earlier = s.text.rfind("分别", s.seg.start, m.start())
        if verb in found or earlier < 0 or s.clause_of(verb).start != m.start():
            continue
        listed = _change_list_after(s, mentions, verb)
        first = _change_list_after(s, mentions, earlier)
        if len(listed) >= 2 and len(listed) == len(first):
            found.append(verb)
    return sorted(set(found))


def _named_targets(
    s: Sentence, pos: int, listed: list[Mention], open_: list[int], drafts: list[Indicator]
) -> list[tuple[int, Mention]] | None:
    """PM2.5、PM10、O3、CO同比改善，改善幅度分别为14%、5.4%、4.9%、14.3% after …浓度分别为37、70、
    11、26、173: a list of changes that names its own subjects, one per change, gives each change
    to the open figure of the indicator its member names (the CO's, which no figure holds, to
    none), not to the last figures in order. None when the members do not name the figures."""
    members = place_lists.members(s.text, s.seg.start, pos)
    if len(members) != len(listed):
        return None
    pairs: list[tuple[int, Mention]] = []
    for member, m in zip(members, listed, strict=True):
        codes = codes_of_changed_subject(member)
        target = (
            next((i for i in reversed(open_) if drafts[i].code in codes), None) if len(codes) == 1 else None
        )
        if target is not None and all(i != target for i, _ in pairs):
            pairs.append((target, m))
    return pairs if len(pairs) >= 2 else None


_COUNTED_POLLUTANTS_RE = re.compile(r"[一二三四五六七八九十\d]{1,2}\s*项(?:主要)?(?:污染物|指标)")
# …41个城市 / 其他5个城市改善情况分别为：甲市下降17.2%…: a group's size (and what is told of it)
_GROUP_SIZE_RE = re.compile(
    # (全省11个设区市和县级城市…均为30微克，同比分别下降: a count of cities, of any kind)
    r"\d\s*个(?:地级及以上|重点|国控|国考|中心|县级|设区)?(?:城市|断面|点位|设区市|地级市|市州|盟市|县区|区县|县)"
    r"(?:的)?(?:(?:改善|变化)?情况)?$"
)


def _may_take(d: Indicator, listed: list[Mention]) -> bool:
    """A change in percentage points is a percentage's, never a concentration's or a count's."""
    return not listed or listed[0].unit != "pp" or d.unit_base == "%"


def _group_size(s: Sentence, d: Indicator) -> bool:
    """长三角地区41个城市、汾渭平原11个城市的PM2.5平均浓度分别下降…: how many cities or
    monitored sites a group has is part of its name, never what a listed relative change is of."""
    if d.code != GENERIC_BY_KIND["count"]:
        return False
    return (
        _GROUP_SIZE_RE.search(s.text, d.start, d.end) is not None
        or _COUNTED_POLLUTANTS_RE.match(s.text, d.start) is not None
    )  # PM2.5、PM10、O3、SO2四项污染物浓度…分别下降了…: how many pollutants the list has


def _change_list_after(s: Sentence, mentions: list[Mention], pos: int) -> list[Mention]:
    """The list of change mentions right after ``pos``: joined by 、/和/及, no level figure or
    clause break between them (…分别下降9.9%、4.3%，丙市不降反升6.2% lists two)."""
    listed: list[Mention] = []
    for m in mentions:
        if m.start < pos:
            continue
        if m.role != "change" or m.unit not in ("%", "pp"):
            break
        if listed:
            flat = _flat_member(s.text, listed[-1])
            if flat is not None and _LIST_JOIN_RE.fullmatch(s.text, flat.end, m.start):
                listed.append(flat)
            elif not _LIST_JOIN_RE.fullmatch(s.text, listed[-1].end, m.start):
                break
        listed.append(m)
    flat = _flat_member(s.text, listed[-1]) if listed else None
    return [*listed, flat] if flat is not None else listed


def _flat_member(text: str, before: Mention) -> Mention | None:
    """The 持平 listed right after ``before``, as a zero change in the list's unit, or None."""
    flat = _FLAT_MEMBER_RE.match(text, before.end)
    if flat is None:
        return None
    return replace(before, start=flat.start(), end=flat.end(), value=Decimal(0), direction="flat")


def _named_target(s: Sentence, m: Mention, drafts: list[Indicator]) -> int | None:
    """与2016年相比，Ⅳ至Ⅴ类水质断面比例下降4.8个百分点: the earlier figure of the sentence whose
    subject the change's own clause names again."""
    clause = s.clause_of(m.start)
    subject, _ = subjects.subject_before(s.text, clause.start, m.start)
    key = _SUBJECT_TAIL_RE.sub("", subject)
    if len(key) < 3:
        return None
    named = [
        i for i, d in enumerate(drafts) if d.end <= m.start and _SUBJECT_TAIL_RE.sub("", d.subject) == key
    ]
    return named[-1] if named else None


# PM2.5下降15.3%、PM10下降13.6%、SO2下降23.1%: a change's own words start after the figure listed
# before it (not at the clause's start, which would name every pollutant before it too).
_LISTED_FIGURE_RE = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|个百分点|微克/立方米|μg/m3|毫克/立方米|天|个)\s*、")


_POLLUTANT_NAME_RE = re.compile(
    r"(?:[A-Z][A-Za-z0-9.₂₃]*|一氧化碳|一氧化氮|氮氧化物|氨氮|总磷|总氮|化学需氧量|挥发性有机物)\s*(?:浓度)?"
)


def attach_change(
    s: Sentence, m: Mention, drafts: list[Indicator], bases: frozenset[int] = frozenset()
) -> list[Indicator]:
    """Give the relative change ``m`` to its figure (``change_target``); with no figure it is a
    change-only item of what its words (or its context) name. A second change of a figure that
    already carries one (…同比下降0.7%，较2019年同期下降2.7%) is left to the figure's note."""
    basis = change_basis(s, m.start)
    clause = s.clause_of(m.start)
    subject, start = subjects.subject_before(s.text, clause.start, m.start)
    floor = max([clause.start, *(f.end() for f in _LISTED_FIGURE_RE.finditer(s.text, clause.start, m.start))])
    if floor > clause.start:
        own, own_start = subjects.subject_before(s.text, floor, m.start)
        # …、PM10下降13.6%、CO下降26.3%: its own pollutant (with a code or not), not the ones before
        if codes_of_changed_subject(own) or _POLLUTANT_NAME_RE.match(own):
            subject, start = own, own_start
    target = change_target(s, m, drafts, subject, bases)
    target = _consistent_target(s, m, drafts, target)
    if target is None:
        if _another_years_comparison(s, m) and (not names_own_subject(subject) or _named_before(s, subject)):
            return []  # …比2019年同期减少17.4%；比2015年同期减少34.2%: the figure's second comparison
        # 恶化幅度最大的县为乙县恶化11.1%: 乙县's change; 萍乡上升2.0%: 萍乡's
        place = selected_place(subject) or the_place(subject)
        return change_items(s, m, changed_subject(s, m, subject), start, basis=basis, region=place)
    change = change_of(m, basis=basis, code=drafts[target].code)
    current = drafts[target].change
    # one item carries one change: the year-on-year one wins over another period's (较2013年), and a
    # stated relative change over one worked out in the figure's unit (由21.3微克增至22.0微克)
    if (
        current is None
        or (change.basis == "yoy" and current.basis not in ("yoy", None))
        or current.unit not in ("percent", "percentage_point")
    ):
        for i in [target, *_listed_sharing(s, m, drafts, target)]:
            figure = drafts[i]
            previous = (
                figure.previous_value if figure.previous_value is not None else _previous(figure, change)
            )
            drafts[i] = replace(figure, change=change, previous_value=previous)
        return []
    if names_own_subject(subject):
        return change_items(s, m, changed_subject(s, m, subject), start, basis=basis)
    place = _another_place(subject, drafts[target].region)
    if place is not None:
        # 全省O3浓度…同比下降4.0%，甲州同比上升2.0%: that place's change of the same figure
        name = catalog_by_code()[drafts[target].code].name
        return change_items(s, m, name, start, basis=basis, region=place)
    return []


# 同比均上升6.3% / 较上年均有所下降，降幅为…: a change its clause says all the listed figures share
_ALL_SHARE_RE = re.compile(
    r"\s*(?:同比|较上年|比上年|较去年|比去年|与上年相比[，,]?)?\s*均\s*(?:有所)?"
    r"(?:上升|下降|降低|提高|升高|增长|增加|减少|改善|恶化)了?\s*"
)


def _listed_sharing(s: Sentence, m: Mention, drafts: list[Indicator], target: int) -> list[int]:
    """…浓度分别为41微克/立方米、73微克/立方米，同比均上升6.3%: the figures of the 分别 list
    before the change's clause, besides ``target``, that share its 均 change (none without 均)."""
    clause = s.clause_of(m.start)
    if not _ALL_SHARE_RE.fullmatch(s.text, clause.start, m.start):
        return []
    listed = s.text.rfind("分别", s.seg.start, clause.start)
    if listed < 0:
        return []
    return [
        i
        for i, d in enumerate(drafts)
        if i != target
        and listed < d.end <= clause.start
        and d.change is None
        and d.value is not None
        and d.unit_base == drafts[target].unit_base
    ]


# …为86.1%，剔除沙尘后为87.4%，…比2019年(81.2%)提高4.9个百分点: the earlier value in brackets
_BRACKETED_BEFORE_RE = re.compile(
    r"[(（]\s*(?P<v>\d+(?:\.\d+)?)\s*%?\s*[)）]\s*(?:相比)?\s*(?:上升|下降|提高|降低|增加|减少|改善|升高)了?\s*$"
)
_POINTS_TOLERANCE = 0.051


def _consistent_target(s: Sentence, m: Mention, drafts: list[Indicator], target: int | None) -> int | None:
    """The figure a points change with its earlier value in brackets adds up for: the nearest
    figure when it does, else another figure of its code in the sentence that does (the headline
    figure, not its version without dust stated after it)."""
    if target is None or m.unit != "pp" or m.direction is None:
        return target
    before = _BRACKETED_BEFORE_RE.search(s.text, max(m.start - 30, 0), m.start)
    if before is None:
        return target
    sign = 1 if m.direction == "up" else -1
    reached = float(before.group("v")) + sign * float(m.value)

    def adds_up(i: int) -> bool:
        value = drafts[i].value
        return value is not None and abs(value - reached) <= _POINTS_TOLERANCE

    if adds_up(target):
        return target
    code = drafts[target].code
    fits = [i for i, d in enumerate(drafts) if d.code == code and d.end <= m.start and adds_up(i)]
    return fits[-1] if len(fits) == 1 else target


# 比上周上升10.0%；比去年同期下降21.4%: a comparison clause right after another change
_CHANGE_CLAUSE_END_RE = re.compile(
    r"(?:上升|下降|提高|降低|增加|减少|增长|改善|恶化|升高)了?\s*\d+(?:\.\d+)?\s*(?:%|％|个百分点)\s*[；;]\s*$"
)
_COMPARISON_LEAD_RE = re.compile(r"\s*(?:同比|环比|(?:相)?(?:比|较|与))")


def _after_another_comparison(s: Sentence, m: Mention, drafts: list[Indicator], subject: str) -> bool:
    """…浓度为33微克/立方米，比上周上升10.0%；比去年同期下降21.4%，…为52.0: a change whose clause
    only says what it is compared with, right after a semicolon that closes another change, is the
    figure before the semicolon's other comparison, not a figure's of its own segment."""
    clause = s.clause_of(m.start)
    if names_own_subject(subject) or _COMPARISON_LEAD_RE.match(s.text, clause.start, m.start) is None:
        return False
    before = _CHANGE_CLAUSE_END_RE.search(s.text, max(clause.start - 24, 0), clause.start)
    return (
        before is not None
        and before.group().rstrip()[-1] in "；;"
        and not any(before.start() <= d.start < m.start for d in drafts)
    )


def _another_place(subject: str, region: str | None) -> str | None:
    """The place a change's subject is only made of (甲州, 和乙市), when it is not the
    figure's own region."""
    words = re.sub(r"^[和及与、，,\s]+", "", subject.strip(" ，,、"))
    if not _PLACE_NAME_RE.fullmatch(words) or not place_only(words) or words == region:
        return None
    return words


_PLACE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:市|县|区|州|盟|旗|省|地区)")


_COMPARED_YEAR_RE = re.compile(r"(?:比|较|与)\s*(?P<y>(?:19|20)\d{2})\s*年")


def _another_years_comparison(s: Sentence, m: Mention) -> bool:
    """Whether ``m``'s clause compares with one year (比2015年同期减少34.2%) after the sentence
    compared with a later one (比2019年同期减少17.4%): the same figure measured against a second,
    older base, which the labelling convention leaves to the figure's note. A later base is not
    dropped (较2013年下降23.4%…；较2016年下降1.7% is the year-on-year change, which wins)."""
    own = {int(x.group("y")) for x in _COMPARED_YEAR_RE.finditer(s.text, s.seg.start, m.start)}
    if len(own) != 1:
        return False
    earlier = {int(x.group("y")) for x in _COMPARED_YEAR_RE.finditer(s.text, s.full.start, s.seg.start)}
    year = s.year(m.start)
    if not earlier and year is not None and "同比" in s.text[s.full.start : s.seg.start]:
        earlier = {year - 1}  # 2020年…同比降幅达11.9%；与2015年相比…降幅达35.0%
    return bool(earlier) and own.pop() < min(earlier)


def _named_before(s: Sentence, subject: str) -> bool:
    """Whether the indicator a change names is the one the sentence stated before its segment."""
    codes = codes_of_changed_subject(subject)
    before = s.text[s.full.start : s.seg.start]
    entries = catalog_by_code()
    return bool(codes) and all(c in entries and match_code(before, entries[c].unit_kind) == c for c in codes)


# A change in brackets right after a place: 甲市(-37.5%) / 乙市(上升5.2个百分点).
_BRACKETED_AFTER_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,6}(?:市|县|区|州|盟|旗)\s*[(（]\s*[-－]?\s*$")


def change_target(
    s: Sentence, m: Mention, drafts: list[Indicator], subject: str, bases: frozenset[int] = frozenset()
) -> int | None:
    """The figure a change belongs to: the one whose subject its clause names again; the level
    its next clause reaches (提高1.25个百分点，达到71.4%); else the nearest by ``qualified``. A
    change whose own words name what changed (二氧化硫下降21.3%) goes only to a figure of its own
    clause or of the indicator it names, never to another one nearby."""
    named = _named_target(s, m, drafts)
    if named is not None:
        return named
    if _after_another_comparison(s, m, drafts, subject):
        return None  # left to the figure before the semicolon (``attach_later_changes``)
    if _BRACKETED_AFTER_PLACE_RE.search(subject):
        return None  # …下降幅度较大的有永州市(-47.6%): that place's change, not the figure before
    own = names_own_subject(subject)
    codes = codes_of_changed_subject(subject, points=m.unit == "pp") if own else []
    # …断面优良率占比98.6%，与上年同期相比，优良率占比提高0.7个百分点: 优良率 of the water in view
    codes = [water_not_air(s, m.start, subject, c) or c for c in codes]
    reached = _level_reached(s, m, drafts)
    if reached is not None and (not codes or drafts[reached].code in codes):
        return reached
    # 较2020年的4.2%下降0.7个百分点: the value compared with does not take the change
    found = [_compared_figure(t, drafts, bases) for t in qualified(s, m.start, m.end, drafts, change=True)]
    targets = [t for t in found if t is not None and _may_take(drafts[t], [m])]
    if not targets and m.unit == "pp" and found:
        # 森林覆盖率达40.2%(按土地总面积5000平方公里计算)，同比上升了0.3个百分点: points go
        # past a figure that cannot take them to the sentence's last percentage before them
        shares = [
            i
            for i, d in enumerate(drafts)
            if s.full.start <= d.start and d.end <= m.start and d.unit_base == "%" and d.change is None
        ]
        targets = shares[-1:]
    if (
        not targets
        and m.unit == "pp"
        and not any(d.unit_base == "%" for d in drafts)
        and not _opens_paragraph_after_a_share(s, m)
    ):
        # 浓度为27微克/立方米，同比下降3.6个百分点: points written on a concentration, with no
        # percentage in the sentence to take them, are the concentration's as written
        # (or on days; a count of sites is not: Ⅰ~Ⅲ类断面37个，同比上升3.0个百分点 is their share's)
        targets = [t for t in found if t is not None and _takes_written_points(drafts[t].code)]
    if not targets:
        return None
    target = _before_aside(s.text, drafts, targets[0], m.start)
    clause = s.clause_of(m.start)
    figure = drafts[target]
    if figure.code == GENERIC_BY_KIND["count"] and the_place(s.text[clause.start : m.start]) is not None:
        return None  # 其他5个城市改善情况分别为：甲市下降17.2%: 甲市's change, not the count's
    if own and change_basis(s, m.start) == "cumulative" and not clause.start <= figure.start < clause.end:
        return None  # “十四五”时期…累计下降20%: a period's change, not the year's figure's
    if codes and figure.code not in codes:
        return None  # PM2.5、O3浓度分别上升0.8%、7.7%: not the share written right after it
    # …在1月环比下降31%的基础上，2月…下降25%，平均浓度降至41: a named change does not
    # reach forward past its clause to a figure the sentence goes on to state
    outside = not clause.start <= figure.start < clause.end
    if own and outside and (figure.start >= m.end or not _may_change(figure.code, codes)):
        return None
    if own and outside and not codes and names_a_measure(subject):
        return None  # …，造林成活率、保存率提高4个百分点: a measure no code names, not the figure before
    # 六项污染指标中PM10，同比下降15.5%: the pollutant named after the count is what changed
    after_figure = s.text[figure.end : clause.start] if figure.end <= clause.start else ""
    if figure.code in GENERIC_BY_KIND.values() and codes_of_changed_subject(after_figure):
        return None
    return target


_ENDS_ON_A_SHARE_RE = re.compile(r"\d\s*[%％]\s*[。.；;]?\s*$")


def _opens_paragraph_after_a_share(s: Sentence, m: Mention) -> bool:
    """…优良率达到95.1%。¶同比提高了0.8个百分点，PM2.5浓度为23微克/立方米: points opening a
    paragraph, right after one that ended on a percentage, are that percentage's change (a page
    that broke one sentence into two paragraphs), not the concentration written after them."""
    line = s.text.rfind("\n", 0, m.start) + 1
    if line == 0 or s.text[line : s.clause_of(m.start).start].strip():
        return False
    return _ENDS_ON_A_SHARE_RE.search(s.text, max(line - 40, 0), line) is not None


def _takes_written_points(code: str) -> bool:
    """Whether ``code`` is a catalog concentration or count of days, which keep points written
    on them; a count of sites does not."""
    entry = catalog_by_code().get(code)
    return entry is not None and not entry.generic and entry.unit_kind in ("concentration", "days")


def _compared_figure(index: int, drafts: list[Indicator], bases: frozenset[int]) -> int | None:
    """The figure a change may go to in place of ``drafts[index]``: that one, or, when it is only
    the value compared with (较2020年的4.2%), the figure of the same unit stated right before it."""
    if index not in bases:
        return index
    before = index - 1
    if before >= 0 and before not in bases and drafts[before].unit_base == drafts[index].unit_base:
        return before
    return None


_ASIDE_REACH = 120  # characters: an aside holding a breakdown is short; looking further is quadratic


def _before_aside(text: str, drafts: list[Indicator], index: int, pos: int) -> int:
    """…比例为90.6%(其中，Ⅰ类8.1%，Ⅱ类52.3%)，同比上升2.4个百分点: a figure inside a bracketed
    aside that closes before the change is not its figure; the last one before the aside is."""
    figure = drafts[index]
    floor = max(figure.start - _ASIDE_REACH, 0)
    # (the quote of a figure in an aside may start on its bracket: (按新标准计算为95.3%)
    opened = max(text.rfind("(", floor, figure.start + 1), text.rfind("（", floor, figure.start + 1))
    closed = max(text.rfind(")", floor, figure.start), text.rfind("）", floor, figure.start))
    shut = min(
        (i for i in (text.find(")", figure.end, pos), text.find("）", figure.end, pos)) if i >= 0), default=-1
    )
    if opened <= closed or shut < 0:
        return index
    before = [i for i, d in enumerate(drafts) if d.end <= opened]
    return before[-1] if before else index


def _may_change(code: str, named: list[str]) -> bool:
    """Whether a change whose words name ``named`` may be the figure ``code``'s: the same
    indicator, or, when its words name none in the catalog (一氧化碳下降11.4%, or a spinner's
    stray word), any figure but a generic count of what was monitored (六项监测指标)."""
    return code in named if named else code not in GENERIC_BY_KIND.values()


_DIGIT_RE = re.compile(r"\d")
# The next clause only says what the changed figure reached: …提高1.25个百分点，达到71.4% /
# …再次下降25%，平均浓度降至41微克/立方米 / …上升1.2个百分点，至85.5%.
_REACHED_RE = re.compile(
    r"\s*(?:并|且|已|再)?(?:达到|达|升至|升到|降至|降到|提高到|提高至|上升到|上升至|下降到|下降至|增至|减至|为|至)\s*$"
)


_FROM_LEAD_RE = re.compile(r"\s*(?:并|且|已)?(?:由|从)[^，,。；;\d]{0,8}$")


def _level_reached(s: Sentence, m: Mention, drafts: list[Indicator]) -> int | None:
    """The figure of the clause right after the change's, when that clause is only a bare
    subject and a verb of arriving (达到, 降至) before it; or the figure right after the change
    when only such a verb stands between them (上升1.2个百分点至85.5%)."""
    after = next((i for i, d in enumerate(drafts) if d.start >= m.end), None)
    if after is not None:
        number = _DIGIT_RE.search(s.text, m.end, drafts[after].end)
        if number is not None and _REACHED_RE.match(s.text, m.end, number.start()):
            return after
    clause = s.clause_of(m.start)
    following = [c for c in s.clauses if c.start >= clause.end and s.text[c.start : c.end].strip(" ，,、")]
    if not following:
        return None
    nxt = following[0]
    first = next((i for i, d in enumerate(drafts) if nxt.start <= d.start < nxt.end), None)
    if first is None:
        return None
    stated = s.text[nxt.start : drafts[first].end]
    lead = stated[: next((i for i, ch in enumerate(stated) if ch.isdigit()), len(stated))]
    if drafts[first].previous_value is not None and _FROM_LEAD_RE.match(lead):
        return first  # …上升4%，由每立方米21.3微克增至22.0微克: the level the change went to
    verb = _REACHED_RE.search(lead)
    if verb is None or not is_bare(lead[: verb.start()]) or selected_place(lead) is not None:
        return None  # …提升1.9个百分点，其中甲市最高为96.4%: another place's figure
    if _OTHER_VERSION_RE.search(lead):
        return None  # …同比下降1.2个百分点，扣除沙尘异常超标天后为84.5%: the figure's other version
    before = next((i for i in range(len(drafts) - 1, -1, -1) if drafts[i].end <= m.start), None)
    if (
        before is not None
        and drafts[before].start >= s.full.start
        and drafts[before].code == drafts[first].code
        and drafts[before].change is None
        and _DIGIT_RE.search(s.text, drafts[before].end, m.start) is None
    ):
        return None  # …比例为92.3%，同比上升2.1个百分点，长江流域为96.5%: the figure just before's
    return first


# 扣除沙尘影响后 / 剔除沙尘后 / 不含沙尘: another version of the figure just stated, not the level a
# change reached.
_OTHER_VERSION_RE = re.compile(r"扣除|剔除|不含|不计")


def _previous(target: Indicator, change: Change) -> float | None:
    """91.7%, up 4.6 points -> 87.1; 30 μg/m³, down 6.3% -> 32.02."""
    if target.value is None:
        return None
    sign = 1 if change.direction == "up" else -1
    if change.unit == "percentage_point":
        if target.unit != "%":
            return None
        return round(target.value - sign * change.value, 4)
    denominator = 1 + sign * change.value / 100
    return round(target.value / denominator, 2) if denominator > 0 else None


def attach_absolute(s: Sentence, m: Mention, drafts: list[Indicator]) -> None:
    """同比减少19天: an absolute change goes to its figure when that has no change yet."""
    base = UNITS[m.unit].base
    targets = qualified(s, m.start, m.end, drafts, change=True)
    if targets and drafts[targets[0]].unit_base != base and drafts[targets[0]].end <= m.start:
        # 优良天数为312天，优良率85.5%，同比增加12天: past a figure in another unit, the sentence's
        # last catalog figure in the change's own unit (not 占总天数273天, a denominator)
        entries = catalog_by_code()
        targets = [
            i
            for i in range(len(drafts) - 1, -1, -1)
            if s.full.start <= drafts[i].start
            and drafts[i].end <= m.start
            and drafts[i].unit_base == base
            and drafts[i].code in entries
            and not entries[drafts[i].code].generic
        ][:1]
    if targets and drafts[targets[0]].change is None and drafts[targets[0]].unit_base == base:
        target = drafts[targets[0]]
        direction = oriented(m.direction or "up", m.judged, target.code)
        drafts[targets[0]] = changes.absolute(target, direction, float(m.value), change_basis(s, m.start))
