"""Family: any listing page at all — the fallback when a family's own selectors find nothing.

Markup changes without notice on mirrors, so this reads every link: an anchor whose text or
``title`` names the column (厅局长请回答 / 廳局長請回答 with a circled or plain number) is an item,
wherever it sits, and so is an article record in the page's scripts whose title does
(``script_data``: lists a browser draws from ``var listData = {…}``). Pagination likewise: a link reading 下一页/下頁/next/›/» (or ``rel=next``), else
the link to ``index_{N+1}`` or ``?page={N+1}`` after the current page. Links are resolved against
the page URL; ``javascript:`` and in-page ``#`` links are dropped (``scrapers.base.urls.resolve_link``).
Every use of these rules is counted by ``scrapers.listings.discovery.read_listing``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

from bs4 import BeautifulSoup, Tag

from models.records import ListingItem
from scrapers.base.titles import TitleInfo, parse_title
from scrapers.base.urls import link_problem, resolve_link, wechat_key
from scrapers.listings.script_data import base_url, script_records

NEXT_TEXTS = frozenset({"下一页", "下一頁", "下页", "下頁", "next", "next page", "›", "»", ">", ">>"})
_INDEX_RE = re.compile(r"(?:^|/)index_(\d{1,9})\.s?html?$", re.ASCII)


def _anchors(soup: BeautifulSoup, page_url: str) -> Iterator[tuple[Tag, str]]:
    for a in soup.find_all("a"):
        url = resolve_link(a.get("href"), page_url)
        if url is not None:
            yield a, url


def unreadable_links(soup: BeautifulSoup, page_url: str) -> tuple[str, ...]:
    """One line per anchor whose ``href`` no URL parser reads (``scrapers.base.urls.link_problem``)."""
    problems = (link_problem(a.get("href"), page_url) for a in soup.find_all("a", href=True))
    return tuple(p for p in problems if p)


def link_count(soup: BeautifulSoup, page_url: str) -> int:
    """How many followable links the page has (``javascript:``/``#`` links do not count)."""
    return sum(1 for _ in _anchors(soup, page_url))


def _title(a: Tag) -> tuple[str, TitleInfo] | None:
    """The anchor's text or ``title`` attribute, whichever names an episode (the longer when both
    do: lists cut long link texts with "…" but keep the whole title in the attribute)."""
    attr = a.get("title")
    texts = (
        " ".join(a.get_text(" ", strip=True).split()),
        " ".join(attr.split()) if isinstance(attr, str) else "",
    )
    named = [(t, info) for t in texts if t and (info := parse_title(t)) is not None]
    return max(named, key=lambda pair: len(pair[0])) if named else None


def generic_items(soup: BeautifulSoup, page_url: str, source: str) -> tuple[ListingItem, ...]:
    """Every link on the page whose text or title names an episode of the column, once per URL."""
    items: dict[str, ListingItem] = {}
    for a, url in _anchors(soup, page_url):
        named = _title(a)
        if named is None or url in items:
            continue
        title, info = named
        items[url] = ListingItem(
            url=url,
            title=title,
            source=source,
            found_on=page_url,
            series_no=info.series_no,
            canonical_key=wechat_key(url),
        )
    base = base_url(soup, page_url)  # then records kept in scripts (a list drawn in the browser)
    for record in script_records(soup).links:
        found, link = parse_title(record.title), resolve_link(record.href, base)
        if found is not None and link is not None and link not in items:
            items[link] = ListingItem(
                link, record.title, source, page_url, found.series_no, canonical_key=wechat_key(link)
            )
    return tuple(items.values())


def _position(page_url: str) -> tuple[int, int]:
    """(index_N number, ?page= number) of the current page: page 1 is ``index`` / no parameter."""
    parts = urlsplit(page_url)
    m = _INDEX_RE.search(parts.path)
    page = dict(parse_qsl(parts.query)).get("page", "1")
    # ASCII digits only: "²".isdigit() is True and int("²") raises.
    return (int(m.group(1)) if m else 0, int(page) if page.isascii() and page.isdigit() else 1)


def _is_next(a: Tag, url: str, page_url: str) -> bool:
    rel: object = a.get("rel") or ()  # bs4 gives rel (a multi-valued attribute) as a list
    text = a.get_text(" ", strip=True).lower()
    if (
        (isinstance(rel, list | str) and "next" in rel)
        or text in NEXT_TEXTS
        or text.startswith(("下一页", "下一頁"))
    ):
        return True
    index, page = _position(page_url)
    parts = urlsplit(url)
    m = _INDEX_RE.search(parts.path)
    if m and int(m.group(1)) == index + 1:
        return True
    wanted = dict(parse_qsl(parts.query)).get("page")
    return wanted is not None and wanted == str(page + 1)


def generic_next(soup: BeautifulSoup, page_url: str) -> tuple[str, ...]:
    """The page after this one by the generic rules, or nothing."""
    for a, url in _anchors(soup, page_url):
        if url != resolve_link(page_url, page_url) and _is_next(a, url, page_url):
            return (url,)
    return ()
