"""分别 lists: values and changes distributed over the subjects listed before 分别, in order.

Ⅰ~Ⅲ类、Ⅳ~Ⅴ类和劣Ⅴ类水质断面分别占71.2%、22.5%和6.3% gives each member its own value (the
middle one has no catalog code); 甲江流域、乙河流域水质优良比例分别为91.5%、83.2% lists places
that share one subject; 同比分别上升6.1个百分点、7.3个百分点 gives the figures their changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from scrapers.extract import place_lists
from scrapers.extract.naming import match_code

_MEMBER_SPLIT_RE = re.compile(r"、|以及|和|及(?!以上|以下)|与")  # (地级及以上城市 is one member)
# …控制率比四年前分别提高: the comparison closing the list is not part of its last member.
_COMPARISON_TAIL_RE = re.compile(r"(?:同比|(?:比(?!例|率|重)|较|与)[^、，,]{1,10}?(?:相比)?)\s*$")
_LIST_START = "，,；;：:。\n"
_PLACE_RE = re.compile(r"(?:流域|水系|市|省|区|县|州|盟|地区|城市|全国|全省|江|河|湖|海|平原|主城|城区)$")
# Marks the kind has no code: the caller falls back to the kind's generic code.
NO_CODE = ""


def list_start(text: str, floor: int, respectively: int) -> int:
    """Where the list before the 分别 at ``respectively`` starts: after the last clause break."""
    start = max(max(text.rfind(ch, floor, respectively) for ch in _LIST_START) + 1, floor)
    return max(start, text.rfind("%", floor, respectively) + 1)  # a list of subjects holds no figure


# (以下简称…) / (以下分别简称PM2.5和PM10): an abbreviation gloss, whose 和 joins no members
_GLOSS_RE = re.compile(r"[(（][^()（）]{0,8}简称[^()（）]{0,30}[)）]")


def members_before(text: str, floor: int, respectively: int) -> list[str]:
    """The listed subjects between the last clause break before 分别 and 分别."""
    listed = _COMPARISON_TAIL_RE.sub("", text[list_start(text, floor, respectively) : respectively])
    listed = _GLOSS_RE.sub("", listed)  # (以下分别简称PM2.5和PM10): the names' gloss, no members
    members = _classes_named(p for p in _MEMBER_SPLIT_RE.split(listed) if p.strip())
    return members or _counted_classes(text, floor, list_start(text, floor, respectively))


# …断面中Ⅱ类3个(甲湖)，Ⅲ类9个，Ⅳ类40个、劣Ⅴ类1个，分别占…: classes counted one by one before a
# 分别 that opens its own clause are its members.
_COUNTED_CLASS_RE = re.compile(r"(?P<cls>劣?(?:[ⅠⅡⅢⅣⅤ]|I{1,3}|IV|V)类)(?:水质)?(?:断面|点位)?\s*\d+\s*个")
_SENTENCE_END = "。；;\n"


def _counted_classes(text: str, floor: int, clause_start: int) -> list[str]:
    if clause_start <= floor or text[clause_start - 1] not in "，,":
        return []
    start = max(max(text.rfind(ch, floor, clause_start) for ch in _SENTENCE_END) + 1, floor)
    found = [m.group("cls") for m in _COUNTED_CLASS_RE.finditer(text, start, clause_start)]
    return found if len(found) >= 2 else []


_BARE_CLASS_RE = re.compile(r"(?P<lead>.*?)(?P<numeral>[一二三四五IVⅠⅡⅢⅣⅤ]+)$")
_CLASS_TAIL_RE = re.compile(r"^(?:劣)?[一二三四五IVⅠⅡⅢⅣⅤ]+类")


def _classes_named(members: Iterable[str]) -> list[str]:
    """一、二、三、四类及劣四类: a bare numeral before a class shares its 类 (一 → 一类), and the
    words before the first numeral (近岸海域) are what the list is of, not part of its first class."""
    out = list(members)
    if not any(_CLASS_TAIL_RE.match(m.strip()) for m in out[1:]):
        return out
    for i, member in enumerate(out):
        m = _BARE_CLASS_RE.match(member.strip())
        if m is not None and not member.strip().endswith("类"):
            out[i] = m.group("numeral") + "类"
    return out


_ONE_CLASS_RE = re.compile(r"(?:劣)?[一二三四五IVⅠⅡⅢⅣⅤ]+类")
_RANGE_MARK_RE = re.compile(r"[~～\-—至到]")


def listed_code(members: Sequence[str], index: int, kind: str) -> str | None:
    """The code of the ``index``-th value after 分别: the member's own code; for a list of places
    the code the last member names; NO_CODE for a member that names none; None when the list
    does not fit (one member, or more values than members)."""
    if len(members) < 2 or index >= len(members):
        return None
    if any(m.strip() in _DAY_CATEGORIES for m in members):
        return NO_CODE  # 轻度、中度、重度和严重污染天数比例分别为…: one day category's share each
    own = match_code(members[index], kind)
    if own is not None:
        return own
    shared = match_code(members[-1], kind)
    borrowed = _with_shared_measure(members[index], members[-1], kind) if shared is not None else None
    if borrowed is not None and borrowed != shared:
        return borrowed  # 建设用地 + 安全利用率: a code of its own, not the last member's again
    # 南宁、柳州、桂林优良天数比例分别为…: short names are places too; 2021年、2022年…比例分别为…:
    # years share the measure as places do
    if (
        shared is not None
        and all(
            _is_place(place_lists.GLOSS_RE.sub("", m).strip())
            or _PERIOD_RE.fullmatch(m.strip())
            or (  # 甲区域N个城市4月和5月平均…
                _LEADING_PERIOD_RE.match(members[-1].strip()) is not None
                and _PERIOD_END_RE.search(m.strip()) is not None
            )
            for m in members[:-1]
        )
    ):
        return shared
    if not any(match_code(m, kind) for m in members):
        if classes_only(members):
            return NO_CODE  # 一类、二类海水面积比例分别为…: one class each, no range's share
        bare = _PLACE_AND_RATIO_RE.fullmatch(members[-1].strip())
        if bare is not None and all(_is_place(m.strip()) for m in (*members[:-1], bare.group("place"))):
            return None  # (优良天数比率：)甲市、乙市比率分别为…: the measure is the context's
        if _MEASURE_TAIL_RE.search(members[-1]) or all(_RATE_END_RE.search(m) for m in members):
            # 化学需氧量、氨氮…减排比例分别为… / 城镇绿地率、绿化覆盖率分别达到…: the list names its
            # own measures, no code's
            return NO_CODE
        return None  # 东川市、西岭市、北桥市分别出现1天重度污染: the words after the figure name it
    return NO_CODE


def classes_only(members: Sequence[str]) -> bool:
    """Whether a 分别 list's members are water classes one by one (一类、二类海水, Ⅰ、Ⅱ、Ⅲ类水质
    断面), none of them a range (Ⅰ~Ⅲ类) or anything but a class (2023年)."""
    return len(members) >= 2 and all(
        _ONE_CLASS_RE.search(m) and not _RANGE_MARK_RE.search(m) for m in members
    )


def _with_shared_measure(member: str, last: str, kind: str) -> str | None:
    """建设用地和受污染耕地安全利用率分别为…: a member that is no place takes the measure the last
    member ends with (建设用地 + 安全利用率), the shortest ending that names a code with it."""
    if _is_place(member.strip()) or _PERIOD_RE.fullmatch(member.strip()) or not _MEASURE_END_RE.search(last):
        return None
    for cut in range(len(last) - 2, 0, -1):
        code = match_code(member.strip() + last[cut:], kind)
        if code is not None:
            return code
    return None


_PERIOD_RE = re.compile(
    r"(?:19|20)\d{2}\s*年?(?:\s*\d{1,2}\s*月份?|[一二三四]季度|上半年|下半年)?|\d{1,2}\s*月份?"
)
# 甲区域N个城市4月和5月平均优良天数比例分别为…: months listed inside the subject, after its place
_PERIOD_END_RE = re.compile(r"(?:\d{1,2}\s*月份?|[一二三四]季度|[上下]半年)$")
_LEADING_PERIOD_RE = re.compile(r"(?:\d{1,2}\s*月份?|[一二三四]季度|[上下]半年)(?=[\u4e00-\u9fffA-Z])")
_MEASURE_END_RE = re.compile(r"(?:率|比例|比率|占比|浓度|指数)\s*$")
_PLACE_AND_RATIO_RE = re.compile(r"(?P<place>.+?)(?:的)?(?:现状|平均|年均|实际)?(?:比例|比率|占比)")
_RATE_END_RE = re.compile(r"(?:率|比例|比率|占比)\s*$")
_MEASURE_TAIL_RE = re.compile(r"(?:比例|比率|占比|降低率|削减率|减排率|增长率)\s*$")
# 轻度、中度、重度和严重污染天数比例分别为…: day categories are short too, but name no place.
_DAY_CATEGORIES = frozenset(
    {"优", "良", "优良", "轻度", "中度", "重度", "严重", "轻度污染", "中度污染", "重度污染"}
    | {"一级优", "二级良", "一级", "二级", "优级", "良级"}  # 一级优和二级良分别为9天和18天
)


def _is_place(member: str) -> bool:
    """A place name (甲江流域, 乙市) or a short name that is no water class (南宁, not 二类); the
    words introducing a list of places (其中主要城市甲宁) set aside."""
    member = _PLACES_LEAD_RE.sub("", member)
    if member.strip() in _DAY_CATEGORIES:
        return False  # 一级优和二级良分别为…: grades, not places
    return _PLACE_RE.search(member) is not None or (len(member) <= 3 and not _CLASS_TAIL_RE.match(member))


# 其中主要城市 / 重点城市中 / 各市中: what a list of places opens with
_PLACES_LEAD_RE = re.compile(
    r"^\s*(?:[-–—•●·*▪]\s*)?(?:其中)?[，,]?\s*(?:(?:主要|重点|中心|省会|各)(?:城市|地市|市州|市)中?)?"  # (- : a bullet)
)


_PLACE = r"(?:(?!分别|等|和)[\u4e00-\u9fff]){2,5}"
_PLACE_LIST_RE = re.compile(
    # 甲市、乙市和丙市 / 甲市和乙市: two places joined by 和 alone are a list too
    rf"\s*(?:其中|全省|全市|全国)?[，,]?\s*(?P<list>{_PLACE}(?:(?:、{_PLACE})+(?:和{_PLACE})?|和{_PLACE}))"
    rf"(?:等\s*\d+\s*个?市?)?"
)
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
# …8个中心城市优良天数比例为100%，分别是甲市、乙市…和丙市 (分别为：甲区、乙区…): the places
# sharing it, named after it.
_PLACES_AFTER_RE = re.compile(
    rf"\s*(?:[，,]?\s*分别(?:是|为)|(?:达标)?的(?:城市|地市|区县|县区|县|市)(?:有|是|为))[:：]?\s*"
    rf"(?P<list>{_PLACE}(?:、{_PLACE})*(?:[和及]{_PLACE})?)(?=[，,。；;\n]|$)"
)  # (其中100%达标的市有甲市、乙市和丙市: the places that reach it, named after it)


def shared_places(text: str, clause_start: int, clause_end: int, value_end: int) -> list[str]:
    """The places of a list that share one figure and are split by 分别 or a tie: 秦皇岛市、滨州市、
    东营市分别出现1天重度污染; 阜阳、蚌埠…和黄山等6个市…达到100%，并列第1; …为100%，分别是甲市、
    乙市和丙市. Empty otherwise."""
    equal = _places_all_at(text, clause_start, value_end)
    if equal:
        return equal
    m = _PLACE_LIST_RE.match(text, clause_start, value_end)
    if m is None:
        return _places_after(text, value_end) or _group_in_a_list(text, clause_start, value_end)
    places = _places(m.group("list"))
    if not places:
        return _group_in_a_list(text, clause_start, value_end)
    respectively = text.find("分别", m.end(), value_end)
    single = respectively >= 0 and len(_NUMBER_RE.findall(text, respectively, clause_end)) == 1
    tie = "并列" in text[value_end : min(clause_end + 12, len(text))]
    return places if single or tie else _group_in_a_list(text, clause_start, value_end)


# 甲州、乙城的优良天数比例均为97.3%: listed places that each have the one value (not 甲市、
# 乙市和丙市3个城市…均为100%, a counted group, nor 甲市等城市: a group named by some of its members)
_ALL_AT_RE = re.compile(r"(?:均|都)(?:为|是|达到|达|保持在?|稳定在)\s*$")
_COUNTED_GROUP_RE = re.compile(
    r"\d+\s*(?:个|条|座|处)|[两二三四五六七八九十]+(?:个|条|座|处)|等"
)  # (3条河流)


# the figure's number, not a pollutant's digits (东林市、西岭市PM2.5浓度均为30: 30, not 2.5)
_VALUE_NUMBER_RE = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?")


def _places_all_at(text: str, clause_start: int, value_end: int) -> list[str]:
    value = next(reversed(list(_VALUE_NUMBER_RE.finditer(text, clause_start, value_end))), None)
    at = _ALL_AT_RE.search(text, clause_start, value.start()) if value is not None else None
    if at is None or _COUNTED_GROUP_RE.search(text, clause_start, at.start()):
        return []
    head = _PLACES_LEAD_RE.sub("", text[clause_start : at.start()])
    listed = place_lists.place_list([p for p in _MEMBER_SPLIT_RE.split(head) if p.strip()])
    if listed is None or len(listed.places) < 2 or not all(_is_place(p) for p in listed.places):
        return []
    return list(listed.places)


# 乙县、丙县并列(21微克/立方米): places tied on the value in the brackets after them
_TIED_BEFORE_RE = re.compile(
    r"(?P<list>[\u4e00-\u9fff]{2,8}(?:[、和及与][\u4e00-\u9fff]{2,8})+)并列\s*[(（]\s*\d+(?:\.\d+)?\s*[^\d()（），,]{0,12}$"
)


def tied_places(text: str, clause_start: int, value_end: int) -> list[str]:
    """The places of a tie written before its bracketed value (乙县、丙县并列(21微克/立方米)), or none."""
    m = _TIED_BEFORE_RE.search(text, clause_start, value_end)
    return _places(m.group("list")) if m else []


# 浓度最好的城市是甲市、乙市和丙市，为16μg/m3: the best (or worst) places, one value for each.
_PICKED_PLACES_RE = re.compile(
    r"(?:最好|最差|最优|最高|最低)的?(?:城市|地市|设区市|县区|区县|县|市|区)(?:是|为|有)"
    r"(?P<list>[\u4e00-\u9fff]{2,8}(?:[、和及与][\u4e00-\u9fff]{2,8})+)\s*[，,]\s*(?:均|都)?(?:为|是|达到?)?\s*$"
)


def picked_places(text: str, clause_start: int, value_start: int) -> list[str]:
    """The places a clause picks out as best or worst right before a clause that gives their one
    figure (…最好的城市是甲市、乙市和丙市，为16μg/m3), or none."""
    floor = max(
        max(text.rfind(ch, max(clause_start - 80, 0), clause_start - 1) for ch in "，,；;。\n") + 1, 0
    )
    m = _PICKED_PLACES_RE.search(text, floor, value_start)
    return _places(m.group("list")) if m else []


# 优良天数分别为：延安市、榆林市、汉中市27天，安康市、商洛市26天: a group of places sharing a value,
# one item of a 分别 list whose items are separated by commas.
_GROUP_VALUE_RE = re.compile(
    r"(?P<list>[\u4e00-\u9fff]{2,8}(?:[、和][\u4e00-\u9fff]{2,8})+)\s*\d+(?:\.\d+)?\s*[^\d，,；;。]{0,12}$"
)


_LIST_REACH = 400  # characters back from a list item to the 分别 that opens the list


def _group_in_a_list(text: str, clause_start: int, value_end: int) -> list[str]:
    item_start = max(text.rfind(ch, max(clause_start - 1, 0), value_end) for ch in "，,：:") + 1
    floor = max(item_start - _LIST_REACH, 0)  # a sentence's 分别 is near; never rescan a long line
    sentence_start = max(max(text.rfind(ch, floor, item_start) for ch in "。；;\n") + 1, floor)
    if "分别" not in text[sentence_start:item_start]:
        return []
    m = _GROUP_VALUE_RE.match(text, item_start, value_end)
    return _places(m.group("list")) if m else []


def _places_after(text: str, value_end: int) -> list[str]:
    """The places a 分别是 list right after the figure names (each a place name)."""
    m = _PLACES_AFTER_RE.match(text, value_end)
    if m is None:
        return []
    return _places(m.group("list"))


def _places(listed: str) -> list[str]:
    """The members of a list when every one is a place name (or a short name), else none."""
    places = [p for p in _MEMBER_SPLIT_RE.split(listed) if p]
    return places if all(_PLACE_RE.search(p) or len(p) <= 3 for p in places) else []
