"""Which parser reads a list page: its family's listing, then the generic rules (pure).

The kind of a list page comes from the family table (``FamilyTable.listing``: a kind whose path
the URL matches, such as WeChat's albums, else the listing of the family its configured source
or its host names). Where that parser finds no item (or no next page), the generic rules of
``scrapers.listings.generic_list`` apply, and the run summary counts each use (``Fallback``).
Never raises: a bad link or value is skipped and listed in ``rejected``; a page no parser
survives is an ``error`` page with the reason, so one hostile page never ends a run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from bs4 import BeautifulSoup

from models.records import ListingPage, PageStatus, SourceFamily
from scrapers.families import FAMILIES, FamilyTable, Listing
from scrapers.listings.generic_list import generic_items, generic_next, link_count, unreadable_links

GENERIC_LIST = "generic_list"  # the kind of a list page no family's listing reads


class Fallback(StrEnum):
    """The generic rules a list page needed, as counted in the run summary."""

    ITEMS = "generic_items"  # links naming the column, where the family's parser found none
    PAGINATION = "generic_pagination"  # a next-page link, where the family's parser found none
    KIND = "generic_kind"  # no family reads the page at all


GENERIC_ITEMS, GENERIC_PAGINATION, GENERIC_KIND = Fallback.ITEMS, Fallback.PAGINATION, Fallback.KIND


@dataclass(frozen=True, slots=True)
class ListingRead:
    """One listing page as read: the parsed page, which generic fallbacks it needed, and whether it
    had links but no item and none of its family's rows (``listing_empty``: a markup nobody can
    read here, reported, never silent; a family list page of other news is not empty)."""

    page: ListingPage
    kind: str
    fallbacks: tuple[Fallback, ...] = ()
    empty: bool = False
    rejected: tuple[str, ...] = ()  # values skipped as unreadable: the page's own and its anchors'


def listing_kind(source_name: str, url: str, families: FamilyTable = FAMILIES) -> str:
    """The kind of listing ``url`` is (``generic_list`` when no family's listing reads it)."""
    found = families.listing(source_name, url)
    return found.kind if found is not None else GENERIC_LIST


def parse_listing(source_name: str, text: str, url: str) -> ListingPage:
    """Parse one fetched listing page: its family's parser, then the generic fallbacks."""
    return read_listing(source_name, text, url).page


def read_listing(source_name: str, text: str, url: str, families: FamilyTable = FAMILIES) -> ListingRead:
    """Parse one listing page with its kind's parser, then the generic rules where it found
    nothing (see the module docstring)."""
    listing = families.listing(source_name, url)
    kind = listing.kind if listing is not None else GENERIC_LIST
    try:
        return _read(listing, families, text, url)
    except Exception as exc:  # the parsers' boundary, like scrapers.parse.parse_page's
        failed = ListingPage(
            items=(), status=PageStatus.ERROR, reason=f"listing parser error: {type(exc).__name__}: {exc}"
        )
        return ListingRead(failed, kind)


def _read(listing: Listing | None, families: FamilyTable, text: str, url: str) -> ListingRead:
    if listing is not None and listing.json:  # a JSON answer has no anchors to fall back on
        page = listing.parse(text, url)
        return ListingRead(page, listing.kind, rejected=page.rejected)
    soup = BeautifulSoup(text, "lxml")  # once: the family parser and the fallbacks share the tree
    page = listing.parse(text, url, soup=soup) if listing is not None else ListingPage(items=())
    read = _with_fallbacks(listing, families, page, soup, url)
    return replace(read, rejected=page.rejected + unreadable_links(soup, url))


def _with_fallbacks(
    listing: Listing | None, families: FamilyTable, page: ListingPage, soup: BeautifulSoup, url: str
) -> ListingRead:
    kind = listing.kind if listing is not None else GENERIC_LIST
    need_items, need_next = not page.items, not page.next_urls
    if page.status is PageStatus.BLOCKED or not (need_items or need_next):
        return ListingRead(page, kind)
    fallbacks: list[Fallback] = [Fallback.KIND] if listing is None else []
    source = families.owner(listing).name if listing is not None else SourceFamily.TEXT
    if need_items and (found := generic_items(soup, url, source)):
        page = replace(page, items=found, status=PageStatus.OK, reason="")
        fallbacks.append(Fallback.ITEMS)
    rows = listing.rows if listing is not None else ""
    empty = not page.items and not (rows and soup.select(rows)) and link_count(soup, url) > 0
    if empty:  # links, but neither family rows nor a link naming the column: reported, never silent
        page = replace(page, status=PageStatus.OK, reason="listing_empty")
    if need_next and page.status is PageStatus.OK and (following := generic_next(soup, url)):
        page = replace(page, next_urls=following)
        fallbacks.append(Fallback.PAGINATION)
    return ListingRead(page, kind, tuple(fallbacks), empty)
