"""Subjects a level figure takes from its neighbours rather than from the words before it.

- 全省…PM2.5月均浓度值为27微克/立方米，兰州36微克/立方米，嘉峪关27微克/立方米: a clause that is
  only a place and its value is the lead figure's indicator for that place.
- 91.2%的监测河段…水质达到或优于国家地表水Ⅲ类标准: a share written before what it is a share of;
  甲市以22微克/立方米的PM2.5平均浓度…: a concentration, after 以.
"""

from __future__ import annotations

import re

from models.records import Indicator
from scrapers.extract import place_lists, subjects
from scrapers.extract.catalog import GENERIC_BY_KIND
from scrapers.extract.naming import match_code
from scrapers.extract.numbers import UNITS
from scrapers.extract.quantities import Mention
from scrapers.extract.sentence import Sentence

# 89.7%的监测断面水质达到Ⅲ类: a share written before what it is a share of.
_SHARE_OF_RE = re.compile(r"\s*的\s*(?=[\u4e00-\u9fff])")
_MEANS_OF_RE = re.compile(r"\s*的\s*(?=[\u4e00-\u9fffA-Z])")  # 以22微克/立方米的PM2.5平均浓度
# A place's name as a listed value's whole subject (兰州, 嘉峪关, 甘南州), not words of a measure.
_PLACE_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")
# 依次是承德16微克/立方米、张家口16微克/立方米: the words opening a list of places and values.
_LIST_LEAD_RE = re.compile(
    r"^(?:.*?(?:依次|分别)(?:是|为)[:：]?|(?:依次|分别)?(?:是|为)[:：]?|其中[，,]?\s*)"  # 其中甲市95.1%
)
_BRACKETED_PLACE_RE = re.compile(
    r"\s*[(（](?P<place>[\u4e00-\u9fff]{1,5}(?:市|县|区|州|盟|旗)|[\u4e00-\u9fff]{2,3})[)）]"
)
# (实况) / (初步统计) / (预估值): how the value was reckoned, not where
_NOT_A_BRACKETED_PLACE_RE = re.compile(
    r"[同比降升增减年月日约左右以上下内为是的达均平]|实况|统计|预估|暂定|初步|核定|考核"
)
_PLACE_VERB_RE = re.compile(r"\s*(?:为|是|达到|达)\s*$")
_NOT_A_PLACE_RE = re.compile(
    r"[占为是率比数度均的标]|达(?!州|拉特|孜)|共计|优良?|^良|污染|其中|中$|严重|^[一二三四五ⅠⅡⅢⅣⅤIV]+类"
)  # 一类32.3%: a class; 达标331天，超标34天: days over the standard; 优(35天)、良: grades, no place
# (words, not their characters: 甲中旗, 中卫市, 达州市, 共青城市 and 乙良区 are places; 断面中 is not)
# …和15个监测湖库 after the share's own noun: another figure's subject, not this one's.
_OTHER_COUNT_RE = re.compile(
    r"(?:和|及|、)\d+(?:\.\d+)?\s*(?:个|座|条|处)[\u4e00-\u9fff]{0,8}?(?=水质|达到|优于|好于|为)"
)


# 甲区41微克/立方米(并列第1)、乙区…: a member's rank in brackets after its value
RANK_REMARK_RE = re.compile(r"\s*[(（]\s*(?:并列)?第\s*\d{1,3}\s*(?:位|名)?\s*[)）]")


def place_of_a_listed_value(
    s: Sentence, m: Mention, subject: str, code: str, unit_base: str | None, drafts: list[Indicator]
) -> tuple[str, str] | None:
    """全省…PM2.5月均浓度值为27微克/立方米，兰州36微克/立方米，嘉峪关27微克/立方米: a value named
    only by its place, after a figure of the same unit in the sentence (else in the sentence
    before), is that figure's indicator for the place. Returns (code, place)."""
    place = _PLACE_VERB_RE.sub("", _LIST_LEAD_RE.sub("", subject.strip(" ，,、")))  # 鹤壁为28天
    if code not in GENERIC_BY_KIND.values() or not place or not place_lists.is_place(place):
        return None
    if not _PLACE_NAME_RE.fullmatch(place) or _NOT_A_PLACE_RE.search(place):
        return None  # 优占40.1%: a day category's share, not a place's value
    clause = s.clause_of(m.start)
    item_start = max([clause.start, *(d.end for d in drafts if clause.start <= d.end <= m.start)])
    item_start = remark.end() if (remark := RANK_REMARK_RE.match(s.text, item_start, m.start)) else item_start
    before = _PLACE_VERB_RE.sub("", _LIST_LEAD_RE.sub("", s.text[item_start : m.start].strip(" ，,、")))
    after = RANK_REMARK_RE.sub("", s.text[m.end : clause.end].split("、", 1)[0], count=1)
    if before != place or after.strip(" ，,、。；;"):
        return None  # the item is the place and its value, nothing else (not 达成1276笔交易)
    lead = next(
        (d for d in reversed(drafts) if d.unit_base == unit_base and d.code not in GENERIC_BY_KIND.values()),
        None,
    )
    if lead is not None and lead.value is not None:
        return lead.code, place
    kind = UNITS[m.unit].kind
    # …PM2.5月均浓度由低到高顺序，依次是承德16微克/立方米、…: the sentence names it; else the one before
    named = match_code(s.text[s.full.start : item_start], kind) or s.topic.code(kind)
    return (named, place) if named is not None else None


