"""What a stretch of text is about: the water body in view and the indicator last named per kind.

Bulletins name their subject once and then drop it: a heading (（二）农村千吨万人水源地水质, 近岸海域),
a paragraph's lead clause (18个重点湖库中，…), the figure before (…比例为78.6%，扣除沙尘影响后为
81.9%). A ``Topic`` carries that state; ``water_body`` reads the water body words
name, the last one written winning (Chinese puts the head noun last: 水源上游河流国控断面 is about
river sections), with the monitoring units 断面 / 点位 / 测点 naming none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from models.records import Indicator
from scrapers.extract.catalog import CatalogEntry, catalog_by_code
from scrapers.extract.naming import canonical, match_code

# surface sections, lakes and reservoirs, coastal points and areas, drinking sources, groundwater
WaterBody = Literal["surface", "lake", "coastal", "drinking", "groundwater", "beach"]
_BODY_WORDS: dict[WaterBody, tuple[str, ...]] = {
    "beach": ("浴场", "泳滩"),  # 海水浴场, 泳滩: bathing beaches, rated on their own scale
    "coastal": ("近岸海域", "海域", "海水", "近岸", "沿海水域", "近海", "海湾"),
    "lake": ("湖库", "湖泊", "水库", "湖(库)", "湖体", "湖点位"),  # 甲湖点位: a named lake's points
    # 地表水源地 / 地下水源地: a drinking source that draws surface water or groundwater
    "drinking": ("地表水源地", "地表水源", "地下水源地", "地下水源", "饮用水", "水源地", "水源"),
    "groundwater": ("地下水",),
    # boundary sections (省界, 跨界, 出境 …) are river sections
    "surface": (
        *("地表水", "河流", "江河", "干流", "支流", "国考", "国控", "省考", "市控", "流域", "国家考核"),
        # river reaches, the river length assessed (not 河长, a river chief), rivers and lakes together
        *("河段", "评价河长", "河湖", "内河", "江段"),  # 城市内河: a town's rivers
        # rivers that flow into the sea are rivers (独流入海水系 holds 海水 but is no sea water)
        *("入海河流", "入海河口", "入海水系", "独流入海", "入海断面"),
        *("省界", "市界", "县界", "跨界", "出境", "入境"),
    ),
}
_BODY_RE = re.compile("|".join(re.escape(w) for ws in _BODY_WORDS.values() for w in ws))
_BODY_OF = {w: body for body, ws in _BODY_WORDS.items() for w in ws}
_TITLE_RE = re.compile(r"《[^《》]{0,40}》")  # 《地表水环境质量标准》 names a standard, not the subject
_LAKES_RE = re.compile(r"湖\s*[(（]\s*库\s*[)）]")  # 湖(库): lakes and reservoirs, not an aside
# A bracketed list of names (花园大桥,四斗朱水库,…) says which sites, not what kind of water.
_ASIDE_RE = re.compile(r"[(（][^()（）\n]{0,80}[)）]")
_KINDS = ("percent", "concentration", "days", "count", "area", "index")
_SENTENCE_KINDS = ("percent", "concentration", "days")  # what a change-only item may be about


def without_titles(words: str) -> str:
    """``words`` with book-title names (standards, bulletins) cut out."""
    return _TITLE_RE.sub("", words) if "《" in words else words


# Which monitoring network a site is in (国控点位, 省考断面): surface water when nothing else is
# named, but 近岸海域国控点位 are coastal points.
_NETWORK_WORDS = frozenset({"国考", "国控", "省考", "市控", "国家考核"})


# 水源地62项指标均符合…表1地表水环境质量标准基本项目Ⅲ类标准限值: the standard a site meets names
# no body of its own when the words name one elsewhere.
_MET_STANDARD_RE = re.compile(r"(?:符合|满足)[^，,。；;]{0,120}(?:标准|限值)")


def _without_asides(words: str) -> str:
    """``words`` without book titles and bracketed asides (湖(库) is no aside: it stays, as 湖库)."""
    return _ASIDE_RE.sub("", _LAKES_RE.sub("湖库", without_titles(words)))


def water_bodies(words: str) -> list[str]:
    """The water bodies ``words`` name, the last written first, each once (a network word only
    when no body word is written)."""
    plain = _without_asides(words)
    if "水源" in plain:  # 饮用水源地为甲水库和乙水库: the reservoirs are the sources' names
        plain = _SOURCE_NAMES_RE.sub("", plain)
    unmet = _MET_STANDARD_RE.sub("", plain) if "符合" in plain or "满足" in plain else plain
    return _bodies(unmet) or _bodies(plain) if unmet != plain else _bodies(plain)


# 水源地为甲水库和乙水库 / 水源主要是丙江: the water bodies named as a drinking source are that source
_SOURCE_NAMES_RE = re.compile(r"(?:(?<=水源地)|(?<=水源))(?:主要)?(?:为|是|有|包括)[^，,。；;：:\n]{1,30}")


# 国考空气质量排名 / 国控站点PM2.5: a network word about the air names no water.
_AIR_NAMED_RE = re.compile(r"空气|大气|AQI|PM\s*(?:2\.5|10)|优良天数|颗粒物|臭氧")


def _bodies(plain: str) -> list[str]:
    found: list[str] = []
    matches = list(_BODY_RE.finditer(canonical(plain)))
    if any(m.group() not in _NETWORK_WORDS for m in matches):
        matches = [m for m in matches if m.group() not in _NETWORK_WORDS]
    elif _AIR_NAMED_RE.search(plain):
        return []
    for m in reversed(matches):
        body = _BODY_OF[m.group()]
        if body not in found:
            found.append(body)
    return found


def network_only(words: str) -> bool:
    """Whether the only water words of ``words`` are a network's (国控省控点位): they say where a
    site is counted, and a body named before them (近岸海域235个国控点位) says which water."""
    found = [m.group() for m in _BODY_RE.finditer(canonical(_without_asides(words)))]
    return bool(found) and all(w in _NETWORK_WORDS for w in found)


@lru_cache(maxsize=2048)
def water_body(words: str) -> str | None:
    """The water body ``words`` are about (the last one written), or None: also None when they
    close on a list of several (对…河流的275个监测断面、24个湖泊、22座水库进行了监测 is about
    all of them, so none is in view for the figures after it)."""
    bodies = water_bodies(words)
    if len(bodies) >= 2 and _ends_on_a_list(words):
        return None
    return bodies[0] if bodies else None


_LIST_JOIN_RE = re.compile(
    r"^[^，,。；;：:\n]*[、和及与][^，,。；;：:\n]*$"
    r"|^[^，,。；;：:\n]*\d+\s*(?:个|条|座|处)\s*[，,]\s*[^，,。；;：:\n\d]*$"  # 包括河流断面120个，湖库断面35个
)


def _ends_on_a_list(words: str) -> bool:
    """Whether the last water body ``words`` name and the one before it are members of one list:
    nothing but a list joint (、和及与) and their own words between them, no clause break."""
    text = canonical(_ASIDE_RE.sub("", without_titles(words)))
    found = [m for m in _BODY_RE.finditer(text) if m.group() not in _NETWORK_WORDS] or list(
        _BODY_RE.finditer(text)
    )
    last_body = _BODY_OF[found[-1].group()]
    run = len(found) - 1  # the words of the last body at the end (湖泊、水库): one member
    while run > 0 and _BODY_OF[found[run - 1].group()] == last_body:
        run -= 1
    if run == 0:
        return False
    return _LIST_JOIN_RE.match(text[found[run - 1].end() : found[run].start()]) is not None


@dataclass(frozen=True, slots=True)
class Topic:
    """The water body in view and, per unit kind, the catalog code last named."""

    water: str | None = None
    codes: tuple[tuple[str, str], ...] = ()
    # what the paragraph before named: only a change with no subject of its own (…PM10平均浓度为
    # 61微克/立方米。¶9个城市同比上升，甲市上升3.0%) and a bare concentration go on from it
    carried: tuple[tuple[str, str], ...] = ()

    def code(self, kind: str) -> str | None:
        """The code last named for figures of this unit kind."""
        return next((code for k, code in self.codes if k == kind), None)

    def changed_code(self, kind: str) -> str | None:
        """The code a change with no subject of its own is of: the last named for this unit
        kind, in this paragraph or else in the paragraph of running text before it."""
        return self.code(kind) or self.carried_code(kind)

    def carried_code(self, kind: str) -> str | None:
        """The code the paragraph of running text before this one last named for ``kind``."""
        return next((code for k, code in self.carried if k == kind), None)

    def going_on(self, before: Topic) -> Topic:
        """This topic with what ``before`` (the topic the paragraph before ended on) named
        carried for changes."""
        return replace(self, carried=before.codes)

    def naming(self, kind: str, code: str) -> Topic:
        """This topic with ``code`` now the last named for ``kind``."""
        rest = tuple((k, c) for k, c in self.codes if k != kind)
        return replace(self, codes=((kind, code), *rest))

    def under(self, heading: Topic) -> Topic:
        """This topic, falling back on ``heading`` for what it does not name."""
        kinds = {k for k, _ in self.codes}
        codes = self.codes + tuple((k, c) for k, c in heading.codes if k not in kinds)
        return Topic(self.water or heading.water, codes, self.carried or heading.carried)


def topic_of(words: str) -> Topic:
    """What a heading or lead clause names: its water body and a code per unit kind."""
    codes = tuple((kind, code) for kind in _KINDS if (code := match_code(words, kind)) is not None)
    return Topic(water_body(words), codes)


def passed_on(topic: Topic, sentence: str, found: list[Indicator]) -> Topic:
    """The topic after a sentence: the water body it names last, the codes its figures have
    (or, in a sentence with none, the codes its words name: …细颗粒物年均浓度均较上年下降。)."""
    entries = catalog_by_code()
    named = [ind for ind in found if (entry := entries.get(ind.code)) is not None and not entry.generic]
    if not named:  # 全省11个设区市PM2.5平均浓度均同比下降: a count is no indicator, the words are
        for kind in _SENTENCE_KINDS:
            code = match_code(sentence, kind)
            if code is not None:
                topic = topic.naming(kind, code)
    for ind in named:
        topic = topic.naming(entries[ind.code].unit_kind, ind.code)
    water = water_body(sentence)
    return replace(topic, water=water) if water is not None else topic


def entering(topic: Topic, sentence: str) -> Topic:
    """The topic a sentence starts from: one that turns to a water body other than the one in view
    leaves the air indicators named before behind (沿海水域一级、二级…水质点的比例分别为… after a
    paragraph on heavy-pollution days)."""
    water = water_body(sentence)
    if water is None or water == topic.water:
        return topic
    entries = catalog_by_code()
    return replace(topic, codes=tuple((k, c) for k, c in topic.codes if _domain(entries.get(c)) != "air"))


def _domain(entry: CatalogEntry | None) -> str | None:
    return entry.domain if entry is not None else None
