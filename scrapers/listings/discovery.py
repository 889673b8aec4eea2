"""Discovery logic, kept pure: which parser reads a listing, where to go next, and merging.

The flow fetches (``fetch_*``), archives, then calls :func:`parse_listing` and :func:`plan_next`
for every listing page, and :func:`unique_urls` once over everything found. Nothing here does
I/O or reads the clock.

Identities: an item is ``wechat:<biz:mid:idx>`` when its URL (or a mirror path) reveals the
WeChat triple, else ``url:<canonical URL>``. MEE/ThePaper copies of an episode have their own
identities; they meet the WeChat original later, on the parsed episode key (province, number).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from models.records import ListingItem, ListingPage, PageStatus, SourceFamily
from scrapers.listings.freewechat_list import ITEM_SELECTOR as FREEWECHAT_ROWS
from scrapers.listings.freewechat_list import parse_freewechat_list
from scrapers.listings.generic_list import generic_items, generic_next, link_count
from scrapers.listings.mee_list import ITEM_SELECTORS as MEE_ROWS
from scrapers.listings.mee_list import parse_mee_list
from scrapers.listings.thepaper_list import parse_thepaper_list
from scrapers.listings.wechat_album import parse_album_html, parse_album_json
from scrapers.urls import canonical_url, wechat_key

ListingParser = Callable[..., ListingPage]  # (text, url, *, soup=None) for HTML kinds

ALBUM_HTML = "album_html"
ALBUM_JSON = "album_json"
MEE_LIST = "mee_list"
FREEWECHAT_LIST = "freewechat_list"
THEPAPER_LIST = "thepaper_list"
GENERIC_LIST = "generic_list"

# Fallback names, as counted in the run summary.
GENERIC_ITEMS = "generic_items"
GENERIC_PAGINATION = "generic_pagination"
GENERIC_KIND = "generic_kind"


def _no_items(text: str, url: str, *, soup: BeautifulSoup | None = None) -> ListingPage:
    return ListingPage(items=())


LISTING_PARSERS: Mapping[str, ListingParser] = {
    ALBUM_HTML: parse_album_html,
    ALBUM_JSON: parse_album_json,
    MEE_LIST: parse_mee_list,
    FREEWECHAT_LIST: parse_freewechat_list,
    THEPAPER_LIST: parse_thepaper_list,
    GENERIC_LIST: _no_items,  # a source no family knows: the generic rules do all the work
}
_FAMILY_OF_KIND = {
    ALBUM_HTML: SourceFamily.WECHAT,
    ALBUM_JSON: SourceFamily.WECHAT,
    MEE_LIST: SourceFamily.MEE,
    FREEWECHAT_LIST: SourceFamily.FREEWECHAT,
    THEPAPER_LIST: SourceFamily.THEPAPER,
    GENERIC_LIST: SourceFamily.TEXT,
}
# The rows a family's list markup is made of, column episode or not: a page showing them is a page
# we can read (a news column page without an episode is normal), one without them is not.
_ROWS_OF_KIND = {
    ALBUM_HTML: "li.js_album_item",
    MEE_LIST: ", ".join(MEE_ROWS),
    FREEWECHAT_LIST: FREEWECHAT_ROWS,
    THEPAPER_LIST: "script#__NEXT_DATA__",
}

# Configured source name -> listing kind. The zh-Hant mirror lists seen so far are freewechat-style.
_KIND_BY_SOURCE = {
    "mee": MEE_LIST,
    "mee_big5": MEE_LIST,
    "freewechat": FREEWECHAT_LIST,
    "tw_mirror": FREEWECHAT_LIST,
    "thepaper": THEPAPER_LIST,
}
_KIND_BY_HOST = {"mee.gov.cn": MEE_LIST, "thepaper.cn": THEPAPER_LIST, "freewechat.com": FREEWECHAT_LIST}


def listing_kind(source_name: str, url: str) -> str:
    """The kind of listing ``url`` is, from its path (albums) or its configured source/host;
    ``generic_list`` when neither says (only the generic rules then read the page)."""
    parts = urlsplit(url)
    if parts.path.rstrip("/").endswith("/mp/appmsgalbum"):
        query = dict(p.partition("=")[::2] for p in parts.query.split("&"))
        return ALBUM_JSON if query.get("f") == "json" else ALBUM_HTML
    if source_name in _KIND_BY_SOURCE:
        return _KIND_BY_SOURCE[source_name]
    host = (parts.hostname or "").lower()
    for suffix, kind in _KIND_BY_HOST.items():
        if host == suffix or host.endswith("." + suffix):
            return kind
    return GENERIC_LIST


@dataclass(frozen=True, slots=True)
class ListingRead:
    """One listing page as read: the parsed page, which generic fallbacks it needed, and whether it
    had links but no item and none of its family's rows (``listing_empty``: a markup nobody can
    read here, reported, never silent; a family list page of other news is not empty)."""

    page: ListingPage
    kind: str
    fallbacks: tuple[str, ...] = ()
    empty: bool = False


def parse_listing(source_name: str, text: str, url: str) -> ListingPage:
    """Parse one fetched listing page: its family's parser, then the generic fallbacks."""
    return read_listing(source_name, text, url).page


