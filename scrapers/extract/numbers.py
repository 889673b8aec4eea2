"""Numerals and units: parse 27 / 9.43 / 3,786 / 两 / 一百五十, and convert units to a base.

Chinese numerals are parsed only on spans the caller has already isolated (a numeral directly
followed by a unit); whole-sentence rewriting (cn2an ``transform``) turns 统一 into 统1 and
两三个 into 23个, so we never do it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

UnitKind = Literal[
    "money",
    "percent",
    "concentration",
    "days",
    "area",
    "mass",
    "volume",
    "length",
    "energy",
    "power",
    "sound",
    "count",
    "index",
]
CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿"
# 廿二 = 22, 卅 = 30: the old single characters for twenty and thirty (Taiwan's press keeps them)
_TENS = {"廿": "二十", "卅": "三十"}
_TENS_RE = re.compile("[廿卅]")
_CN_POINT_RE = re.compile("[.．]")
# digits written one by one: three or more, or two with a zero (二〇, not 二三 = "two or three")
_DIGIT_BY_DIGIT_RE = re.compile(
    "[零〇一二三四五六七八九]{3,}|[零〇一二三四五六七八九]*[零〇][零〇一二三四五六七八九]*"
)


def parse_cn_int(text: str) -> int | None:
    """一百五十 -> 150, 十二 -> 12, 两 -> 2, 三千五百万 -> 35000000; None if not a numeral."""
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # 二三: a run of digits is not a numeral
            digit = CN_DIGITS[ch]
        elif ch in _SMALL:
            section += (1 if digit is None else digit) * _SMALL[ch]
            digit = None
        else:
            section += digit or 0
            total = (total + section) * _BIG[ch] if ch == "亿" else total + section * _BIG[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(text: str) -> Decimal | None:
    """Arabic (with thousands commas) or Chinese numeral -> Decimal; None when unparsable."""
    cleaned = re.sub(r"[,，\s\u2009\u202f\u00a0]", "", text)  # 1,234 / 1 350: grouped thousands
    if not cleaned:
        return None
    if cleaned[0].isdigit():
        try:
            return Decimal(cleaned)
        except InvalidOperation:
            return None
    # 十六．九 / 九十九点五一: a Chinese numeral, then its decimal digits one by one
    whole, _, decimals = _CN_POINT_RE.sub("点", cleaned).partition("点")
    whole = _TENS_RE.sub(lambda m: _TENS[m.group()], whole)
    if _DIGIT_BY_DIGIT_RE.fullmatch(whole):  # 三〇八八 / 二一九二: one numeral a digit
        whole = "".join(str(CN_DIGITS[ch]) for ch in whole)
        return Decimal(f"{whole}.{''.join(str(CN_DIGITS[ch]) for ch in decimals)}" if decimals else whole)
    value = parse_cn_int(whole)
    if value is None or any(ch not in CN_DIGITS for ch in decimals):
        return None
    digits = "".join(str(CN_DIGITS[ch]) for ch in decimals)
    return Decimal(value) + Decimal(f"0.{digits}") if digits else Decimal(value)


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A written unit (without its 万/亿 multiplier): its base unit, factor and generic kind."""

    base: str
    factor: Decimal
    kind: UnitKind


def _u(base: str, factor: str, kind: UnitKind) -> UnitInfo:
    return UnitInfo(base, Decimal(factor), kind)


