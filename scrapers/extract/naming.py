"""Which catalog code words name: keywords matched on a canonical form of the text.

Roman numerals become ASCII (Ⅲ -> III), range dashes "-", spaces and book titles go; an entry's
``exclude`` words veto it, and so does one water class named alone for the class-range codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from scrapers.extract.catalog import CatalogEntry, load_catalog

_ROMAN = {"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI"}
_ROMAN.update({small: _ROMAN[capital] for small, capital in zip("ⅰⅱⅲⅳⅴⅵ", "ⅠⅡⅢⅣⅤⅥ", strict=True)})
# Range dashes, and 至 / 到 between two classes or numbers (Ⅰ类至Ⅲ类, 1到3), never inside a verb (达到Ⅱ类)
_DASH_RE = re.compile(r"[～~—–\-－]|(?<=[IV类\d一二三四五])(?:至|到)(?=[IV\d一二三四五])")
_SPACE_RE = re.compile(r"[\s_]+")
_ASIDE_RE = re.compile(r"[(（][^()（）]{0,12}[)）]")
_TITLE_RE = re.compile(r"《[^《》]{0,40}》")
# One water class on its own (Ⅱ类水质断面, 符合Ⅲ类), not a range (Ⅰ~Ⅲ类), a list (Ⅰ、Ⅱ类) or a
# bound (Ⅱ类及以上, 优于Ⅲ类, 劣Ⅴ类): its share is no range's share (matched on canonical text).
_LONE_CLASS_RE = re.compile(
    r"(?<![-、和至IV一二三四五优])(?<!优于|好于|劣于)(?<!劣)(?:I{1,3}|IV|V|[一二三四五])类(?![-、和至]|(?:水质?)?(?:及以上|以上|及以下))"  # Ⅲ类水及以上: a bound
)
# (优Ⅲ类 / 优三类: 优于 cut short, a bound like 优于Ⅲ类)
# Classes Ⅳ and Ⅴ alone, listed or as a range (Ⅳ、Ⅴ类, Ⅳ~Ⅴ类, 达到或优于五类标准), not within
# a range from Ⅰ (Ⅰ~Ⅴ类) or below 劣: sections in them are not the good share of any body.
_WORSE_CLASSES_RE = re.compile(r"(?<![I\-劣])(?:IV|V|四|五)(?:[-、和及与]劣?(?:IV|V|四|五))*类")
# 优于国家地表水Ⅲ类标准: the bound's words may stand a few characters before its class.
_BOUND_BEFORE_RE = re.compile(r"(?:优于|好于)[^，,。；;]{0,10}$")


def _lone_class(text: str) -> re.Match[str] | None:
    """The first water class ``text`` names alone (not a range or a bound: Ⅲ类, not Ⅰ~Ⅲ类)."""
    for m in _LONE_CLASS_RE.finditer(text):
        if not _BOUND_BEFORE_RE.search(text, max(m.start() - 12, 0), m.start()):
            return m
    return None


_CLASS_RANGE_CODES = frozenset(
    {
        "surface_water_good_ratio",
        "lake_reservoir_good_ratio",
        "better_than_class_ii_ratio",
        "coastal_water_good_ratio",
        "surface_water_good_count",
    }
)


# A drinking source complies when it meets class Ⅲ: 达到Ⅲ类 is its compliance, another class
# named alone (达到Ⅱ类标准的比例) is not.
_MEETS_CLASS_III_CODES = frozenset(
    {"drinking_water_source_compliance_ratio", "drinking_water_source_compliance_count"}
)


# Taiwan, Hong Kong and Macau grade the air index 良好 (0-50) and 普通 (51-100), the mainland's
# 优 and 良: the two grades together (空气质量属“良好”和“普通”天数, 良好至普通等级之日数) are 优良.
_GOOD_GRADES_RE = re.compile(
    r"[“「『‘\"]?良好[”」』’\"]?(?:和|及|与|或|至|到|、|以及)[“「『‘\"]?普通[”」』’\"]?(?:等级)?(?:之|的)?"
)


# AQI ≤ 100 is the 优良 grades by definition (空气品质指标(AQI)≦100之日数比例, AQI<=100的天数).
_AQI_GOOD_RE = re.compile(
    r"(?:(?:空气品质指标|空气质量指数|空气污染指数)[(（]?(?:AQI|API)?[)）]?|[(（]?(?:AQI|API)[)）]?)"
    # Taiwan counts 空气品质指标小于100的日数 (AQI < 100) as its good days
    # (空气品质指标(AQI≦100)比率: the bracket opened before AQI closes after the bound)
    r"(?:(?:≦|≤|<=|＜=|不大于|小于等于)100|(?:<|＜|〈|小于)10[01])[)）]?(?:之|的)?"
)


# 健康户外活动日数(AQI≤100)比率: days named by what they allow, the bracket saying they are the
# good ones (the bracket after the days, not before them).
_DAYS_AQI_GOOD_RE = re.compile(
    r"(?P<days>日数|天数)\s*[(（]\s*AQI\s*(?:≦|≤|<=|＜=|不大于|小于等于)\s*100\s*[)）]"
)


_LOWER_RE = re.compile(r"[a-z]")
_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def canonical(text: str) -> str:
    """The form keywords are matched on: ASCII Roman numerals, range dashes as '-', no spaces
    or underscores (PM 2.5, PM_2.5, 平均浓 度 and PDF line breaks name the same thing), no book
    titles (《地表水环境质量标准》 names a standard, not what is measured), the air grades
    良好 and 普通 together and 优、良 as 优良, AQI ≤ 100 as 空气优良 (``_GOOD_GRADES_RE``, ``_AQI_GOOD_RE``)."""
    if "《" in text:
        text = _TITLE_RE.sub("", text)
    if _LOWER_RE.search(text):
        text = text.translate(_UPPER)  # aqi / pm2.5 / no2: a page that lowercased the names
    if "普通" in text:
        text = _GOOD_GRADES_RE.sub("优良", text)
    if "AQI" in text or "API" in text or "指标" in text or "指数" in text:
        text = _AQI_GOOD_RE.sub("空气优良", _DAYS_AQI_GOOD_RE.sub(r"优良\g<days>", text))
    if "天次" in text:
        text = text.replace("天次", "天数")  # 重度污染以上天次占…: city-days are days counted
    if "优、良" in text:
        text = text.replace("优、良", "优良")  # 优、良率 / 优、良天数: the two grades together
    if "良" in text and "以上" in text:
        text = _GOOD_OR_BETTER_RE.sub("优良", text)
    if "级" in text:
        text = _GRADES_I_AND_II_RE.sub("优良", text)
    if "严重" in text:
        text = _HEAVY_AND_SEVERE_RE.sub("重度及以上污染", text)
    if "第" in text:
        text = _ORDINAL_CLASSES_RE.sub(r"\g<a>、\g<b>类", text)  # 第一、第二类海水: classes one and two
    for roman, ascii_ in _ROMAN.items():
        text = text.replace(roman, ascii_)
    text = _DASH_RE.sub("-", _SPACE_RE.sub("", text))
    if "劣" in text:
        text = _WORSE_THAN_V_RE.sub("劣V类", text)  # 劣v类 (a lowercased mirror), 劣5类
    if "类" in text:
        text = _GOOD_CLASS_LIST_RE.sub(_good_range, _CLASS_RANGE_RE.sub(_roman_range, text))
        text = _MET_OR_BETTER_RE.sub("III类及以上", text)  # 达到或优于Ⅲ类: the good classes
    return _GOOD_RANGE_RATE_RE.sub(r"\g<range>比例", text) if "达标率" in text else text


_WORSE_THAN_V_RE = re.compile(r"劣[v5５]类")
_ORDINAL_CLASSES_RE = re.compile(r"第(?P<a>[一二三四])类?\s*(?:、|和|及|与)\s*第(?P<b>[一二三四])类")
_MET_OR_BETTER_RE = re.compile(r"达到或(?:优于|好于)(?:III|三)类")
_QUOTE = "[“”\"'‘’「」]?"
# 达“良”及以上天数 / 良好以上天数: days at 良 or better are the good (优良) days.
# 为一级(优)和二级(良)的天数: the two grades, each with its name, are the good days
_GRADES_I_AND_II_RE = re.compile(
    r"(?:一|I|Ⅰ)级\s*(?:[(（]\s*优\s*[)）])?\s*(?:和|及|与|、)\s*(?:二|II|Ⅱ)级\s*(?:[(（]\s*良\s*[)）])?(?:的)?(?=天|日)"
)
_GOOD_OR_BETTER_RE = re.compile(
    rf"(?<!优){_QUOTE}良(?:好)?{_QUOTE}(?:及|或)?以上(?:的)?(?=天|日)"
    r"|(?:二|II|Ⅱ)级\s*[(（]\s*良\s*[)）]\s*(?:及|或)?以上(?:的)?(?=天|日)"  # 达到II级(良)以上天数: the grade and its name
)
# “重度污染”和“严重污染”天数占比: the two worst grades together are the heavy-or-worse days (not
# when a 分别 hands each its own value).
_HEAVY_AND_SEVERE_RE = re.compile(
    rf"{_QUOTE}重度(?:污染)?{_QUOTE}(?:和|及|与|、|或){_QUOTE}严重(?:污染)?{_QUOTE}(?![^，,。；;]{{0,12}}分别)"
)
# Ⅰ~Ⅲ类水质达标率 / Ⅰ-Ⅲ水质达标率: the share of sites reaching the good range is the good share,
# not the rate of sites meeting their own targets.
_GOOD_RANGE_RATE_RE = re.compile(r"(?P<range>I(?:类)?-III(?:类)?[^，,。；;达]{0,8}?)达标率")


# The good classes listed one by one (Ⅰ、Ⅱ、Ⅲ类 / Ⅰ类、Ⅱ类和Ⅲ类) are the range Ⅰ-Ⅲ; so is
# Ⅱ、Ⅲ类 when the words just before call it good water (水质良好符合Ⅱ、Ⅲ类标准: no class Ⅰ site).
_GOOD_CLASS_LIST_RE = re.compile(
    r"(?<![IV])I类?[、和及]II类?[、和及]III类"
    r"|(?P<good>(?:良好|优良)[^，,。；;]{0,6}?)(?<![IV])II类?[、和及]III类"
)


def _good_range(m: re.Match[str]) -> str:
    return (m.group("good") or "") + "I-III类"


# A range of water classes in Chinese numerals (一至三类, 四类-五类) is the Roman range
# (I-III类); one class (二类, 劣四类: the sea's classes) stays as written.
_CLASS_RANGE_RE = re.compile(r"([一二三四五])(类?)-([一二三四五])类")
_CHINESE_CLASS = {"一": "I", "二": "II", "三": "III", "四": "IV", "五": "V"}


def _roman_range(m: re.Match[str]) -> str:
    return f"{_CHINESE_CLASS[m.group(1)]}{m.group(2)}-{_CHINESE_CLASS[m.group(3)]}类"


@dataclass(frozen=True, slots=True)
class _Keyed:
    """A catalog entry with its keywords split into their '+'-joined parts once."""

    entry: CatalogEntry
    keywords: tuple[tuple[str, ...], ...]


def _keyed(entry: CatalogEntry) -> _Keyed:
    return _Keyed(entry, tuple(tuple(keyword.split("+")) for keyword in entry.keywords))


@cache
def _entries_of(unit_kind: str) -> tuple[_Keyed, ...]:
    """The non-generic entries of one unit kind, in catalog order."""
    return tuple(_keyed(e) for e in load_catalog() if not e.generic and e.unit_kind == unit_kind)


class _Naming:
    """Canonical naming words, with their aside-free form computed at most once.

    ``position`` is where the first of an entry's keywords occurs, or None; a bracketed aside
    between words (优良(一、二类)水质, 水质优良(I-III类)断面) is skipped when the keyword does not
    match with it in place; ``matches`` only says whether there is one (what ``match_code`` asks).
    """

    __slots__ = ("_bare", "text")

    def __init__(self, text: str):
        self.text = text
        self._bare: str | None = None

    def position(self, keyed: _Keyed) -> int | None:
        found = _first_position(keyed.keywords, self.text)
        if found is None and self.bare != self.text:
            found = _first_position(keyed.keywords, self.bare)
        return None if found is None or self.excluded(keyed) else found

    def matches(self, keyed: _Keyed) -> bool:
        """``position(keyed) is not None``, without finding where: stops at the first keyword
        present, and looks for exclude words only then (most entries name none of the words)."""
        named = _has_keyword(keyed.keywords, self.text) or (
            self.bare != self.text and _has_keyword(keyed.keywords, self.bare)
        )
        return named and not self.excluded(keyed)

    def excluded(self, keyed: _Keyed) -> bool:
        """Whether one of the entry's exclude words is in the text as written (and none of its
        ``exclude_unless`` words), or the text names one water class alone for an entry about a
        range of classes."""
        if keyed.entry.code in _CLASS_RANGE_CODES and (
            _lone_class(self.bare) or _WORSE_CLASSES_RE.search(self.bare)
        ):
            return True
        if keyed.entry.code in _MEETS_CLASS_III_CODES:
            lone = _lone_class(self.bare)
            if lone is not None and lone.group().rstrip("类") not in ("III", "三"):
                return True  # 水源地水质达到Ⅱ类标准比例: sources at class Ⅱ, not the compliance rate
        entry = keyed.entry
        if entry.domain == "air" and any(word in self.text for word in _NEVER_AIR):
            return True  # 海水全年达标天数比例: days of sea water meeting its class, not of air
        return any(word in self.text for word in entry.exclude) and not any(
            word in self.text for word in entry.exclude_unless
        )

    @property
    def bare(self) -> str:
        """The text without its bracketed asides, computed on first use."""
        if self._bare is None:
            self._bare = _ASIDE_RE.sub("", self.text)
        return self._bare

    def names(self, keyed: _Keyed) -> bool:
        """Whether one of the entry's keywords is in the text as written (excludes ignored)."""
        return _has_keyword(keyed.keywords, self.text)