def bracketed_place(
    s: Sentence, m: Mention, code: str, unit_base: str | None, drafts: list[Indicator]
) -> tuple[str, str] | None:
    """…比例在51.2%(甲州)至96.8%(乙山)之间: a value with its place in brackets right after it is
    that place's; an end with no name of its own takes the other end's indicator."""
    found = _BRACKETED_PLACE_RE.match(s.text, m.end)
    if found is None or _NOT_A_BRACKETED_PLACE_RE.search(found.group("place")):
        return None  # 30微克/立方米(同比下降): a remark, not a place
    if code in GENERIC_BY_KIND.values():
        lead = next((d for d in reversed(drafts) if d.unit_base == unit_base), None)
        if lead is None or lead.code in GENERIC_BY_KIND.values():
            return None
        code = lead.code
    return code, found.group("place")


# 最低的前3个城市为：甲市（22微克/立方米）、乙市（23微克/立方米）: each value in brackets after its place;
# 最高的三个城市依次是甲市（98.1%）: the first place right after 是 / 为
_PLACE_THEN_BRACKET_RE = re.compile(
    r"(?:^|(?<=[：:、，,；;。\n和及与是为]))\s*(?:其中)?\s*(?P<place>[\u4e00-\u9fff]{1,6}?(?:市|县|区|州|盟|旗)|[\u4e00-\u9fff]{2,3})\s*[(（]\s*$"
)
_BRACKET_CLOSE_RE = re.compile(r"\s*[)）]")


def place_before_bracket(
    s: Sentence, m: Mention, code: str, drafts: list[Indicator]
) -> tuple[str, str] | None:
    """…浓度最低的前3个城市为：甲市（22微克/立方米）、乙市（23微克/立方米）: a value alone in brackets
    right after a place is that place's value of the indicator the sentence named before the list
    (or the heading's). Returns (code, place)."""
    if not _BRACKET_CLOSE_RE.match(s.text, m.end):
        return None
    found = _PLACE_THEN_BRACKET_RE.search(s.text, max(s.seg.start, m.start - 12), m.start)
    if found is None or not place_lists.is_place(found.group("place")):
        return None
    if _NOT_A_PLACE_RE.search(found.group("place")):
        return None
    if code not in GENERIC_BY_KIND.values():
        return code, found.group("place")  # …和癸市（3.20）: the place, not 和癸市
    kind = UNITS[m.unit].kind
    named = match_code(s.text[s.full.start : found.start()], kind) or s.topic.code(kind)
    return (named, found.group("place")) if named is not None else None


def share_of(s: Sentence, m: Mention, kind: str, stop: int, before: str) -> tuple[str, str, int] | None:
    """Subject, naming text and quote end of a share written before its subject (89.7%的监测断面
    水质达到或优于Ⅲ类标准), when the words before the figure name no indicator of its kind."""
    # 甲市以22微克/立方米的PM2.5平均浓度位列第一: a concentration written before its subject, after 以
    by_means = kind == "concentration" and s.text[max(m.start - 1, 0) : m.start] == "以"
    pattern = _SHARE_OF_RE if kind == "percent" else _MEANS_OF_RE
    lead = pattern.match(s.text, m.end) if kind == "percent" or by_means else None
    if lead is None or match_code(before, kind) is not None:
        return None
    subject, _ = subjects.subject_after(s.text, lead.end(), stop)
    rest = _OTHER_COUNT_RE.sub("", s.text[lead.end() : stop])
    if not subject or match_code(rest, kind) is None:
        return None  # 达到90%的水平 / 80%的年度目标: the share names nothing after it
    return subject, rest, stop
