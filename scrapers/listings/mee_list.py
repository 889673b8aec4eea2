"""Family: www.mee.gov.cn column lists (TRS WCM), directly or through the big5 gateway.

Example URLs:
  https://www.mee.gov.cn/ywdt/dfnews/              (page 1; also .../index.shtml)
  https://www.mee.gov.cn/ywdt/dfnews/index_3.shtml (page 4)
  https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/dfnews/

Quirks handled: items are ``ul.cjcx_danduimg_list > li`` with ``a.cjcx_biaobnan`` or
``a.cjcx_biaob`` and a ``span.cjcx_shijian`` date, or the plainer ``li > a + span.date``; hrefs are
relative (``./2025…``, ``../../xxgk2018/…``) or absolute http links into other columns; the page
count only exists in an inline script (``var countPage = N``), so page 1 lists every later page
(``index_1.shtml`` … ``index_{N-1}.shtml``, at most ``MAX_LATER_PAGES``) and later pages add none. Through the gateway, links
stay on the gateway (absolute simplified links are rewritten onto it) and titles may be Traditional.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from models.records import ListingItem, ListingPage, SourceFamily
from scrapers.base.dates import from_text
from scrapers.base.selectors import MEE_LIST
from scrapers.base.titles import parse_title
from scrapers.base.urls import (
    BIG5_GATEWAY_PREFIX,
    big5_gateway_url,
    canonical_url,
    is_big5_gateway,
    resolve_link,
)

_COUNT_PAGE_RE = re.compile(r"var\s+countPage\s*=\s*(\d+)", re.ASCII)
# Later pages listed at most: far more than any real list (MEE's columns show a few dozen) and than
# the crawl's own [discovery] max_list_pages; a page claiming 10,000,000 costs no more than this.
MAX_LATER_PAGES = 1000
_FIRST_PAGE_NAMES = ("", "index.shtml", "index.html", "index.htm")


def _links(soup: BeautifulSoup) -> Iterator[Tag]:
    seen: set[int] = set()
    for selector in MEE_LIST.items:
        for a in soup.select(selector):
            if id(a) not in seen:
                seen.add(id(a))
                yield a


def _date_of(a: Tag) -> datetime | None:
    li = a.find_parent("li")
    node = li.select_one(MEE_LIST.dates) if li else None
    return from_text(node.get_text(" ", strip=True)) if node else None


def _title_of(a: Tag) -> str:
    # TRS lists truncate long link text with "..."; the title attribute, when present, is whole.
    attr = a.get("title")
    text = a.get_text(" ", strip=True)
    full = attr if isinstance(attr, str) and len(attr.strip()) >= len(text) else text
    return " ".join(full.split())


def _resolve(href: object, list_url: str, via_gateway: bool) -> str | None:
    url = resolve_link(href, list_url)
    if url is None:
        return None
    if via_gateway and not is_big5_gateway(url) and (urlsplit(url).hostname or "").endswith("mee.gov.cn"):
        url = big5_gateway_url(url)
    return canonical_url(url)


def _item(a: Tag, list_url: str, via_gateway: bool) -> ListingItem | None:
    title = _title_of(a)
    info = parse_title(title)
    url = _resolve(a.get("href"), list_url, via_gateway)
    if info is None or url is None:
        return None
    return ListingItem(
        url=url,
        title=title,
        source=SourceFamily.MEE_BIG5 if via_gateway else SourceFamily.MEE,
        found_on=list_url,
        series_no=info.series_no,
        published_at=_date_of(a),
    )


def later_pages(html: str, url: str, *, limit: int = MAX_LATER_PAGES) -> tuple[str, ...]:
    """``index_1.shtml`` … ``index_{countPage-1}.shtml`` when ``url`` is page 1, else nothing; at
    most ``limit`` of them, counted before any is built."""
    parts = urlsplit(url)
    name = parts.path.rsplit("/", 1)[-1]
    m = _COUNT_PAGE_RE.search(html)
    if not m or (name not in _FIRST_PAGE_NAMES and "." in name):
        return ()
    # A bare directory without its trailing slash ("/ywdt/dfnews") is still page 1.
    base = url if name in _FIRST_PAGE_NAMES else parts._replace(path=parts.path + "/").geturl()
    digits = m.group(1).lstrip("0")
    count = limit + 1 if len(digits) > len(str(limit + 1)) else int(digits or 0)  # no 5,000-digit int()
    return tuple(urljoin(base, f"index_{k}.shtml") for k in range(1, min(count, limit + 1)))


def parse_mee_list(html: str, url: str, *, soup: BeautifulSoup | None = None) -> ListingPage:
    """Column episodes on one MEE list page, and (on page 1) every later page of the list.
    ``soup``: the page already parsed (the generic fallback reads the same tree)."""
    soup = BeautifulSoup(html, "lxml") if soup is None else soup
    # A gateway copy served from a local base URL keeps the /gate/big5/ path but not the host.
    via_gateway = is_big5_gateway(url) or BIG5_GATEWAY_PREFIX in urlsplit(url).path
    items = (_item(a, url, via_gateway) for a in _links(soup))
    return ListingPage(items=tuple(i for i in items if i), next_urls=later_pages(html, url))
