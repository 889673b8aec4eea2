"""The per-province registry: the 32 rows of ``units.toml`` joined with the province modules.

Identity and site data are data (``units.toml``: each ``[[unit]]`` row and its ``[unit.site]``
table of entry points, selectors, list API; see ``site_data.py``); a module
``scrapers/provinces/<slug>.py`` exists only for a unit whose site needs code no CMS family has:
it defines ``Site`` (a subclass of its family's mixin with that code) and may define
``SPEAKER_LABELS`` and ``fix_blocks``. A
duplicate slug or code is an error; an unknown slug raises an error that lists the known ones;
a module without a table row is an error too.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType
from typing import Any

from scrapers.provinces.base import ProvinceScraper
from scrapers.provinces.site_data import SiteDataError, build_site
from scrapers.provinces.table import DuplicateProvinceError, ProvinceTableError, read_units

__all__ = [
    "DuplicateProvinceError",
    "ProvinceScraper",
    "ProvinceTableError",
    "Registry",
    "UnknownProvinceError",
    "default_registry",
    "load_registry",
]

# Modules of this package that are machinery, not provinces.
INFRASTRUCTURE = frozenset(
    {"base", "table", "cms", "hazards", "article", "sites", "walk", "list_visit", "site_data", "checks"}
)


class UnknownProvinceError(LookupError):
    """Raised for a slug no row declares; the message lists the known slugs."""


@dataclass(frozen=True, slots=True)
class Registry:
    scrapers: tuple[ProvinceScraper, ...]

    def __iter__(self) -> Iterator[ProvinceScraper]:
        return iter(self.scrapers)

    def __len__(self) -> int:
        return len(self.scrapers)

    def get(self, slug: str) -> ProvinceScraper:
        for s in self.scrapers:
            if s.slug == slug:
                return s
        known = ", ".join(sorted(s.slug for s in self.scrapers))
        raise UnknownProvinceError(f"unknown province {slug!r}; known: {known}")

    def by_code(self, code: str) -> ProvinceScraper:
        for s in self.scrapers:
            if s.code == code:
                return s
        raise UnknownProvinceError(f"no province with code {code!r}")

    def by_host(self, host: str) -> ProvinceScraper | None:
        """The unit whose department website is ``host`` (current or former domain), or None."""
        host = host.lower().removeprefix("www.")
        return next((s for s in self.scrapers if host in {h.removeprefix("www.") for h in s.hosts}), None)

    def find_in_text(self, text: str) -> ProvinceScraper | None:
        """The unit named earliest in ``text`` (longest name wins at the same position)."""
        best: tuple[int, int, ProvinceScraper] | None = None
        for scraper in self.scrapers:
            for name in scraper.names:
                pos = text.find(name)
                if pos >= 0 and (best is None or (pos, -len(name)) < (best[0], -best[1])):
                    best = (pos, len(name), scraper)
        return best[2] if best else None


def load_registry(package: str = __name__, table: str | None = None) -> Registry:
    """The units of ``units.toml`` (or ``table``), each joined with ``<package>.<slug>`` if present."""
    rows = read_units(table)
    pkg = importlib.import_module(package)
    modules = {i.name for i in pkgutil.iter_modules(pkg.__path__)} - INFRASTRUCTURE
    slugs = {row["slug"] for row in rows}
    stray = sorted(m for m in modules if m not in slugs and not m.startswith("_"))
    if stray:
        raise ProvinceTableError(
            f"{package}: module(s) {', '.join(stray)} have no row in units.toml; known: {', '.join(sorted(slugs))}"
        )
    found = [
        _joined(row, importlib.import_module(f"{package}.{row['slug']}") if row["slug"] in modules else None)
        for row in rows
    ]
    return Registry(tuple(sorted(found, key=lambda s: s.code)))


def _joined(row: dict[str, Any], module: ModuleType | None) -> ProvinceScraper:
    """A row, its ``[unit.site]`` data and its module (code only) as one ``ProvinceScraper``."""
    data = row.pop("site", None)
    base = getattr(module, "Site", None) if module is not None else None
    if module is not None and base is None:
        raise TypeError(
            f"{module.__name__} must define Site, a subclass of its CMS family's mixin holding only the "
            "code the family lacks (site data goes in units.toml; see docs/adding-a-province.md)"
        )
    if module is not None and data is None:
        raise ProvinceTableError(f"{module.__name__} has code but units.toml has no [unit.site] table for it")
    if data is None:
        return ProvinceScraper(**row)
    try:
        site = build_site(row["slug"], row["cms"], data, base)
    except SiteDataError as exc:
        raise ProvinceTableError(str(exc)) from exc
    overrides: dict[str, Any] = {"site": site}
    if module is not None and hasattr(module, "SPEAKER_LABELS"):
        overrides["speaker_labels"] = tuple(module.SPEAKER_LABELS)
    if module is not None and hasattr(module, "fix_blocks"):
        overrides["fix_blocks"] = module.fix_blocks
    return ProvinceScraper(**row, **overrides)


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry of this package, built once (it is immutable)."""
    return load_registry()
