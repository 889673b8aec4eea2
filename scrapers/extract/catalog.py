"""The indicator catalog (``catalog.toml``): codes, names, units, domains, plausible ranges.

``naming.match_code`` picks the catalog code for a quantity from the words that name it and its
unit kind; quantities that match no entry take the generic code of their unit kind.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

GENERIC_BY_KIND = {
    "money": "money",
    "count": "count",
    "percent": "share",
    "area": "area",
    "concentration": "concentration",
    "days": "days",
    "mass": "mass",
    "volume": "volume",
    "length": "length",
    "energy": "energy",
    "power": "power",
    "sound": "sound_level",
    "index": "air_quality_composite_index",  # only 综合指数…为X yields a unitless index
}


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One row of ``indicator_catalog``."""

    code: str
    name: str
    synonyms: tuple[str, ...]
    unit: str
    unit_base: str
    domain: str
    min_value: float | None
    max_value: float | None
    description: str
    keywords: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    exclude_unless: tuple[str, ...] = ()  # words that lift the veto (湖南省空气质量…: 空气 says air)
    unit_kind: str = ""
    generic: bool = False
    higher_is_better: bool = False
    scored: bool = False  # scored on the real sets (``real_eval``)


@lru_cache(maxsize=1)
def load_catalog() -> tuple[CatalogEntry, ...]:
    """Read the packaged ``catalog.toml`` (catalog entries first, then the generic codes)."""
    raw = resources.files(__package__).joinpath("catalog.toml").read_text(encoding="utf-8")
    rows = tomllib.loads(raw)["indicator"]
    return tuple(
        CatalogEntry(
            code=row["code"],
            name=row["name"],
            synonyms=tuple(row.get("synonyms", ())),
            unit=row["unit"],
            unit_base=row["unit_base"],
            domain=row["domain"],
            min_value=row.get("min_value"),
            max_value=row.get("max_value"),
            description=row["description"],
            keywords=tuple(row.get("keywords", ())),
            exclude=tuple(row.get("exclude", ())),
            exclude_unless=tuple(row.get("exclude_unless", ())),
            unit_kind=row["unit_kind"],
            generic=row.get("generic", False),
            higher_is_better=row.get("higher_is_better", False),
            scored=row.get("scored", False),
        )
        for row in rows
    )


@cache
def catalog_by_code() -> dict[str, CatalogEntry]:
    """Code -> entry."""
    return {entry.code: entry for entry in load_catalog()}


def higher_is_better(code: str) -> bool:
    """Whether a rise of the figure ``code`` is an improvement (优良天数比例, 森林覆盖率)."""
    entry = catalog_by_code().get(code)
    return entry is not None and entry.higher_is_better