def read_listing(source_name: str, text: str, url: str) -> ListingRead:
    """Parse one listing page with its kind's parser; where that finds no item (or no next page),
    apply the generic rules of ``scrapers.listings.generic_list`` and record that it did."""
    kind = listing_kind(source_name, url)
    if kind == ALBUM_JSON:  # a JSON answer has no anchors to fall back on
        return ListingRead(LISTING_PARSERS[kind](text, url), kind)
    soup = BeautifulSoup(text, "lxml")  # once: the family parser and the fallbacks share the tree
    page = LISTING_PARSERS[kind](text, url, soup=soup)
    need_items, need_next = not page.items, not page.next_urls
    if page.status is PageStatus.BLOCKED or not (need_items or need_next):
        return ListingRead(page, kind)
    fallbacks: list[str] = [GENERIC_KIND] if kind == GENERIC_LIST else []
    if need_items and (found := generic_items(soup, url, _FAMILY_OF_KIND[kind])):
        page = replace(page, items=found, status=PageStatus.OK, reason="")
        fallbacks.append(GENERIC_ITEMS)
    rows = _ROWS_OF_KIND.get(kind)
    empty = not page.items and not (rows and soup.select(rows)) and link_count(soup, url) > 0
    if empty:  # links, but neither family rows nor a link naming the column: reported, never silent
        page = replace(page, status=PageStatus.OK, reason="listing_empty")
    if need_next and page.status is PageStatus.OK and (following := generic_next(soup, url)):
        page = replace(page, next_urls=following)
        fallbacks.append(GENERIC_PAGINATION)
    return ListingRead(page, kind, tuple(fallbacks), empty)


def episode_identity(item: ListingItem) -> str | None:
    """``"wechat:<biz:mid:idx>"`` when the item reveals it, else ``"url:<canonical>"`` (None: no URL)."""
    key = item.canonical_key or wechat_key(item.url)
    if key:
        return f"wechat:{key}"
    return f"url:{canonical_url(item.url)}" if item.url.strip() else None


def _is_known(item: ListingItem, known_keys: set[str]) -> bool:
    url_identity = f"url:{canonical_url(item.url)}"
    return episode_identity(item) in known_keys or url_identity in known_keys


def plan_next(
    page: ListingPage, *, known_keys: set[str], incremental: bool, pages_seen: int, max_pages: int
) -> tuple[str, ...]:
    """The listing pages to fetch after ``page``.

    Follows pagination to its end, never past ``max_pages`` pages in all (``pages_seen`` counts
    this one). On an incremental run, a page whose column items are all in ``known_keys``
    (episode identities) ends the walk; a page without column items proves nothing and does not.
    """
    budget = max_pages - pages_seen
    if page.status is not PageStatus.OK or budget <= 0:
        return ()
    if incremental and page.items and all(_is_known(i, known_keys) for i in page.items):
        return ()
    return page.next_urls[:budget]


def unique_urls(items: Iterable[ListingItem]) -> list[ListingItem]:
    """One item per page to fetch, first seen first (items without a URL stay apart).

    On one host, the same WeChat biz/mid/idx is one page whatever its ``sn`` (the album's
    continuation page repeats its first item that way); other URLs collapse on their canonical
    form. Copies on different hosts (a mirror shares the original's biz/mid/idx) are all kept:
    each is fetched, so a gate on the original does not lose the episode, and every URL is
    recorded as a source when the parsed copies merge on (province, number).
    """
    unique: dict[str, ListingItem] = {}
    for n, item in enumerate(items):
        unique.setdefault(fetch_identity(item) or f"unkeyed:{n}", item)
    return list(unique.values())


def fetch_identity(item: ListingItem) -> str | None:
    """The page an item names, for telling two items apart (see ``unique_urls``); None without a URL."""
    if not item.url.strip():
        return None
    key = wechat_key(item.url)
    host = (urlsplit(item.url).hostname or "").lower()
    return f"{host}|wechat:{key}" if key else f"url:{canonical_url(item.url)}"


def choose_best(sources: Sequence[str], priority: Sequence[str]) -> str:
    """The source to take an episode's text from: first by configured ``priority``.

    Sources missing from ``priority`` rank after every listed one, in the order given.
    """
    if not sources:
        raise ValueError("choose_best needs at least one source")
    return min(sources, key=lambda s: (source_rank(s, priority), sources.index(s)))


def source_rank(source: str, priority: Sequence[str]) -> int:
    """Position of ``source`` in ``priority``; unlisted sources rank after every listed one."""
    name = str(source)
    return priority.index(name) if name in priority else len(priority)
