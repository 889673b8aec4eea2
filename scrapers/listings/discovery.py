"""Discovery logic, kept pure: where to go next, one item per page, the best source.

The crawl fetches, archives, reads every listing page (``scrapers.families.listing``: its
family's parser, then the generic rules), then calls :func:`plan_next`, and :func:`unique_urls`
once over everything found. Nothing here does I/O or reads the clock.

Identities: an item is ``wechat:<biz:mid:idx>`` when its URL (or a mirror path) reveals the
WeChat triple, else ``url:<canonical URL>``. MEE/ThePaper copies of an episode have their own
identities; they meet the WeChat original later, on the parsed episode key (province, number).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from models.records import ListingItem, ListingPage, PageStatus
from scrapers.base.urls import canonical_url, wechat_key


def rejected_note(rejected: Sequence[str], shown: int = 3) -> str:
    """``"N unreadable values skipped: a; b; c …"`` for the run summary (the first ``shown`` of them)."""
    more = " …" if len(rejected) > shown else ""
    return f"{len(rejected)} unreadable value{'s' if len(rejected) != 1 else ''} skipped: {'; '.join(rejected[:shown])}{more}"


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