# Longest spellings first: the scanner tries them in this order.
UNITS: dict[str, UnitInfo] = {
    "微克/立方米": _u("ug/m3", "1", "concentration"),
    "微克每立方米": _u("ug/m3", "1", "concentration"),
    "μg/m³": _u("ug/m3", "1", "concentration"),
    "μg/m3": _u("ug/m3", "1", "concentration"),
    "µg/m³": _u("ug/m3", "1", "concentration"),
    "µg/m3": _u("ug/m3", "1", "concentration"),
    "ug/m³": _u("ug/m3", "1", "concentration"),
    "ug/m3": _u("ug/m3", "1", "concentration"),
    # a page that lost the raised 3 (39 ug/m、71 ug/m): read only where no letter or digit follows
    **{f"{mu}g/m": _u("ug/m3", "1", "concentration") for mu in ("μ", "µ", "u")},
    # 49ug/●: a page whose m³ came out as a stray mark
    **{f"{mu}g/": _u("ug/m3", "1", "concentration") for mu in ("μ", "µ", "u")},
    # Taiwan writes 立方公尺 for 立方米 (微克/立方公尺); mirrors mix the symbol and the word
    # (25μg/立方米): the same unit, so the figure keeps its number.
    # papers write the unit with a raised minus (μg·m⁻³, μg·m-3)
    **{
        f"{mu}g{dot}m{minus}{three}": _u("ug/m3", "1", "concentration")
        for mu in ("μ", "µ", "u")
        for dot in ("·", "•", ".")
        for minus in ("⁻", "-", "^-")
        for three in ("3", "³")
    },
    "微克/立方公尺": _u("ug/m3", "1", "concentration"),
    "微克每立方公尺": _u("ug/m3", "1", "concentration"),
    "μg/立方公尺": _u("ug/m3", "1", "concentration"),
    "μg/立方米": _u("ug/m3", "1", "concentration"),
    "µg/立方米": _u("ug/m3", "1", "concentration"),
    "ug/立方米": _u("ug/m3", "1", "concentration"),
    "微克": _u("ug/m3", "1", "concentration"),  # PM2.5平均浓度为39微克 (the 每立方米 dropped)
    "毫克/立方公尺": _u("mg/m3", "1", "concentration"),
    "毫克/公升": _u("mg/L", "1", "concentration"),
    "毫克/立方米": _u("mg/m3", "1", "concentration"),
    "毫克每立方米": _u("mg/m3", "1", "concentration"),
    "mg/m3": _u("mg/m3", "1", "concentration"),
    "mg/m³": _u("mg/m3", "1", "concentration"),  # CO日均浓度…为1.0mg/m³
    "毫克/升": _u("mg/L", "1", "concentration"),
    "mg/L": _u("mg/L", "1", "concentration"),
    "平方公里": _u("km2", "1", "area"),
    "平方千米": _u("km2", "1", "area"),
    "km²": _u("km2", "1", "area"),
    "km2": _u("km2", "1", "area"),
    "平方米": _u("km2", "0.000001", "area"),
    "平方公尺": _u("km2", "0.000001", "area"),
    "公顷": _u("km2", "0.01", "area"),
    "亩": _u("km2", "0.000666666666666667", "area"),  # 1 亩 = 10000/15 m²
    "立方米": _u("m3", "1", "volume"),
    "立方公尺": _u("m3", "1", "volume"),
    "公里": _u("km", "1", "length"),
    "千米": _u("km", "1", "length"),
    "米": _u("km", "0.001", "length"),  # 整治岸线2.4万米 (平方米 and 立方米 are tried first)
    # electricity and capacity: 发电量3.4亿千瓦时, 装机容量120万千瓦 (千瓦时 is tried before 千瓦)
    "千瓦时": _u("kWh", "1", "energy"),
    "兆瓦时": _u("kWh", "1000", "energy"),
    "kWh": _u("kWh", "1", "energy"),
    "千瓦": _u("kW", "1", "power"),
    "兆瓦": _u("kW", "1000", "power"),
    "吉瓦": _u("kW", "1000000", "power"),
    "kW": _u("kW", "1", "power"),
    "MW": _u("kW", "1000", "power"),
    "GW": _u("kW", "1000000", "power"),
    # a sound level (昼间区域声环境平均等效声级为54.3分贝)
    "分贝": _u("dB(A)", "1", "sound"),
    "dB(A)": _u("dB(A)", "1", "sound"),
    "dB": _u("dB(A)", "1", "sound"),
    "吨": _u("t", "1", "mass"),
    "公吨": _u("t", "1", "mass"),  # Taiwan's 公噸
    "公斤": _u("t", "0.001", "mass"),
    "千克": _u("t", "0.001", "mass"),
    "元": _u("yuan", "1", "money"),
    "%": _u("%", "1", "percent"),
    "‰": _u("‰", "1", "percent"),  # kept as written (6‰ stays 6, base ‰), as analysts read it
    "天": _u("days", "1", "days"),
    "人次": _u("person-times", "1", "count"),
    "人": _u("persons", "1", "count"),
    "名": _u("persons", "1", "count"),
    "位": _u("persons", "1", "count"),
}
LOST_CUBE_UNITS = frozenset({"μg/m", "µg/m", "ug/m", "μg/", "µg/", "ug/"})  # not the start of ug/mL, ug/L
INDEX_UNIT = "指数"  # the written unit of a unitless index (综合指数为4.39); never matched after a number
UNITS[INDEX_UNIT] = _u("index", "1", "index")
COUNT_WORDS = "个项家座条次件处套台辆支所艘宗起场份轮笔市席"  # 1498笔交易; 其余19市; 前20位中占5席
# Measure words that also start common words (一段时间, 一种, 一张蓝图, 一口气): they count only
# after Arabic digits (20段河流, 320种, 1500万株, 1200万尾鱼苗, 3000户). 批 and 期 are left out:
# 分3批 / 分2期建设 say how a thing was done, and 第3批 is an ordinal.
# Places counted without a measure word (全县11乡镇, 5区3县, 120村, 在12省份试点, 3省(区、市), 甲、乙4城市,
# 全省10地进入) are
# counted the same way (not 省级 or 省委: quantities.py stops 省 before them).
ARABIC_COUNT_WORDS = frozenset(
    [*"段站户例株棵只头尾种口块张部架篇眼栋枚县区镇村省地", "乡镇", "省份", "城市", "地市"]
)
for _word in [*COUNT_WORDS, *ARABIC_COUNT_WORDS]:
    UNITS[_word] = _u("count", "1", "count")

MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
}
# Units that take a 万/亿 multiplier in running text (万元, 亿立方米, 万亩); counts rarely do.
MULTIPLIABLE = {
    "元",
    "人",
    "名",  # 3.5万名护林员: people counted with 名 take 万 as 人 does
    "人次",
    "亩",
    "吨",
    "公顷",
    "平方公里",
    "平方千米",
    "立方米",
    "立方公尺",
    "公吨",
    "千米",
    "公里",
    "米",
    "千瓦时",
    "千瓦",
}


def split_multiplier(unit: str) -> tuple[str, str]:
    """万元 -> ('万', '元'); a unit written with its 万/亿 (a table header's) as multiplier and unit."""
    for mult in sorted(MULTIPLIERS, key=len, reverse=True):
        if unit.startswith(mult) and unit[len(mult) :] in UNITS:
            return mult, unit[len(mult) :]
    return "", unit


def to_base(value: Decimal, multiplier: str, unit: str) -> tuple[float | None, str | None]:
    """3786, 万, 元 -> (37860000.0, 'yuan'); unknown unit -> (None, None)."""
    info = UNITS.get(unit)
    if info is None:
        return None, None
    scaled = value * MULTIPLIERS.get(multiplier, Decimal(1)) * info.factor
    return float(round(scaled, 6)), info.base