def _has_keyword(keywords: tuple[tuple[str, ...], ...], text: str) -> bool:
    """Whether a keyword (every one of its parts) is in ``text``."""
    for parts in keywords:
        for part in parts:
            if part not in text:
                break
        else:
            return True
    return False


def _first_position(keywords: tuple[tuple[str, ...], ...], text: str) -> int | None:
    """The smallest position at which a keyword (every one of its parts present) starts."""
    best: int | None = None
    for parts in keywords:
        at = text.find(parts[0])
        if at < 0:
            continue
        for part in parts[1:]:
            other = text.find(part)
            if other < 0:
                break
            at = min(at, other)
        else:
            if best is None or at < best:
                best = at
    return best


# Words no air figure's name holds, whatever air word stands beside them (no place name holds them).
_NEVER_AIR = ("近岸海域", "海水", "断面", "饮用水")


@lru_cache(maxsize=4096)
def match_code(naming_text: str, unit_kind: str) -> str | None:
    """The first catalog code whose keywords name ``naming_text`` and whose unit kind fits
    (cached: a sentence's rules ask about the same words several times)."""
    naming = _Naming(canonical(naming_text))
    for keyed in _entries_of(unit_kind):
        if naming.matches(keyed):
            return keyed.entry.code
    return None


def codes_in_order(naming_text: str, unit_kind: str) -> list[str]:
    """Catalog codes named in ``naming_text``, in the order they are written (PM2.5、PM10 … 分别为).
    A list of measures is also read member by member (水域功能达标率和Ⅰ~Ⅲ类水质比例: 水域功能 vetoes
    the good share for the whole text, not for its own member); that reading wins when it names
    every code the whole text does and more."""
    whole = _codes_in_order(naming_text, unit_kind)
    if not _MEMBER_BREAK_RE.search(naming_text):
        return whole
    members = [m for m in _MEMBER_BREAK_RE.split(naming_text) if m.strip()]
    by_member = [code for member in members for code in _codes_in_order(member, unit_kind)[:1]]
    if len(by_member) > len(whole) and set(whole) <= set(by_member):
        return by_member
    return whole


# 、/和/及 between two measures, not inside a class range (一、二类, Ⅰ、Ⅱ类) or a bracket
_MEMBER_BREAK_RE = re.compile(r"(?<![一二三四五ⅠⅡⅢⅣⅤIV（(])(?:、|和|及)(?![^（(]*[)）])")


def _codes_in_order(naming_text: str, unit_kind: str) -> list[str]:
    naming = _Naming(canonical(naming_text))
    found: dict[int, str] = {}
    for keyed in _entries_of(unit_kind):
        pos = naming.position(keyed)
        if pos is not None and pos not in found:
            found[pos] = keyed.entry.code
    return [found[pos] for pos in sorted(found)]


def vetoed(naming_text: str, unit_kind: str) -> bool:
    """Whether a catalog keyword of this unit kind is in the text but vetoed by an exclude word
    (Ⅳ类轻度污染水质断面: 断面 names surface water, 轻度污染 says it is not the good share)."""
    naming = _Naming(canonical(naming_text))
    return any(
        any(word in naming.text for word in keyed.entry.exclude) and naming.names(keyed)
        for keyed in _entries_of(unit_kind)
    )
