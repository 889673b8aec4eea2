"""Which catalog indicators a change with no level is about, from its subject words.

PM2.5及PM10均下降18.2% is about both; 重度及以上 and 京津冀及周边 are one member, not two; an
emission or trading change names no level indicator.
"""

from __future__ import annotations

import re

from scrapers.extract.coding import is_bare
from scrapers.extract.naming import match_code

_MEMBER_SPLIT_RE = re.compile(r"以及|及(?!以上|周边)|和|与|、")
_RATIO_WORD_RE = re.compile(r"比例|比率|率|占比")
# …超标率下降4.0个百分点 / 超标天数: how often a pollutant exceeded, not its concentration
NOT_A_LEVEL_CHANGE = ("成交", "交易", "排放", "削减", "减排", "总量", "超标率", "超标天数", "超标倍数")


def codes_of_changed_subject(subject: str, points: bool = False) -> list[str]:
    """Catalog codes a level-less change is about (PM2.5及PM10均下降18.2% -> pm25, pm10):
    each listed member names at most one code; emission and trading changes name none. A change
    in percentage points (``points``) is a change of a percentage: 优良天数同比提高6.1个百分点 is
    about the good-days ratio, not the count of days."""
    if any(word in subject for word in NOT_A_LEVEL_CHANGE):
        return []
    codes: list[str] = []
    for member in _MEMBER_SPLIT_RE.split(subject):
        if _FLAT_MEMBER_RE.search(member):
            continue  # 细颗粒物同比持平、臭氧上升2%: the flat member has its own (no) change
        if _WATER_PARAMETER_RE.search(member):
            continue  # 入海断面总氮平均浓度同比下降: one water parameter's level, no catalog code
        # 重污染天数同比下降39%: days unless the member says it is a ratio
        kinds: tuple[str, ...] = (
            ("concentration", "percent", "days")
            if _RATIO_WORD_RE.search(member) or points
            else ("concentration", "days", "percent")
        )
        if points:
            kinds = ("percent", *kinds[:1])
        kinds = (*kinds, "index")  # 空气质量综合指数同比下降17.1%
        code = next((c for c in (match_code(member, k) for k in kinds) if c is not None), None)
        if code is not None and code not in codes:
            codes.append(code)
    return codes


_FLAT_MEMBER_RE = re.compile(r"持平|不变|无变化")
_WATER_PARAMETER_RE = re.compile(
    r"(?:总氮|总磷|氨氮|化学需氧量|高锰酸盐指数|溶解氧|COD)(?:年)?(?:平均)?(?:浓度|含量)"
)


def names_a_water_parameter(words: str) -> bool:
    """Whether ``words`` name one water parameter's level (洞庭湖总磷浓度方面), no catalog figure."""
    return _WATER_PARAMETER_RE.search(words) is not None


# What a change's own words may hold and still name nothing: what it is compared with
# (同比, 环比, 较疫情前的2019年同期, 与上年相比), over what period (“十三五”以来累计), its verb and
# the words for its size (降幅为, 改善幅度), and adverbs (再次, 进一步, 分别, 均).
_COMPARISON_RE = re.compile(
    r"同比|环比|(?:相)?(?:较|比|与|和)[^，,。；;]{0,12}?(?:(?:19|20)?\d{2,3}\s*年|上年|去年|前一年|上一年|上月|上季度|\d{1,2}\s*月|“?十[一二三四五]五”?)"
    r"(?:同期|底|末|初)?(?:相比|比较)?|(?:与|和)(?:上年|去年)(?:同期)?相比"
    r"|(?:“[^”]{1,12}”)?(?:以来|期间|时期)|累计|至今"
    r"|不降反升|上升|下降|提高|降低|增长|减少|增加|改善|好转|变好|恶化|变差|提升|下滑|回落|上涨|降幅|升幅|增幅|跌幅|减幅|涨幅"
    r"|变化率|变幅|幅度|再次|继续|持续|进一步|分别|仍|均|都|也"
    r"|(?<=同比|环比)[\u4e00-\u9fff]{2}$"  # a verb no list names (同比降落): the change's own verb
)


def names_own_subject(subject: str) -> bool:
    """Whether the words before a change name what changed (二氧化硫下降21.3%, 全省空气质量综合
    指数同比下降17.1%), rather than only what it is compared with or where (2月环比再次下降25%,
    较2019年同期改善16.7%, 全省同比上升1.5个百分点)."""
    words = _ABSOLUTE_FIRST_RE.sub("", re.sub(r"[ \t]", "", subject))  # 同 比: a PDF break
    return not is_bare(_COMPARISON_RE.sub("", words))


# 同比下降1.3毫克、降幅43.3%: the same change in the figure's unit, said first, names nothing.
_ABSOLUTE_FIRST_RE = re.compile(
    r"^(?:同比|环比)?(?:下降|上升|减少|增加|降低|升高|提高)了?\d+(?:\.\d+)?"
    r"(?:微克|毫克|μg|µg|ug|mg)(?:/(?:立方米|m3|m³))?[、，,]"
)
