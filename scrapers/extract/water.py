"""Water-quality figures: the same words (优良比例, Ⅰ~Ⅲ类水质比例, 水质达标率) measure a different
indicator for each water body, so the body decides the code.

The body is the one the figure's own words name (``topic.water_body``), else the one in view
(an earlier clause: 18个重点湖库中，…; the paragraph; the heading: 近岸海域). For coastal water
the good classes are 一类 and 二类, so "better than class Ⅱ" is its good share.
"""

from __future__ import annotations

import re

from scrapers.extract.naming import canonical
from scrapers.extract.topic import network_only, water_bodies, without_titles

# The good share (优良, Ⅰ~Ⅲ类 …) of each body.
_GOOD = {
    "surface": "surface_water_good_ratio",
    "lake": "lake_reservoir_good_ratio",
    "coastal": "coastal_water_good_ratio",
    "drinking": "drinking_water_source_compliance_ratio",
    "groundwater": "share",
    "beach": "share",
}
# The compliance rate (水质达标率) of each body that has one.
_COMPLIANT = {"drinking": "drinking_water_source_compliance_ratio", "surface": "section_compliance_ratio"}
_GOOD_CODES = frozenset(_GOOD.values()) - {"share"}
# Noise and soil have compliance rates too (声环境功能区达标率, 功能区昼间达标率, 土壤监测点位达标率): not water.
# (黑臭水体: a body cleaned up in towns, whose compliance is no source's or section's)
_NOT_WATER_RE = re.compile(
    r"声环境|噪声|噪音|声功能|昼间|夜间|土壤|农用地|建设用地|黑臭水体|污水|排放|出厂水|末梢水"
)
# A single water parameter judged against the classes: its share of sites is not the good share.
_ONE_PARAMETER_RE = re.compile(
    r"(?:高锰酸盐指数|氨氮|总磷|总氮|化学需氧量|溶解氧|生化需氧量|石油类)(?:浓度)?(?:均|全部)?(?:符合|达到|满足|优于|好于)"
)
_COMPLIANCE_RE = re.compile(r"达标")
TROPHIC_RE = re.compile(r"[富中贫]营养|营养状态")  # a trophic state: lakes and sections by nutrient level
# 达标河段(符合Ⅲ类标准) / Ⅲ类以上的达标河段比例: 达标 defined as class Ⅲ is the good share.
_CLASS_III_MET_RE = re.compile(r"(?:III|三)类(?:水质)?(?:标准|以上|及以上)")
_ASIDE_RE = re.compile(r"[(（][^()（）]{0,40}[)）]")
# Words that say a share is of good water when no catalog keyword names it (coastal classes).
_GOOD_WORDS_RE = re.compile(
    r"优良|优于二类|好于二类|一、二类|第?一类[和及与]第?二类|一二类|二类及以上"
    r"|一类、二类(?![^，,。；;]*?分别)"  # not 一类、二类海水面积比例分别为…: one class each
    # 达到或优于Ⅲ类 / Ⅰ～Ⅲ类: meeting class Ⅲ is the good share of fresh water (not when it opens
    # a list of classes, Ⅰ~Ⅲ类、Ⅳ~Ⅴ类…分别占, whose other members are other shares)
    r"|(?:(?:(?:达到|符合|满足)[和或及](?:优于|好于)|优于|好于)(?:Ⅲ|III|三)类|(?:Ⅲ|III|三)类及以上"
    # 达到Ⅲ类标准的比重 / 符合国家地表水Ⅲ类水质标准: meeting class Ⅲ's standard
    r"|(?:达到|符合|满足)(?:国家)?(?:地表水)?(?:Ⅲ|III|三)类(?:水质)?标准"
    r"|(?:Ⅰ|I|一)类?\s*[~～—\-至到]\s*(?:Ⅲ|III|三)类)(?![^，,。；;]*?、)"
)


_CITIES_SHARE_RE = re.compile(r"(?:城市|地市|市州|县区|区县)(?:数量|个数)?(?:的)?(?:占比|比例|比重)")


def water_code(code: str | None, naming: str, in_view: list[str]) -> str | None:
    """``code`` of a percentage named by ``naming``, moved to the water body the figure is about;
    ``in_view`` lists the bodies around it, nearest first. Other codes are returned unchanged."""
    if _NOT_WATER_RE.search(naming) and (
        code is None or code in _GOOD_CODES or code in _COMPLIANT.values()
    ):  # 城市声环境功能区夜间达标率 / 土壤国控监测点位总体达标率 after a paragraph on water
        return "share"
    if (code in _GOOD_CODES or code is None) and _ONE_PARAMETER_RE.search(without_titles(naming)):
        return "share"  # 高锰酸盐指数符合Ⅰ~Ⅲ类要求的断面占58.4%: one parameter's share, not the water's
    if (code in _GOOD_CODES or code is None) and TROPHIC_RE.search(naming):
        return "share"  # 处于富营养状态的断面比例为28.0%: a trophic state's share, not the good classes'
    own = water_bodies(naming)
    if {"lake", "surface"} <= set(own) and "分别" not in naming:
        own = [
            "surface"
        ]  # 主要河流、重要湖库考核断面优良断面比例: rivers and lakes together, all surface water
    # 近岸海域235个国控省控点位一、二类水质比例: the count cut the name short of its body
    bodies = in_view[:1] if not own or (network_only(naming) and in_view) else own
    if not bodies:
        return code
    # Ⅰ~Ⅲ类水质达标率 is the good share (``canonical`` reads it so), not a compliance rate
    words = canonical(naming)
    says_compliance = _COMPLIANCE_RE.search(words) is not None
    met_class_iii = says_compliance and _CLASS_III_MET_RE.search(words) is not None
    compliance = says_compliance and not met_class_iii
    if code in _GOOD_CODES or code is None or code == "share":
        # 好于《海水水质标准》(GB3097—1997)二类标准: the standard's name between the words
        plain = _ASIDE_RE.sub("", without_titles(naming))
        if code not in _GOOD_CODES and not (compliance or met_class_iii or _GOOD_WORDS_RE.search(plain)):
            return code
        if code in (None, "share") and _CITIES_SHARE_RE.search(plain):
            return code  # 水质指数达到优良等级的城市比例: a share of cities, not of the water
        found = _for_bodies(bodies, compliance)
        if found is None and compliance and code in _GOOD_CODES:
            return "share"  # 大中型水库水质达标率: a lake's compliance rate, not its good (Ⅰ~Ⅲ) share
        return found or code
    if code == "better_than_class_ii_ratio" and bodies[0] == "coastal":
        return _GOOD["coastal"]
    return code


def _for_bodies(bodies: list[str], compliance: bool) -> str | None:
    """The first body's code for this kind of share (a compliance rate of a reservoir that is a
    drinking source, 水源地甲湾水库水质达标率, is the source's)."""
    table = _COMPLIANT if compliance else _GOOD
    return next((table[b] for b in bodies if b in table), None)
