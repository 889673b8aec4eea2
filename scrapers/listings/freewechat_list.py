"""Family: freewechat-style mirror account lists (freewechat.com, oteq.org/fwc, zh-Hant copies).

Example URL: https://freewechat.com/profile/<id>  (items link to ``/a/<__biz>/<mid>/<idx>``)

Quirks handled: each item is a ``.main`` block with ``h3 a``; the last ``.main`` is an unrendered
client-side template (``{{title}}``, ``/a/{{biz}}/…``) and is skipped; zh-Hant mirrors spell the
column 廳局長請回答; item URLs stay on the mirror (that is what gets fetched) but carry the WeChat
``biz:mid:idx`` key from their path, so they merge with the original. The next-page link is not
evidenced for these sites, so its selector and link texts are guesses to adjust
(``FREEWECHAT_LIST`` in ``scrapers.base.selectors``, where every selector here comes from).
"""

from __future__ import annotations

from datetime import datetime

from bs4 import BeautifulSoup, Tag

from models.records import ListingItem, ListingPage, SourceFamily
from scrapers.base.dates import from_text
from scrapers.base.selectors import FREEWECHAT_ITEM_CLASS, FREEWECHAT_LIST, FREEWECHAT_TEMPLATE_MARK
from scrapers.base.titles import parse_title
from scrapers.base.urls import resolve_link, wechat_key

NEXT_PAGE_SELECTOR = FREEWECHAT_LIST.next_page  # tried before the link texts


def _is_template(block: Tag | None) -> bool:
    return block is not None and FREEWECHAT_TEMPLATE_MARK in str(block)


def _date_of(block: Tag | None) -> datetime | None:
    node = block.select_one(FREEWECHAT_LIST.dates) if block else None
    return from_text(node.get_text(strip=True)) if node else None


def _item(a: Tag, list_url: str, source: str) -> ListingItem | None:
    block = a.find_parent(class_=FREEWECHAT_ITEM_CLASS)
    title = " ".join(a.get_text(" ", strip=True).split())
    info = parse_title(title)
    url = resolve_link(a.get("href"), list_url)
    if _is_template(block) or info is None or url is None:
        return None
    return ListingItem(
        url=url,
        title=title,
        source=source,
        found_on=list_url,
        series_no=info.series_no,
        published_at=_date_of(block),
        canonical_key=wechat_key(url),
    )


def next_page(soup: BeautifulSoup, list_url: str) -> tuple[str, ...]:
    """The list's next page: a ``NEXT_PAGE_SELECTOR`` link, else a link reading 下一页/下一頁."""
    anchors = soup.select(NEXT_PAGE_SELECTOR) or [
        a for a in soup.find_all("a") if a.get_text(strip=True) in FREEWECHAT_LIST.next_texts
    ]
    for a in anchors:
        href = a.get("href")
        url = None if FREEWECHAT_TEMPLATE_MARK in str(href) else resolve_link(href, list_url)
        if url is not None:
            return (url,)
    return ()


def parse_freewechat_list(
    html: str,
    url: str,
    *,
    source: str = SourceFamily.FREEWECHAT,
    soup: BeautifulSoup | None = None,
) -> ListingPage:
    """Column episodes on one mirror account list (template block skipped), and its next page.
    ``soup``: the page already parsed (the generic fallback reads the same tree)."""
    soup = BeautifulSoup(html, "lxml") if soup is None else soup
    items = (_item(a, url, source) for selector in FREEWECHAT_LIST.items for a in soup.select(selector))
    return ListingPage(items=tuple(i for i in items if i), next_urls=next_page(soup, url))
