"""Code corrections that need the words around a figure, not only the words naming it.

- 湖库 monitoring uses 点位 where rivers use 断面: a class I-III share or count of 点位 in a
  paragraph about lakes and reservoirs (（三）全区区考湖库点位…) is the lake-reservoir figure.
- 重度污染占0.1%，无严重污染 / 重度污染2天，占比0.5%。全年未出现严重污染: with no 严重污染 days, the
  重度污染 share is the share of heavy or worse pollution days.
- 重度污染5天，严重污染4天: each category's days when both are counted, not heavy-or-worse days;
  重度污染天数比例为3.9%，严重污染天数比例为1.2%: likewise each category's share.
- 新增优良天数87天 / 累计同比减少重污染天数19天: an increase or decrease of days is an absolute
  change, not a count of days.
"""

from __future__ import annotations

import re

_LAKE_WORDS = ("湖库", "湖泊", "水库", "湖(库)")
_TO_LAKE = {
    "surface_water_good_ratio": "lake_reservoir_good_ratio",
    "surface_water_good_count": "lake_reservoir_good_count",
}
# …，无严重污染 / …，没有出现严重污染 / …。全年未出现严重污染 / 严重污染0天
_NO_SEVERE_RE = re.compile(
    r"[^。；;\n]{0,6}?(?:无|未出现|没有出现|未发生|没有)严重\s*污染"
    r"|[^\n]{0,12}?[。；;][^。；;\n]{0,6}?(?:无|未出现|没有出现|未发生)严重\s*污染"
    r"|[^。；;\n]{0,12}?严重\s*污染(?:天数)?(?:为)?\s*0\s*天"
)
# 由多到少依次为: the order of a list, not a change
_ORDER_WORDS_RE = re.compile(r"[由从](?:多到少|少到多|高到低|低到高)")
# 新增优良天数102天 / 同比减少5天 is a change; 重污染天数减少至3天 says the level it reached.
# (损失了85个优良天 / 抢回151个优良天: good days lost to ozone or won back by a campaign, a change too)
_DAYS_CHANGE_RE = re.compile(
    r"(?:新增|净增|增加了?|减少了?|多了?|少了?|损失了?|抢回了?|挽回了?|夺回了?)(?!至|到)[^，,。；;]{0,10}$"
)


# 重度污染占0.2% / 重度污染0.2% / 重度污染比例为0.2%, then 无严重污染: the heavy-or-worse share.
_HEAVY_SHARE_RE = re.compile(
    r"(?<!及以上)重度\s*污染(?:天数)?(?:占|比例为|比例|为)?$"
    r"|(?<!及以上)(?<!重)重度\s*污染(?:天数|数)?\s*(?:为|有)?\s*\d+\s*天\s*[，,]\s*占(?:比)?(?:为)?\s*$"  # 重度污染2天，占比
)


# 重度污染5天，严重污染4天: with both categories counted, each is one category's days.
# 重度污染的天数有9天，…；严重污染的天数有2天: the same, the categories a semicolon apart.
_SEVERE_COUNT_RE = re.compile(r"严重污染(?:的)?(?:天数)?(?:为|有|达)?\s*\d|\d+\s*天\s*(?:的)?严重污染")
_HEAVY_ONLY_COUNT_RE = re.compile(
    r"(?<!及以上)(?<!重)重度污染(?:的)?(?:天数)?(?:为|有|达)?\s*\d|\d+\s*天\s*(?:的)?重度污染(?!及以上)"
)
_ONE_CATEGORY_RE = re.compile(r"(?:重度|严重)污染")
_CLAUSE_STOP_RE = re.compile(r"[。！？\n]")


def _one_of_two_categories(text: str, end: int) -> bool:
    """Whether the count of days ending at ``end`` is 重度污染 or 严重污染 days in a sentence that
    counts both separately (not 重度及以上)."""
    stops = [m.end() for m in _CLAUSE_STOP_RE.finditer(text, max(end - 80, 0), end)]
    start = stops[-1] if stops else max(end - 80, 0)
    stop = _CLAUSE_STOP_RE.search(text, end)
    sentence = text[start : stop.start() if stop else min(len(text), end + 80)]
    near = text[max(start, end - 14) : end + 6]
    return (
        _SEVERE_COUNT_RE.search(sentence) is not None
        and _HEAVY_ONLY_COUNT_RE.search(sentence) is not None
        and _ONE_CATEGORY_RE.search(near) is not None
        and "及以上" not in near
    )


# 重度污染天数比例为3.9%，严重污染天数比例为1.2%: with the worst grade's share given apart, 重度's
# share is one grade's, not the heavy-or-worse share.
_SEVERE_SHARE_RE = re.compile(
    r"严重污染(?:的)?(?:天数)?(?:比例|比率|占比)(?:为|是)?\s*\d|严重污染(?:天数)?占\s*\d"
)
_HEAVY_ONLY_NAMING_RE = re.compile(
    r"(?<!及以上)(?<!重)重度\s*污染(?:的)?(?:天数)?(?:比例|比率|占比)?(?:为|是)?\s*$"
)


def _one_grade_share(naming: str, text: str, end: int) -> bool:
    stops = [m.end() for m in _CLAUSE_STOP_RE.finditer(text, max(end - 120, 0), end)]
    start = stops[-1] if stops else max(end - 120, 0)
    stop = _CLAUSE_STOP_RE.search(text, end)
    sentence = text[start : stop.start() if stop else min(len(text), end + 120)]
    return (
        _HEAVY_ONLY_NAMING_RE.search(naming.rstrip()) is not None
        and _SEVERE_SHARE_RE.search(sentence) is not None
    )


def corrected_code(code: str, naming: str, paragraph_before: str, text: str, end: int) -> str:
    """``code`` corrected by the figure's surroundings (see the module docstring)."""
    if code == "heavy_pollution_days_count" and _one_of_two_categories(text, end):
        return "days"
    if code == "heavy_pollution_days_ratio" and _one_grade_share(naming, text, end):
        return "share"
    in_lake_paragraph = any(word in paragraph_before for word in _LAKE_WORDS)
    if code in _TO_LAKE and "点位" in naming and "断面" not in naming and in_lake_paragraph:
        return _TO_LAKE[code]
    if code == "share" and _HEAVY_SHARE_RE.search(naming.rstrip()) and _NO_SEVERE_RE.match(text, end):
        return "heavy_pollution_days_ratio"
    return code


def is_days_change(naming: str) -> bool:
    """Whether a number of days is stated as a change (新增…102天), not as a level."""
    return _DAYS_CHANGE_RE.search(_ORDER_WORDS_RE.sub("", naming)) is not None
