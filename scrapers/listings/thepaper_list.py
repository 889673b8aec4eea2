"""Family: ThePaper (澎湃) column lists, read from the page's Next.js data blob.

Example URL: https://www.thepaper.cn/list_25462  (items become
``https://www.thepaper.cn/newsDetail_forward_<contId>``)

Quirks handled: the rendered markup uses hashed CSS-module class names, so nothing is selected
from it; items come from ``<script id="__NEXT_DATA__">`` → ``props.pageProps.data.list[]``
(``contId``, ``name``, ``publishTime`` "YYYY-MM-DD HH:MM:SS" in China time, or ``pubTimeLong`` in
epoch milliseconds); an entry that carries its own ``url``/``link`` (relative or absolute) is
resolved against the list page. Further pages are loaded by an API call, so a list page has no next URL.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup

from models.records import ListingItem, ListingPage, PageStatus, SourceFamily
from scrapers.base.dates import from_epoch, from_text
from scrapers.base.selectors import THEPAPER_DATA
from scrapers.base.titles import parse_title
from scrapers.base.urls import resolve_link

ARTICLE_URL = "https://www.thepaper.cn/newsDetail_forward_{cont_id}"


def _published(entry: dict[str, Any]) -> datetime | None:
    return from_text(str(entry.get("publishTime") or "")) or from_epoch(entry.get("pubTimeLong"))


def _item(entry: dict[str, Any], list_url: str) -> ListingItem | None:
    title = " ".join(str(entry.get("name") or "").split())
    cont_id = str(entry.get("contId") or "").strip()
    info = parse_title(title)
    url = _link(entry, cont_id, list_url)
    if info is None or url is None:
        return None
    return ListingItem(
        url=url,
        title=title,
        source=SourceFamily.THEPAPER,
        found_on=list_url,
        series_no=info.series_no,
        published_at=_published(entry),
    )


def _link(entry: dict[str, Any], cont_id: str, list_url: str) -> str | None:
    """The entry's own link (resolved against the list page: it may be relative), else the
    article URL its ``contId`` names."""
    own = entry.get("url") or entry.get("link")
    if own:
        return resolve_link(own, list_url)
    return ARTICLE_URL.format(cont_id=cont_id) if cont_id.isdigit() else None


def _entries(soup: BeautifulSoup) -> list[Any] | None:
    script = soup.select_one(THEPAPER_DATA)
    if script is None:
        return None
    try:
        data = json.loads(script.get_text())
    except (ValueError, RecursionError):  # not JSON, or nested deeper than any real page's
        return None
    for key in ("props", "pageProps", "data", "list"):
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, list) else []


def parse_thepaper_list(html: str, url: str, *, soup: BeautifulSoup | None = None) -> ListingPage:
    """Column episodes listed in a ThePaper list page's ``__NEXT_DATA__``.
    ``soup``: the page already parsed (the generic fallback reads the same tree)."""
    entries = _entries(BeautifulSoup(html, "lxml") if soup is None else soup)
    if entries is None:
        return ListingPage(items=(), status=PageStatus.ERROR, reason="no readable __NEXT_DATA__ script")
    items = (_item(e, url) for e in entries if isinstance(e, dict))
    return ListingPage(items=tuple(i for i in items if i))
