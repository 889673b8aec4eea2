"""Walk the configured entry points through the polite client and collect episode links.

Network access goes through ``PoliteClient`` only; every listing response is handed to
``on_page`` (the archive) before it is parsed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from mee_interviews.settings import Settings
from models.records import FetchedPage, ListingItem, PageStatus, SourceFamily
from scrapers.discovery import parse_listing, plan_next, unique_urls
from scrapers.http import FetchError, PoliteClient
from scrapers.provinces.walk import SiteDiscovery, SiteReport, discover_department_sites
from scrapers.urls import canonical_url

OnPage = Callable[[FetchedPage, str], None]


@dataclass(slots=True)
class Discovery:
    """What a crawl of the entry points found, and what went wrong on the way."""

    items: list[ListingItem] = field(default_factory=list)
    listing_pages: int = 0
    blocked: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    sites: list[SiteReport] = field(default_factory=list)  # one per enabled department website


def discover(client: PoliteClient, settings: Settings, *, known: set[str], on_page: OnPage) -> Discovery:
    """Follow every entry point's pagination (or, incrementally, until known episodes)."""
    found = Discovery()
    for source in settings.sources:
        for url in source.entry_urls:
            _walk(client, settings, source.name, url, known=known, on_page=on_page, found=found)
    _add_department_sites(found, discover_department_sites(settings, known=known, on_page=on_page))
    found.items = unique_urls(found.items)
    return found


def _add_department_sites(found: Discovery, sites: SiteDiscovery) -> None:
    """Department websites (scrapers/provinces/walk.py): items, pages, and their problems."""
    found.items.extend(sites.items)
    found.listing_pages += sites.listing_pages
    found.sites = sites.reports
    for r in sites.reports:
        if r.outcome in ("blocked", "needs_browser", "failed"):
            (found.failed if r.outcome == "failed" else found.blocked).append(
                (r.slug, f"{r.outcome}: {r.reason}")
            )


def _walk(
    client: PoliteClient,
    settings: Settings,
    source: str,
    start: str,
    *,
    known: set[str],
    on_page: OnPage,
    found: Discovery,
) -> None:
    queue, seen, pages = [start], set(), 0
    while queue and pages < settings.discovery.max_list_pages:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        try:
            page = client.fetch(url)
        except FetchError as exc:
            (found.blocked if exc.status_code == 429 else found.failed).append((url, str(exc)))
            continue
        on_page(page, source)
        pages += 1
        found.listing_pages += 1
        listing = parse_listing(source, page.text, page.final_url)
        if listing.status != PageStatus.OK:
            found.blocked.append((url, listing.reason or str(listing.status)))
            continue
        found.items.extend(_attribute(item, source, settings) for item in listing.items)
        queue.extend(
            plan_next(
                listing,
                known_keys=known,
                incremental=settings.discovery.incremental,
                pages_seen=pages,
                max_pages=settings.discovery.max_list_pages,
            )
        )


def _attribute(item: ListingItem, listing_source: str, settings: Settings) -> ListingItem:
    """Credit an item to the configured source whose host it links to (a WeChat link on an MEE
    list is a WeChat copy), else to the source whose listing found it."""
    host = urlsplit(item.url).netloc.lower()
    owner = next((s.name for s in settings.sources if s.canonical_host == host), listing_source)
    family = SourceFamily.named(owner)
    return replace(item, source=family) if family else item


def known_identities(sources: Iterable[tuple[str, str | None]]) -> set[str]:
    """Discovery identities of loaded copies, from (url, WeChat biz:mid:idx) pairs: a listing
    whose items are all among them ends an incremental walk."""
    known: set[str] = set()
    for url, key in sources:
        known.add(f"url:{canonical_url(url)}")
        if key:
            known.add(f"wechat:{key}")
    return known
