"""TRS WCM (拓尔思) static publishing: 天津, 山西, 内蒙古, 吉林, 福建, 山东, 广西, 西藏, 青海 …

Lists are static ``<column>/index.html``, ``index_1.html``, ``index_2.html`` …; the page count
is in a ``createPageHTML(count, current, "index", "html")`` call or ``var countPage = N``
script, else in the last ``div.page`` link (``index_(\\d+).html``). Articles live at
``<column>/YYYYMM/tYYYYMMDD_<docid>.html`` (``.htm``/``.shtml`` on some sites) and carry the
``ArticleTitle``/``PubDate``/``ContentSource`` metas; the body class differs per site
(``TRS_Editor``, ``TRS_UEDITOR``, ``TRS_PreAppend`` …), hence a selector list.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

from scrapers.base.blocks import soup_of
from scrapers.provinces.cms.links import ListLink, selected_links
from scrapers.provinces.cms.site import CmsSite

ARTICLE_HREF = re.compile(r"(?:^|/)t\d{8}_\d+\.s?html?$")
_CREATE_PAGE = re.compile(r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)")
_COUNT_PAGE = re.compile(r"var\s+countPage\s*=\s*['\"]?(\d+)")
_INDEX_N = re.compile(r"index_(\d+)\.(s?html?)")
_PAGE_OF_URL = re.compile(r"/index(?:_(\d+))?\.(s?html?)$")


class TrsSite(CmsSite):
    """TRS WCM: static list pages and t-date articles (see the module docstring)."""

    family: ClassVar[str] = "trs"
    list_item_selector: ClassVar[str] = ""  # the site's list anchors; "" = every t-date article link
    title_selectors: ClassVar[tuple[str, ...]] = ("h1", "h2")
    body_selectors: ClassVar[tuple[str, ...]] = (
        ".TRS_Editor",
        ".TRS_UEDITOR",
        ".TRS_PreAppend",
        ".Custom_UnionStyle",
    )

    def list_links(self, text: str, url: str) -> list[ListLink]:
        soup = soup_of(text)
        if self.list_item_selector:
            return selected_links(soup, self.list_item_selector)
        links = selected_links(soup, "a[href]")
        return [link for link in links if ARTICLE_HREF.search(urlsplit(link.href).path)]

    def next_pages(self, text: str, url: str) -> tuple[str, ...]:
        count = page_count(text)
        match = _PAGE_OF_URL.search(urlsplit(url).path)
        current = int(match.group(1) or 0) if match else 0
        ext = match.group(2) if match else "html"
        if count is None or current + 1 >= count:
            return ()
        return (urljoin(url, f"index_{current + 1}.{ext}"),)


def page_count(text: str) -> int | None:
    """The list's page count from TRS's paging script, else from its highest ``index_N`` link."""
    for pattern in (_CREATE_PAGE, _COUNT_PAGE):
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    numbers = [int(m.group(1)) for m in _INDEX_N.finditer(text)]
    return max(numbers) + 1 if numbers else None
