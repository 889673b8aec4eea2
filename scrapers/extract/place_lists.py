"""Lists of places before 分别, and the subject they share.

- 甲市、乙市、丙市2020年3月的PM10平均浓度分别同比上升4.1%、3.2%、2.0%: three places, the subject
  written after the last one;
- 甲乙及周边地区、丙丁地区、戊己平原重污染天数比例分别比2021年下降…: the same, with
  regional names;
- 降幅最大的城市是甲市、乙市和丙市，同比分别下降21.5%、18.2%和16.0%: the list closes the
  clause before the 分别 one, whose subject comes from the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPLIT_RE = re.compile(
    r"、|以及|和|与|及(?!周边|以上)|(?:(?<=\.5)|(?<=M10)|(?<=O2)|(?<=O3))(?=PM|O3|SO2|NO2|CO)"
    r"|(?<=[)）])(?=二氧化|一氧化|细颗粒物|可吸入颗粒物|臭氧|PM|O3|SO2|NO2|CO)"
)  # PM2.5O3 / 可吸入颗粒物(PM10)细颗粒物(PM2.5): a lost 、
# (东岭城市群 / 西河都市圈 / 南江三角洲: a group of cities is a place too)
_PLACE_END_RE = re.compile(
    r"(?:流域|水系|平原|地区|区域|城市群?|都市圈|经济圈|经济带|三角洲|及周边|市|省|区|县|州|盟|旗)$"
)
_LEAD_PLACE_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}?(?:及周边地区|平原|地区|区域|流域|城市群|都市圈|经济圈|经济带|三角洲|市|省|县|州)|[\u4e00-\u9fff]{2,3}(?=[^\u4e00-\u9fff]|的|年)"
    # 南充、绵阳、广安优良天数率…: a short name right before the name of what was measured
    r"|[\u4e00-\u9fff]{2,3}?(?=优良天数|空气质量|环境空气|综合指数|细颗粒物|可吸入颗粒物|PM"
    # 甲山、乙水、丙林达标天数比例… / 甲乙年均浓度…: the same before the other names of a measure
    r"|达标天数|达标率|优良率|平均|年均|月均|二氧化|臭氧|重污染|重度|轻度|中度|降尘|水质))"
    r"(?:“[^”]{1,8}”)?(?:\d{1,3}\s*个)?(?:城市)?"
)
# What a group of places carries in its name: a quoted group tag (“2+26”) and how many cities
# it has (长三角地区41个城市).
_GROUP_PARTS_RE = re.compile(r"“[^”]{1,8}”|\d{1,3}\s*个(?=城市)")
_CLAUSE_BREAK = "，,；;：:。\n"
_LIST_AFTER_RE = re.compile(r"(?:为|是|有|包括)\s*(?P<list>[^为是有，,；;：:。\n]+)$")
# …控制率比四年前分别提高: the comparison closing the list is not part of its last member.
# 其中甲州和乙北降幅明显，分别同比下降…: a lead word and a remark on the change are not places.
_LIST_LEAD_RE = re.compile(r"^\s*(?:其中|此外|另外)\s*")
_REMARK_TAIL_RE = re.compile(
    r"(?:(?:的)?(?:降幅|升幅|增幅|改善幅度|改善|恶化|下降|上升|反弹)(?:幅度)?(?:明显|较大|较多|最大|最多|显著|较明显)"
    r"|(?:尤为|最为|较为|更为)(?:突出|明显|严重))\s*$"  # 甲市和乙市尤为突出，分别上升了…
)
# 东部和西部6城市PM10和PM2.5…分别: the counted group the listed measures are about, not a member
_LEADING_GROUP_RE = re.compile(
    r"^[\u4e00-\u9fff、和及]{1,12}?\d{1,3}\s*个?(?:城市|市州|盟市|地市)"
    r"(?=PM|O3|SO2|NO2|CO|二氧化|一氧化|细颗粒物|可吸入|臭氧)"
)
# 2019年安徽省和长三角地区…分别上升: the year opening the list is not part of its first place
_LEADING_YEAR_RE = re.compile(r"^(?:19|20)\d{2}\s*年(?:度)?")
# 与2015年相比 / 较上年同期: a comparison with a year or period (not 降幅较大的城市是甲市和丁市)
_COMPARED_WITH_TAIL_RE = re.compile(
    r"(?:与|同|较|比)\s*(?:(?:19|20)\d{2}\s*年|上年|去年|上一年|前一年)(?:同期)?\s*(?:相比|比较)?\s*$"
)
_COMPARISON_TAIL_RE = re.compile(r"(?:同比|(?:比(?!例|率|重)|较|与)[^、，,]{1,10}?(?:相比)?)\s*$")


@dataclass(frozen=True, slots=True)
class PlaceList:
    """Listed places and the words naming what is listed for each ("" when none are written)."""

    places: tuple[str, ...]
    subject: str


def is_place(name: str) -> bool:
    """A short name or one ending like a place (市, 地区, 平原 …), a group's tag and city count
    set aside (甲乙及周边地区“2+26”城市, 丙丁地区41个城市); never the name of what is measured
    (氨氮、总磷平均浓度…分别下降: two parameters, not two places)."""
    name = _GROUP_PARTS_RE.sub("", name.strip())
    if _MEASURED_RE.match(name) or _TIME_OR_MANNER_RE.fullmatch(name):
        return False
    return 0 < len(name) <= 3 or (len(name) <= 12 and _PLACE_END_RE.search(name) is not None)


# 年均增长12.1% / 累计下降 / 总体改善: short words of a period, an average or a manner, no place
_TIME_OR_MANNER_RE = re.compile(
    r"(?:[年日月季]|年平)?均值?|平均|(?:全|今|去|当|前|上|本|同|往)(?:年|期)|[上下]半年|[一二三四]季度|年度"
    r"|(?:累|总|合|共)计|(?:整|总)体|总量|首次|连续|持续|逐年|逐步|稳步|大幅|明显|显著|较大|基本|仍然"
)
_MEASURED_RE = re.compile(
    r"氨氮|总磷|总氮|COD|化学需氧量|高锰酸盐|溶解氧|臭氧|PM|SO|NO|CO|O3|二氧化|一氧化|细颗粒物|可吸入|降尘|酸雨"
)


def time_or_manner(words: str) -> bool:
    """Whether ``words`` are only a word of a period, an average or a manner (累计, 年均, 总体)."""
    return _TIME_OR_MANNER_RE.fullmatch(words.strip(" ，,、")) is not None


def members(text: str, floor: int, respectively: int) -> list[str]:
    """The members of the list right before 分别, or, when its clause lists none, of the list
    that closes the clause before it."""
    start = max(text.rfind(ch, floor, respectively) for ch in _CLAUSE_BREAK) + 1
    start = max(start, text.rfind("%", floor, respectively) + 1)  # …上升0.8%7.7%PM10NO2浓度分别: a lost ；
    own = _LIST_LEAD_RE.sub("", _COMPARISON_TAIL_RE.sub("", text[max(start, floor) : respectively]))
    own = _LEADING_GROUP_RE.sub("", own.strip())
    found = [p for p in _SPLIT_RE.split(own) if p.strip()]
    if len(found) >= 2 or start <= floor:
        return found
    begin = max(max(text.rfind(ch, floor, start - 1) for ch in _CLAUSE_BREAK) + 1, floor)
    # 甲市、乙市PM2.5年均浓度与2015年相比，降幅分别为…: the comparison closes the list's clause
    previous = _COMPARED_WITH_TAIL_RE.sub("", _COUNTED_TAIL_RE.sub("", text[begin : start - 1]))
    previous = _REMARK_TAIL_RE.sub("", previous)  # 尤为突出 before 为 is looked for
    m = _LIST_AFTER_RE.search(previous)
    listed = _REMARK_TAIL_RE.sub("", _LIST_LEAD_RE.sub("", m.group("list") if m else previous))
    return [p for p in _SPLIT_RE.split(listed) if p.strip()]


# 甲市PM2.5、O3两项污染物浓度同比均下降，分别下降了…: what the list counts
# and says of its members closes the clause, after its last member.
_COUNTED_TAIL_RE = re.compile(
    r"(?<=[\dA-Za-z\u4e00-\u9fff])[一二三四五六七八九十\d]项(?:主要)?(?:污染物|指标)[^、]*$"
)


# 甲城市群(含周边城市): a place's bracketed gloss, which says which it is
GLOSS_RE = re.compile(r"[(（][^()（）]{1,30}[)）]")


def place_list(listed: list[str]) -> PlaceList | None:
    """The places of a 分别 list and their shared subject, or None when it is not a list of places."""
    if len(listed) < 2:
        return None
    *head, last = [m.strip() for m in listed]
    head = [GLOSS_RE.sub("", m).strip() for m in head]
    head[0] = _LEADING_YEAR_RE.sub("", head[0]).strip() or head[0]
    if not all(is_place(m) for m in head):
        return None
    if is_place(last):
        return PlaceList((*head, last), "")
    lead = _LEAD_PLACE_RE.match(last)
    if lead is None:
        return None
    return PlaceList((*head, lead.group()), last[lead.end() :].lstrip("的"))


def listed_regions(text: str, floor: int, respectively: int, count: int) -> tuple[str, ...] | None:
    """The places a 分别 list of ``count`` values is about (甲市、乙市和丙市，分别为30、33和35), or
    None when the list before it is not ``count`` places."""
    places = place_list(members(text, floor, respectively))
    return places.places if places is not None and len(places.places) == count else None
