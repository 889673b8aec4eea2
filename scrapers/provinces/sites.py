"""Which department websites a run crawls, and where: the registry's modules joined with
``[provinces.<slug>]`` settings (base URL, entry points, enabled, min delay).

Pure: no network. ``entry_points`` empty in the settings means the module's own; a site-search
entry point's ``{keyword}`` becomes the column keyword (厅局长请回答).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import quote

from models.settings import ProvinceSiteSettings, Settings
from scrapers.provinces import ProvinceScraper, Registry
from scrapers.provinces.cms import CmsSite


class ProvinceSiteError(ValueError):
    """``[provinces.<slug>]`` names a unit without site data, or a host the table does not know."""


@dataclass(frozen=True, slots=True)
class CrawlSite:
    """One enabled department website, resolved for this run."""

    unit: ProvinceScraper
    site: CmsSite
    settings: ProvinceSiteSettings

    @property
    def slug(self) -> str:
        return self.unit.slug

    def entry_urls(self, keyword: str) -> tuple[str, ...]:
        """Absolute URLs (on the configured base URL) of the entry points to walk."""
        paths = self.settings.entry_points or tuple(e.path for e in self.site.entry_points)
        base = self.settings.base_url.rstrip("/")
        return tuple(base + "/" + p.lstrip("/").replace("{keyword}", quote(keyword)) for p in paths)

    def client_settings(self, settings: Settings) -> Settings:
        """Settings for a client of this site alone (``scrapers check``): only its host, paced by
        its ``min_delay_seconds``."""
        http = replace(settings.http, min_delay_seconds=self.settings.min_delay_seconds)
        return replace(settings, http=http, sources=(), provinces=(self.settings,))


def crawl_sites(settings: Settings, registry: Registry) -> list[CrawlSite]:
    """The enabled department sites, in table order; unknown slugs raise (listing the known ones)."""
    out = []
    for conf in settings.provinces:
        unit = registry.get(conf.slug)
        if conf.canonical_host not in unit.hosts:
            raise ProvinceSiteError(
                f"provinces.{conf.slug}.canonical_host {conf.canonical_host!r} is not its domain {unit.domain!r}"
            )
        if conf.enabled and unit.site is None:
            raise ProvinceSiteError(
                f"provinces.{conf.slug} is enabled but units.toml has no [unit.site] for it: run "
                f"`mee-interviews new-scraper {conf.slug} --family {unit.cms}` first"
            )
        if conf.enabled and unit.site is not None:
            out.append(CrawlSite(unit, unit.site, conf))
    return sorted(out, key=lambda s: s.unit.code)
