"""JSON channel search ``/common/search/<channelId>?_isJson=true&page=N``: 黑龙江, 甘肃, 湖南.

Answers look like ``{"data": {"results": [{"url", "title", "publishedTimeStr"}], "rows": N}}``
(read by ``cms/jsonrows.py``, which every family uses for JSON answers). Some sites of the family
serve the same column as HTML too (湖南 ``div.hy-list-text``): ``list_item_selector`` reads
those, else the generic headline-link rule (counted as a fallback).
"""

from __future__ import annotations

from typing import ClassVar

from scrapers.families.blocks import soup_of
from scrapers.provinces.cms.links import article_like_links, next_link, selected_links
from scrapers.provinces.cms.site import CmsSite, ListLink


class JsonSearchSite(CmsSite):
    """A site whose lists are JSON search answers (see the module docstring)."""

    family: ClassVar[str] = "json"
    list_item_selector: ClassVar[str] = ""  # for the HTML lists some of these sites also serve
    title_selectors: ClassVar[tuple[str, ...]] = ("ucaptitle", "h1")
    date_selectors: ClassVar[tuple[str, ...]] = ("span.date b", "span.date")
    source_selectors: ClassVar[tuple[str, ...]] = ("span.ly b", "span.ly")
    body_selectors: ClassVar[tuple[str, ...]] = ("div.article_content", "#zoom", ".TRS_Editor")

    def list_links(self, text: str, url: str) -> list[ListLink]:
        soup = soup_of(text)
        picked = selected_links(soup, self.list_item_selector) if self.list_item_selector else []
        return picked or article_like_links(soup, url)

    def list_rule(self, text: str, url: str) -> str:
        if self.list_item_selector and selected_links(soup_of(text), self.list_item_selector):
            return "selector"
        return "fallback"

    def next_pages(self, text: str, url: str) -> tuple[str, ...]:
        return next_link(soup_of(text), url)
