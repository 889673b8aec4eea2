"""JSON channel search ``/common/search/<channelId>?_isJson=true&page=N``: 黑龙江, 甘肃, 湖南.

Answers look like ``{"data": {"results": [{"url", "title", "publishedTimeStr"}], "rows": N}}``
(read by ``cms/jsonrows.py``, which every family uses for JSON answers). Some sites of the family
serve the same column as HTML too (湖南 ``div.hy-list-text``): ``list_item_selector`` reads
those, else the generic headline-link rule (counted as a fallback).
"""

from __future__ import annotations

from typing import ClassVar

from scrapers.provinces.cms.generic import GenericSite


class JsonSearchSite(GenericSite):
    """A site whose lists are JSON search answers; its HTML lists are read like generic ones."""

    family: ClassVar[str] = "json"
    title_selectors: ClassVar[tuple[str, ...]] = ("ucaptitle", "h1")
    date_selectors: ClassVar[tuple[str, ...]] = ("span.date b", "span.date")
    source_selectors: ClassVar[tuple[str, ...]] = ("span.ly b", "span.ly")
    body_selectors: ClassVar[tuple[str, ...]] = ("div.article_content", "#zoom", ".TRS_Editor")
