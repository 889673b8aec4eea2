"""Where and when a quantity holds: the region and the year named before it in its sentence."""

from __future__ import annotations

import re

PROVINCES = [
    "北京市",
    "天津市",
    "上海市",
    "重庆市",
    "河北省",
    "山西省",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "海南省",
    "四川省",
    "贵州省",
    "云南省",
    "陕西省",
    "甘肃省",
    "青海省",
    "台湾省",
    "内蒙古自治区",
    "广西壮族自治区",
    "西藏自治区",
    "宁夏回族自治区",
    "新疆维吾尔自治区",
    "新疆生产建设兵团",
    "香港特别行政区",
    "澳门特别行政区",
]
# Prefecture-level cities whose name before 市 is longer than two characters.
_LONG_CITIES = [
    "景德镇",
    "张家口",
    "秦皇岛",
    "石家庄",
    "齐齐哈尔",
    "哈尔滨",
    "牡丹江",
    "佳木斯",
    "双鸭山",
    "七台河",
    "鄂尔多斯",
    "呼和浩特",
    "乌鲁木齐",
    "克拉玛依",
    "连云港",
    "马鞍山",
    "平顶山",
    "驻马店",
    "三门峡",
    "张家界",
    "防城港",
    "攀枝花",
    "六盘水",
    "日喀则",
    "嘉峪关",
    "石嘴山",
    "葫芦岛",
    "吐鲁番",
    "巴彦淖尔",
    "乌兰察布",
    "呼伦贝尔",
]
_NOT_CITY = set("城全各省地县本我该区级个等超都门集每辖以及")
# Cities whose two characters hold one of those (大城市, 直辖市 and 门市 are no cities; these are)
_CITIES_DESPITE = frozenset(
    {
        "晋城",
        "聊城",
        "盐城",
        "韩城",
        "邹城",
        "诸城",
        "宜城",
        "本溪",
        "个旧",
        "成都",
        "都匀",
        "厦门",
        "江门",
        "荆门",
        "天门",
        "海门",
        "集安",
    }
)
# The regions national reports name beside provinces and cities (京津冀及周边地区“2+26”城市).
_REGIONS = (
    "京津冀及周边地区",
    "京津冀",
    "长三角地区",
    "长三角",
    "珠三角地区",
    "珠三角",
    "汾渭平原",
    "成渝地区",
    "长江经济带",
    "黄河流域",
)
_REGION_RE = re.compile(
    "|".join([*_REGIONS, *PROVINCES, *(f"{c}市" for c in _LONG_CITIES)])
    + r"|全省|省内|全国|全市|(?P<city>[\u4e00-\u9fff]{2}市(?:区(?![域内县划]))?)"  # 甲市区: the city's urban districts
    # 淮河流域 / 松花江流域 / 太湖流域: a river's or lake's basin; 皖北地区 / 华南地区 / 东部地区: a part
    # of the country or province named by its quarter
    + r"|(?:长江|黄河|珠江|松花江|淮河|海河|辽河|太湖|巢湖|滇池|钱塘江|闽江|汉江|湘江|赣江|嘉陵江|西江|东江|北江)流域"
    + r"|(?:[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新华][东南西北中]{1,2}|[东西][南北]|[东南西北中]部)地区"
)
# 全国率先 / 全国第三 / 全国平均 name a comparison, not where the figure holds.
_NOT_A_PLACE_AFTER = (
    "率先",
    "首",
    "第",
    "前列",
    "领先",
    "平均",
    "排名",
    "范围",
    "同类",
    "生态环境系统",
    "保持",
    "处于",
    "位居",
    "名列",  # (在)全国保持较高水平 / 处于前列: a standing, not where it holds
)
_LEAD_TIME_RE = re.compile(
    r"\s*(?:(?:19|20)\d{2}\s*年(?:底|度|末)?|今年|去年|截至目前|目前|我们|其中)?"
    r"\s*(?:\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月份?|[一二三四]季度|上半年)?\s*[，,]?\s*"
)


# (含已于2019年1月并入的甲市，下同) / (不含2020年新设的乙区): an aside on what a figure covers; its
# year dates a change of the scope and its place is part of the scope, neither the figure's own
SCOPE_ASIDE_RE = re.compile(
    r"[(（]\s*(?:含|包括|包含|不含|不包括)[^()（）\n]{0,60}[)）]|[(（][^()（）\n]{0,60}下同\s*[)）]"
)


# 长三角地区平均为86.1%: the place's own average stated, not a comparison with it (高于全国平均)
_AVERAGE_STATED_RE = re.compile(r"平均(?:值)?(?:为|是|达到?)")


def _not_a_city(word: str) -> bool:
    """Whether two characters before 市 are words, not a city's name (全市 aside: 各城市, 地级市)."""
    return word[:2] not in _CITIES_DESPITE and any(ch in _NOT_CITY for ch in word[:2])


def find_region(text: str, start: int, pos: int, province: str | None) -> str | None:
    """The last place named in ``text[start:pos]``, outside a scope aside (含…); 全省 maps to
    ``province``; else ``province``."""
    found: str | None = None
    asides = (
        [m.span() for m in SCOPE_ASIDE_RE.finditer(text, start, pos)]
        if "下同" in text[start:pos] or "含" in text[start:pos]
        else []
    )
    for m in _REGION_RE.finditer(text, start, pos):
        word = m.group()
        if any(a <= m.start() < b for a, b in asides):
            continue
        if text.startswith(_NOT_A_PLACE_AFTER, m.end()) and not _AVERAGE_STATED_RE.match(text, m.end()):
            continue
        if m.group("city") and _not_a_city(word):
            continue
        found = word
    if found in ("全省", "省内"):
        return province or found
    return found if found is not None else province


def leading_region(text: str, start: int, end: int, province: str | None) -> str | None:
    """The place a clause opens with (2024年，全国…), 全省 mapped to ``province``; else None."""
    m = _LEAD_TIME_RE.match(text, start, end)
    pos = m.end() if m else start
    found = _REGION_RE.match(text, pos, end)
    if found is None or text.startswith(_NOT_A_PLACE_AFTER, found.end()):
        return None
    if found.group("city") and _not_a_city(found.group()):
        return None
    return province or found.group() if found.group() in ("全省", "省内") else found.group()
