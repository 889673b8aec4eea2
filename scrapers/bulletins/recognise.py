"""Is this page a 状况公报 (or the MEE's 质量简况 release)? Title rules, then a structure rule (pure).

A title names a bulletin when it reads like 2024中国生态环境状况公报, 2024年江西省生态环境状况公报,
2019年中国环境状况公报 (the name before 2018) or 2024年全国生态环境质量简况; a link on a listing
page is followed by the same rule. The page itself must then read like one: its main text
covers at least two of the bulletin's sections (air, fresh water, sea, soil, noise, nature),
so a news item that only mentions a bulletin's release is not taken for it.

Example titles: ``2024中国生态环境状况公报`` (national bulletin, 2024), ``2024年江西省生态环境状况
公报`` (provincial bulletin of 360000), ``2019年全国生态环境质量简况`` (press release, national).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from models.reference import NATIONAL
from scrapers.provinces import Registry

BulletinKind = Literal["national_bulletin", "provincial_bulletin", "press_release"]
_BULLETIN = re.compile(r"(?:生态)?环境(?:质量)?状况公报|环境质量公报")
_BRIEF = re.compile(r"(?:生态)?环境质量(?:简况|状况)")
_NATIONAL = re.compile(r"中国|全国")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年?(?:度)?")
SECTIONS = (
    ("大气环境", "环境空气", "空气质量"),
    ("淡水", "地表水", "水环境", "江河", "湖泊"),
    ("海洋", "海域", "近岸海域"),
    ("土壤",),
    ("声环境", "噪声"),
    ("自然生态", "生态质量", "生态状况", "森林"),
)
MIN_SECTIONS = 2


@dataclass(frozen=True, slots=True)
class BulletinTitle:
    """What a title says: the kind of publication, whose record it is (None: not said), the year."""

    kind: BulletinKind
    scope_code: str | None
    year: int | None


def read_title(title: str | None, registry: Registry) -> BulletinTitle | None:
    """The bulletin a title names, or None when it names none."""
    text = "".join((title or "").split())
    bulletin = _BULLETIN.search(text)
    if bulletin is None and _BRIEF.search(text) is None:
        return None
    scope = _scope(text, registry)
    year = _YEAR.search(text)
    kind: BulletinKind
    if bulletin is None:
        kind = "press_release"
    else:
        kind = "national_bulletin" if scope in (NATIONAL, None) else "provincial_bulletin"
    return BulletinTitle(kind, scope, int(year.group(1)) if year else None)


def _scope(text: str, registry: Registry) -> str | None:
    """A province the title names (full or short name), else national for 中国/全国, else None."""
    for unit in registry:
        if unit.name in text or (len(unit.short_name) >= 2 and unit.short_name + "省" in text):
            return unit.code
    for unit in registry:
        if unit.short_name in text:
            return unit.code
    return NATIONAL if _NATIONAL.search(text) else None


def covers_sections(text: str) -> bool:
    """True when ``text`` covers at least ``MIN_SECTIONS`` of a bulletin's sections."""
    return sum(1 for words in SECTIONS if any(w in text for w in words)) >= MIN_SECTIONS
