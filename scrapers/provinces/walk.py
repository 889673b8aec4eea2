"""Walk the enabled department websites' entry points and collect column episode links.

Network only through ``scrapers.fetch.http.PoliteClient``: the run's one client, whose
scheduler spaces each site's requests by the larger of its ``min_delay_seconds``, its robots.txt
``Crawl-delay`` and ``[http]``'s, across discovery and page fetches alike; sites are walked at
once (``[discovery] parallel_walks``). Every listing response goes to ``on_page`` (the archive,
source ``province_<slug>``) before anything reads it; then access hazards are told apart from
content (``scrapers.provinces.hazards``), the site's CMS mixin reads the list, and only links
whose title names the column are kept, handed to ``on_items`` as each list page is read. One
list page is one ``scrapers.provinces.list_visit.visit_list_page`` (GET or a list API's POST;
Chromium when plain HTTP cannot read it, one browser for the whole walk). Each site ends with a
``SiteReport``: ok / empty / listing_unreadable / blocked / needs_browser / failed, with the
reason, and one ``PageYield`` per list page (records held, read, episodes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial

from models.outcomes import ListProblem, SiteOutcome, is_list_problem
from models.records import FetchedPage, ListingItem, ListingPage
from models.settings import Settings
from scrapers.fetch.browser import Browser
from scrapers.fetch.hosts import HostMap
from scrapers.fetch.http import PoliteClient
from scrapers.fetch.scheduler import in_parallel
from scrapers.listings.discovery import plan_next
from scrapers.provinces import Registry, default_registry
from scrapers.provinces.cms.list_api import ListRequest
from scrapers.provinces.list_visit import PageYield, visit_list_page
from scrapers.provinces.sites import CrawlSite, crawl_sites

log = logging.getLogger(__name__)
OnPage = Callable[[FetchedPage, str], None]
OnItems = Callable[[list[ListingItem]], None]  # episode links, as each list page is read


@dataclass(slots=True)
class SiteReport:
    """What one department site gave this run."""

    slug: str
    outcome: SiteOutcome = "empty"
    reason: str = ""
    listing_pages: int = 0
    items: int = 0  # column episodes found
    fallback_pages: int = 0  # list pages read by the generic rule, not the site's own markup
    pages: list[PageYield] = field(default_factory=list)

    @property
    def articles_listed(self) -> int:
        """Article records or links its list pages held."""
        return sum(p.held for p in self.pages)

    @property
    def articles_read(self) -> int:
        """Of them, the ones read as list items."""
        return sum(p.read for p in self.pages)

    def add(self, page: PageYield) -> None:
        """Count one visited list page; a page that gave nothing makes the site's outcome."""
        self.pages.append(page)
        self.items += page.episodes
        self.fallback_pages += page.form == "fallback"
        if is_list_problem(page.outcome):
            self.worse(page.outcome, f"{page.url}: {page.reason}")

    def worse(self, outcome: ListProblem, reason: str) -> None:
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
            "articles_listed": r.articles_listed,
            "articles_read": r.articles_read,
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
    browser: Browser | None = None,
) -> SiteDiscovery:
    """Walk every enabled department site (see the module docstring), ``[discovery]
    parallel_walks`` at a time, through ``client`` (the run's; else one made for these walks).
    ``browser``: the run's Chromium; None starts one on first need when ``[browser] enabled``
    (closed at the end)."""
    sites = crawl_sites(settings, registry or default_registry())
    with ExitStack() as stack:
        run = client if client is not None else stack.enter_context(PoliteClient(settings))
        if browser is None and sites and settings.browser.enabled:
            browser = stack.enter_context(Browser(settings))
        walks = [
            partial(
                walk_site,
                run,
                settings,
                site,
                known=known,
                on_page=on_page,
                on_items=on_items,
                browser=browser,
            )
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
    browser: Browser | None = None,
) -> tuple[SiteReport, list[ListingItem]]:
    """Walk one site's entry points through the shared client, whose scheduler spaces its
    requests by the site's delay; its report (logged) and the column links it found."""
    report, found = SiteReport(site.slug), SiteDiscovery()
    walker = _Walker(client, settings, site, HostMap(settings.fetch_sources), browser, on_items)
    for url in site.entry_urls(settings.discovery.title_keyword):
        walker.walk(url, known=known, on_page=on_page, found=found, report=report)
    _close_site(report)
    return report, found.items


def _close_site(report: SiteReport) -> None:
    if report.outcome == "empty" and report.items:
        report.outcome = "ok"
    level = logging.INFO if report.outcome in ("ok", "empty") else logging.WARNING
    log.log(
        level,
        "department site %s: %s, %d list pages, %d articles listed, %d read, %d episode links, "
        "%d read by the fallback%s",
        report.slug,
        report.outcome,
        report.listing_pages,
        report.articles_listed,
        report.articles_read,
        report.items,
        report.fallback_pages,
        f" ({report.reason})" if report.reason else "",
    )


@dataclass(slots=True)
class _Walker:
    client: PoliteClient
    settings: Settings
    site: CrawlSite
    hosts: HostMap
    browser: Browser | None
    on_items: OnItems | None = None

    def walk(
        self, start: str, *, known: set[str], on_page: OnPage, found: SiteDiscovery, report: SiteReport
    ) -> None:
        """One entry point and the list pages (GET or POST) after it, within ``max_list_pages``."""
        queue, seen, budget = [ListRequest(start)], set(), self.settings.discovery.max_list_pages
        while queue and report.listing_pages < budget:
            request = queue.pop(0)
            if request in seen:
                continue
            seen.add(request)
            visit = visit_list_page(
                self.client, self.site, request, on_page=on_page, browser=self.browser, hosts=self.hosts
            )
            report.listing_pages += visit.yield_.fetched
            report.add(visit.yield_)
            if is_list_problem(visit.yield_.outcome):
                return
            found.items.extend(visit.episodes)
            if self.on_items is not None and visit.episodes:
                self.on_items(list(visit.episodes))
            gets = plan_next(
                ListingPage(visit.items, tuple(r.url for r in visit.next_requests)),
                known_keys=known,
                incremental=self.settings.discovery.incremental,
                pages_seen=report.listing_pages,
                max_pages=budget,
            )
            queue.extend(r for r in visit.next_requests if r.url in gets or (r.form is not None and gets))
