"""Family: ThePaper (澎湃) column lists, read from the page's Next.js data blob.

Example URL: https://www.thepaper.cn/list_25462  (items become
``https://www.thepaper.cn/newsDetail_forward_<contId>``)

Quirks handled: the rendered markup uses hashed CSS-module class names, so nothing is selected
from it; items come from ``<script id="__NEXT_DATA__">`` → ``props.pageProps.data.list[]``
(``contId``, ``name``, ``publishTime`` "YYYY-MM-DD HH:MM:SS" in China time, or ``pubTimeLong`` in
epoch milliseconds). Further pages are loaded by an API call, so a list page has no next URL.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bs4 import BeautifulSoup

from models.records import ListingItem, ListingPage, PageStatus, SourceFamily
from scrapers.families.dates import from_epoch, from_text
from scrapers.titles import parse_title

ARTICLE_URL = "https://www.thepaper.cn/newsDetail_forward_{cont_id}"


def _published(entry: dict[str, Any]) -> datetime | None:
    return from_text(str(entry.get("publishTime") or "")) or from_epoch(entry.get("pubTimeLong"))


def _item(entry: dict[str, Any], list_url: str) -> ListingItem | None:
    title = " ".join(str(entry.get("name") or "").split())
    cont_id = str(entry.get("contId") or "").strip()
    info = parse_title(title)
    if info is None or not cont_id.isdigit():
        return None
    return ListingItem(
        url=ARTICLE_URL.format(cont_id=cont_id),
        title=title,
        source=SourceFamily.THEPAPER,
        found_on=list_url,
        series_no=info.series_no,
        published_at=_published(entry),
    )


def _entries(html: str) -> list[Any] | None:
    script = BeautifulSoup(html, "lxml").select_one("script#__NEXT_DATA__")
    if script is None:
        return None
    try:
        data = json.loads(script.get_text())
    except ValueError:
        return None
    for key in ("props", "pageProps", "data", "list"):
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, list) else []


def parse_thepaper_list(html: str, url: str) -> ListingPage:
    """Column episodes listed in a ThePaper list page's ``__NEXT_DATA__``."""
    entries = _entries(html)
    if entries is None:
        return ListingPage(items=(), status=PageStatus.ERROR, reason="no readable __NEXT_DATA__ script")
    items = (_item(e, url) for e in entries if isinstance(e, dict))
    return ListingPage(items=tuple(i for i in items if i))
