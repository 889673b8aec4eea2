"""Walk the enabled department websites' entry points and collect column episode links.

Network only through ``scrapers.fetch.http.PoliteClient``: the run's one client, whose
scheduler spaces each site's requests by the larger of its ``min_delay_seconds``, its robots.txt
``Crawl-delay`` and ``[http]``'s, across discovery and page fetches alike; sites are walked at once. Every listing response goes to
``on_page`` (the archive, source ``province_<slug>``) before anything reads it; then access
hazards are told apart from content (``scrapers.provinces.hazards``), the site's CMS mixin
reads the list, and only links whose title names the column are kept. Each site ends with a
``SiteReport``: ok / empty / blocked / needs_browser / failed, with the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial

from models.records import FetchedPage, ListingItem, ListingPage
from models.settings import Settings
from scrapers.episode.titles import COLUMN_NAMES
from scrapers.fetch.http import FetchError, PoliteClient
from scrapers.fetch.scheduler import Priority, in_parallel
from scrapers.listings.discovery import plan_next
from scrapers.provinces import Registry, default_registry
from scrapers.provinces.cms.jsonrows import load_json
from scrapers.provinces.hazards import BLOCKED, access_hazard, list_hazard
from scrapers.provinces.sites import CrawlSite, crawl_sites

log = logging.getLogger(__name__)
OnPage = Callable[[FetchedPage, str], None]
OnItems = Callable[[list[ListingItem]], None]  # episode links, as each list page is read


@dataclass(slots=True)
class SiteReport:
    """What one department site gave this run."""

    slug: str
    outcome: str = "empty"  # ok | empty | blocked | needs_browser | failed
    reason: str = ""
    listing_pages: int = 0
    items: int = 0
    fallback_pages: int = 0  # list pages read by the generic rule, not the site's own markup

    def worse(self, outcome: str, reason: str) -> None:
        """Record a problem; the first one of a run stays the headline."""
        if self.outcome in ("ok", "empty"):
            self.outcome, self.reason = outcome, reason


def site_report_rows(reports: list[SiteReport]) -> list[dict[str, object]]:
    """One table row per department site walked (the run's ``ingest-department-sites`` artifact)."""
    return [
        {
            "province": r.slug,
            "outcome": r.outcome,
            "listing_pages": r.listing_pages,
            "episode_links": r.items,
            "fallback_pages": r.fallback_pages,
            "reason": r.reason,
        }
        for r in reports
    ]


@dataclass(slots=True)
class SiteDiscovery:
    items: list[ListingItem] = field(default_factory=list)
    listing_pages: int = 0
    reports: list[SiteReport] = field(default_factory=list)


def discover_department_sites(
    settings: Settings,
    *,
    known: set[str],
    on_page: OnPage,
    registry: Registry | None = None,
    client: PoliteClient | None = None,
    on_items: OnItems | None = None,
) -> SiteDiscovery:
    """Walk every enabled department site (see the module docstring), ``[discovery]
    parallel_walks`` at a time, through ``client`` (the run's; else one made for these walks)."""
    sites = crawl_sites(settings, registry or default_registry())
    with ExitStack() as stack:
        if client is None:
            client = stack.enter_context(PoliteClient(settings))
        run = client
        walks = [
            partial(walk_site, run, settings, site, known=known, on_page=on_page, on_items=on_items)
            for site in sites
        ]
        found = SiteDiscovery()
        for report, items in in_parallel(walks, settings.discovery.parallel_walks):
            found.items.extend(items)
            found.listing_pages += report.listing_pages
            found.reports.append(report)
    return found


def walk_site(
    client: PoliteClient,
    settings: Settings,
    site: CrawlSite,
    *,
    known: set[str],
    on_page: OnPage,
    on_items: OnItems | None = None,
) -> tuple[SiteReport, list[ListingItem]]:
    """Walk one site's entry points through the shared client, whose scheduler spaces its
    requests by the site's delay (the larger of its ``min_delay_seconds``, its robots.txt
    ``Crawl-delay`` and ``[http]``'s); its report and the column links it found."""
    report = SiteReport(site.slug)
    found = SiteDiscovery()
    for url in site.entry_urls(settings.discovery.title_keyword):
        _walk(
            client,
            settings,
            site,
            url,
            known=known,
            on_page=on_page,
            found=found,
            report=report,
            on_items=on_items,
        )
    if report.outcome == "empty" and report.items:
        report.outcome = "ok"
    level = logging.INFO if report.outcome in ("ok", "empty") else logging.WARNING
    log.log(
        level,
        "department site %s: %s, %d list pages, %d episode links, %d read by the fallback%s",
        site.slug,
        report.outcome,
        report.listing_pages,
        report.items,
        report.fallback_pages,
        f" ({report.reason})" if report.reason else "",
    )
    return report, found.items


def _walk(
    client: PoliteClient,
    settings: Settings,
    site: CrawlSite,
    start: str,
    *,
    known: set[str],
    on_page: OnPage,
    found: SiteDiscovery,
    report: SiteReport,
    on_items: OnItems | None,
) -> None:
    queue, seen, budget = [start], set(), settings.discovery.max_list_pages
    while queue and report.listing_pages < budget:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        listing = _read(client, site, url, on_page=on_page, report=report)
        if listing is None:
            return
        episodes = [i for i in listing.items if any(name in i.title for name in COLUMN_NAMES)]
        found.items.extend(episodes)
        report.items += len(episodes)
        if on_items is not None and episodes:
            on_items(episodes)
        queue.extend(
            plan_next(
                listing,
                known_keys=known,
                incremental=settings.discovery.incremental,
                pages_seen=report.listing_pages,
                max_pages=budget,
            )
        )


def _read(
    client: PoliteClient, site: CrawlSite, url: str, *, on_page: OnPage, report: SiteReport
) -> ListingPage | None:
    """Fetch, archive and read one list page; None (with the report updated) when it is no list."""
    try:
        page = client.fetch(url, priority=Priority.LISTING)
    except FetchError as exc:
        report.worse(BLOCKED if exc.status_code == 429 else "failed", f"{url}: {exc}")
        return None
    on_page(page, f"province_{site.slug}")
    report.listing_pages += 1
    hazard = access_hazard(page.status_code, dict((k.lower(), v) for k, v in page.headers), page.text)
    if hazard is None and page.status_code >= 400:
        report.worse("failed", f"{url}: HTTP {page.status_code}")
        return None
    listing = site.site.parse_list(page.text, page.final_url) if hazard is None else None
    hazard = hazard or list_hazard(page.text, len(listing.items) if listing else 0)
    if hazard is not None:
        report.worse(hazard.outcome, f"{url}: {hazard.reason}")
        return None
    if load_json(page.text) is None and site.site.list_rule(page.text, page.final_url) == "fallback":
        report.fallback_pages += 1
    return listing
