"""Walk the configured entry points through the polite client and collect episode links.

Network access goes through ``PoliteClient`` only; every listing response is handed to
``on_page`` (the archive) before it is parsed. Entry points are canonical URLs (the source's
canonical host), so a listing page is archived and its relative links resolved under the same
spelling whatever ``base_url`` serves it, and several sources may share one ``base_url``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from functools import partial

from models.records import FetchedPage, ListingItem, PageStatus
from models.settings import Settings, SettingsError
from scrapers.base.urls import canonical_url
from scrapers.families import FAMILIES
from scrapers.families.listing import read_listing
from scrapers.fetch.browser import Browser
from scrapers.fetch.hosts import HostMap, entry_url, netloc_of
from scrapers.fetch.http import FetchError, FetchFailure, PoliteClient
from scrapers.fetch.scheduler import Priority, in_parallel
from scrapers.listings.caps import ItemCaps
from scrapers.listings.discovery import plan_next, rejected_note, unique_urls
from scrapers.provinces import default_registry
from scrapers.provinces.sites import CrawlSite, crawl_sites
from scrapers.provinces.walk import OnItems, SiteReport, walk_site

OnPage = Callable[[FetchedPage, str], None]
POLICY_REFUSALS = (FetchFailure.ROBOTS_DISALLOWED, FetchFailure.HOST_NOT_ALLOWED)


@dataclass(slots=True)
class Discovery:
    """What a crawl of the entry points found, and what went wrong on the way.

    Lists of ``(url, reason)``: ``blocked`` (429 walls, gates), ``failed`` (unreadable listing
    pages), ``skipped`` (refused by robots.txt or the allow-list). ``listing_empty``: pages with
    links but no item; ``fallbacks``: ``(url, fallback)`` for every generic rule used;
    ``entry_points``: ``(source, url, read)`` per configured entry point.
    """

    items: list[ListingItem] = field(default_factory=list)
    listing_pages: int = 0
    blocked: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    listing_empty: list[tuple[str, str]] = field(default_factory=list)
    fallbacks: list[tuple[str, str, str]] = field(default_factory=list)
    entry_points: list[tuple[str, str, bool]] = field(default_factory=list)
    sites: list[SiteReport] = field(default_factory=list)  # one per enabled department website
    # department list pages that show articles (script records, list rows) but yielded none
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (page, N unreadable values skipped …)
    unreadable_values: int = 0
    capped: list[tuple[str, str]] = field(default_factory=list)  # (entry point or host, cap hit)
    capped_items: int = 0
    seconds: float = 0.0  # how long discovery took, all walks together

    def absorb(self, other: Discovery) -> None:
        """Add what another walk found (after this one's, in that order)."""
        self.items += other.items
        self.listing_pages += other.listing_pages
        self.unreadable_values += other.unreadable_values
        for name in (
            "blocked",
            "failed",
            "skipped",
            "listing_empty",
            "fallbacks",
            "entry_points",
            "sites",
            "unreadable",
            "rejected",
        ):
            getattr(self, name).extend(getattr(other, name))  # fmt: skip


def entry_point_problems(settings: Settings) -> list[str]:
    """One line per configured entry point that the allow-list (the sources' base hosts) refuses."""
    hosts = HostMap(settings.sources)
    allowed = {netloc_of(s.base_url) for s in settings.sources}
    problems = []
    for source in settings.sources:
        for entry in source.entry_points:
            target = hosts.to_fetch(entry_url(source, entry))
            if netloc_of(target) not in allowed:
                problems.append(
                    f"sources.{source.name}: entry point {entry!r} is fetched from {netloc_of(target) or '?'}, "
                    f"which no source's base_url allows ({', '.join(sorted(allowed))})"
                )
    return problems


def discover(
    client: PoliteClient,
    settings: Settings,
    *,
    known: set[str],
    on_page: OnPage,
    on_items: OnItems | None = None,
) -> Discovery:
    """Follow every entry point's pagination (or, incrementally, until known episodes), and walk
    the enabled department websites.

    Entry points and sites are walked at once, ``[discovery] parallel_walks`` at a time, each
    request waiting for its host's turn on the client's scheduler. ``on_items`` (called from
    the walks' threads) gets each listing page's episode links as soon as they are read and
    admitted by the caps, so their pages can be fetched while discovery goes on. The result lists
    them in configuration order.

    Raises SettingsError before any request when an entry point is refused by the allow-list.
    """
    problems = entry_point_problems(settings)
    if problems:
        raise SettingsError("; ".join(problems))
    started = time.monotonic()
    hosts = HostMap(settings.sources)
    caps = ItemCaps(settings.discovery.max_items_per_entry_point, settings.discovery.max_items_per_host)
    walks: list[Callable[[], Discovery]] = [
        partial(
            _walk_entry_point,
            _Walk(client, settings, hosts, source.name, known, on_page, caps, url, on_items),
        )
        for source in settings.sources
        for url in (entry_url(source, e) for e in source.entry_points)
    ]
    sites = crawl_sites(settings, default_registry())
    with ExitStack() as stack:
        browser = stack.enter_context(Browser(settings)) if sites and settings.browser.enabled else None
        walks += [
            partial(_walk_site, client, settings, site, known, on_page, _CappedSite(caps, on_items), browser)
            for site in sites
        ]
        found = Discovery()
        for part in in_parallel(walks, settings.discovery.parallel_walks):
            found.absorb(part)
    found.items = unique_urls(found.items)
    found.capped, found.capped_items = caps.hits(), caps.dropped
    found.seconds = time.monotonic() - started
    return found


def _walk_entry_point(walk: _Walk) -> Discovery:
    walk.found.entry_points.append((walk.source, walk.entry, walk.run(walk.entry)))
    return walk.found


@dataclass(slots=True)
class _CappedSite:
    """A department website's links, as each list page gives them, through the run's caps (each
    website, by the host its lists are on, is one entry point for them); what is let in is kept
    and handed on to the crawl."""

    caps: ItemCaps
    on_items: OnItems | None
    kept: list[ListingItem] = field(default_factory=list)

    def __call__(self, items: list[ListingItem]) -> None:
        by_host: dict[str, list[ListingItem]] = {}
        for item in items:
            by_host.setdefault(netloc_of(item.found_on), []).append(item)
        admitted = [kept for host, some in by_host.items() for kept in self.caps.admit(host, some)]
        self.kept += admitted
        if self.on_items is not None and admitted:
            self.on_items(admitted)


def _walk_site(
    client: PoliteClient,
    settings: Settings,
    site: CrawlSite,
    known: set[str],
    on_page: OnPage,
    capped: _CappedSite,
    browser: Browser | None,
) -> Discovery:
    """One department website (scrapers/provinces/walk.py): items, pages, and its problems."""
    report, _ = walk_site(
        client, settings, site, known=known, on_page=on_page, on_items=capped, browser=browser
    )
    found = Discovery(items=capped.kept, listing_pages=report.listing_pages, sites=[report])
    # a department site is one more entry point for the run's verdict: reached unless walled or
    # broken; a page only a browser can read was reached (the run is Partial, not Failed)
    reached = report.outcome in ("ok", "empty", "listing_unreadable", "needs_browser")
    found.entry_points.append((f"province_{report.slug}", report.slug, reached))
    if report.outcome == "listing_unreadable":
        found.unreadable.append((report.slug, f"listing_unreadable: {report.reason}"))
    if report.outcome in ("blocked", "needs_browser", "failed"):
        bucket = found.failed if report.outcome == "failed" else found.blocked
        bucket.append((report.slug, f"{report.outcome}: {report.reason}"))
    return found


@dataclass(slots=True)
class _Walk:
    client: PoliteClient
    settings: Settings
    hosts: HostMap
    source: str
    known: set[str]
    on_page: OnPage
    caps: ItemCaps
    entry: str  # the entry point's URL, the key of its cap
    on_items: OnItems | None = None
    found: Discovery = field(default_factory=Discovery)

    def run(self, start: str) -> bool:
        """Walk one entry point's pages; True when at least its first page could be read."""
        queue, seen, pages, first_read = [start], set(), 0, False
        while queue and pages < self.settings.discovery.max_list_pages:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            page = self._fetch(url)
            if page is None:
                continue
            pages += 1
            first_read = first_read or url == start
            queue.extend(self._read(url, page, pages))
        return first_read

    def _fetch(self, url: str) -> FetchedPage | None:
        try:
            page = self.client.fetch(url, source=self.source, priority=Priority.LISTING)
        except FetchError as exc:
            bucket = (
                self.found.skipped
                if exc.kind in POLICY_REFUSALS
                else self.found.blocked
                if exc.status_code == 429
                else self.found.failed
            )
            bucket.append((url, str(exc)))
            return None
        self.on_page(page, self.source)
        self.found.listing_pages += 1
        if page.status_code >= 400:  # a 404/410 list is no listing, however its body reads
            self.found.failed.append((url, f"HTTP {page.status_code}"))
            return None
        return page

    def _read(self, url: str, page: FetchedPage, pages: int) -> tuple[str, ...]:
        read = read_listing(self.source, page.text, page.final_url)
        self.found.fallbacks.extend((url, self.source, name) for name in read.fallbacks)
        if read.rejected:
            self.found.rejected.append((url, rejected_note(read.rejected)))
            self.found.unreadable_values += len(read.rejected)
        if read.empty:
            self.found.listing_empty.append((url, self.source))
        listing = read.page
        if listing.status is not PageStatus.OK:
            bucket = self.found.blocked if listing.status is PageStatus.BLOCKED else self.found.failed
            bucket.append((url, listing.reason or str(listing.status)))
            return ()
        items = self.caps.admit(self.entry, [self._attribute(i) for i in listing.items])
        self.found.items.extend(items)
        if self.on_items is not None and items:
            self.on_items(items)
        if self.caps.full(self.entry):
            return ()  # its share is queued: its further pages would only be turned away
        return plan_next(
            listing,
            known_keys=self.known,
            incremental=self.settings.discovery.incremental,
            pages_seen=pages,
            max_pages=self.settings.discovery.max_list_pages,
        )

    def _attribute(self, item: ListingItem) -> ListingItem:
        """Credit an item to the source whose entry point found it; a link to another source's
        canonical host (a WeChat link on an MEE list) is that source's copy. A link onto a
        shared ``base_url`` is first mapped back through the finding source."""
        url = canonical_url(self.hosts.to_canonical(item.url, source=self.source))
        host = netloc_of(url)
        sources = self.settings.sources
        own = next(s for s in sources if s.name == self.source)
        owner = self.source
        if host != own.canonical_host.lower():
            owner = next((s.name for s in sources if s.canonical_host.lower() == host), self.source)
        family = FAMILIES.named(owner)
        return replace(item, url=url, source=family.name if family else item.source)


def known_identities(sources: Iterable[tuple[str, str | None]]) -> set[str]:
    """Discovery identities of loaded copies, from (url, WeChat biz:mid:idx) pairs: a listing
    whose items are all among them ends an incremental walk."""
    known: set[str] = set()
    for url, key in sources:
        known.add(f"url:{canonical_url(url)}")
        if key:
            known.add(f"wechat:{key}")
    return known
