"""The per-province registry: every module in this package that defines ``SCRAPER`` registers it.

Adding ``scrapers/provinces/<slug>.py`` is all it takes; a duplicate slug or code is an error,
and an unknown slug raises an error that lists the known ones.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from scrapers.provinces.base import ProvinceScraper

__all__ = ["ProvinceScraper", "Registry", "UnknownProvinceError", "default_registry", "load_registry"]

_NOT_PROVINCES = {"base"}


class UnknownProvinceError(LookupError):
    """Raised for a slug no module declares; the message lists the known slugs."""


class DuplicateProvinceError(ValueError):
    """Two modules declare the same slug or code."""


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

    def find_in_text(self, text: str) -> ProvinceScraper | None:
        """The unit named earliest in ``text`` (longest name wins at the same position)."""
        best: tuple[int, int, ProvinceScraper] | None = None
        for scraper in self.scrapers:
            for name in scraper.names:
                pos = text.find(name)
                if pos >= 0 and (best is None or (pos, -len(name)) < (best[0], -best[1])):
                    best = (pos, len(name), scraper)
        return best[2] if best else None


def load_registry(package: str = __name__) -> Registry:
    """Import every province module of ``package`` and collect their ``SCRAPER``s."""
    pkg = importlib.import_module(package)
    found: list[ProvinceScraper] = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name in _NOT_PROVINCES or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package}.{info.name}")
        scraper = getattr(module, "SCRAPER", None)
        if not isinstance(scraper, ProvinceScraper):
            raise TypeError(f"{package}.{info.name} must define SCRAPER = ProvinceScraper(...)")
        if scraper.slug != info.name:
            raise ValueError(f"{package}.{info.name}: slug {scraper.slug!r} must match the file name")
        clash = next((s for s in found if s.slug == scraper.slug or s.code == scraper.code), None)
        if clash:
            raise DuplicateProvinceError(
                f"{scraper.slug} ({scraper.code}) clashes with {clash.slug} ({clash.code})"
            )
        found.append(scraper)
    return Registry(tuple(sorted(found, key=lambda s: s.code)))


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry of this package, built once (it is immutable)."""
    return load_registry()
