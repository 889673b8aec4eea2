"""JSON channel search ``/common/search/<channelId>?_isJson=true&page=N``: 黑龙江, 甘肃, (湖南).

Answers look like ``{"data": {"results": [{"url", "title", "publishedTimeStr"}], "rows": N}}``.
Other department search back-ends answer similar JSON (TRS 海云 IGS ``page.content[]`` with
``title/url/trs_time``; ZCMS ``data.data[]`` with ``publishDate``), so the list parser walks
the document for the first array of objects that have a URL and a title, whatever its path.
Paging: ``page=N`` → ``N+1`` while the page is full and the total (``rows``/``total``) says
more remain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapers.provinces.cms.site import CmsSite, ListLink

URL_KEYS = ("url", "URL", "link", "docpuburl")
TITLE_KEYS = ("title", "DOCTITLE", "name")
DATE_KEYS = ("publishedTimeStr", "trs_time", "PUBDATE", "publishDate", "created_at", "pubDate")
TOTAL_KEYS = ("rows", "total", "totalElements", "totalCount")


class JsonSearchSite(CmsSite):
    """A site whose lists are JSON search answers (see the module docstring)."""

    family: ClassVar[str] = "json"
    title_selectors: ClassVar[tuple[str, ...]] = ("ucaptitle", "h1")
    date_selectors: ClassVar[tuple[str, ...]] = ("span.date b", "span.date")
    source_selectors: ClassVar[tuple[str, ...]] = ("span.ly b", "span.ly")
    body_selectors: ClassVar[tuple[str, ...]] = ("div.article_content", "#zoom", ".TRS_Editor")

    def list_links(self, text: str, url: str) -> list[ListLink]:
        rows = result_rows(_load(text))
        return [
            ListLink(_first(row, URL_KEYS), _first(row, TITLE_KEYS), _first(row, DATE_KEYS)) for row in rows
        ]

    def next_pages(self, text: str, url: str) -> tuple[str, ...]:
        data = _load(text)
        rows = result_rows(data)
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        if not rows or "page" not in query:
            return ()
        page = int(query["page"] or 1)
        size = int(query.get("_pageSize", len(rows)) or len(rows))
        total = next((v for k, v in _walk_items(data) if k in TOTAL_KEYS and isinstance(v, int)), None)
        if (total is not None and page * size >= total) or len(rows) < size:
            return ()
        query["page"] = str(page + 1)
        return (urlunsplit(parts._replace(query=urlencode(query))),)


def _load(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _first(row: dict[str, Any], keys: tuple[str, ...]) -> str:
    return next((str(row[k]) for k in keys if row.get(k)), "")


def _walk_items(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk_items(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_items(value)


def result_rows(data: Any) -> list[dict[str, Any]]:
    """The first array (depth-first) of objects that carry both a URL and a title."""
    candidates = [data] + [v for _k, v in _walk_items(data)]
    for value in candidates:
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            if any(_first(v, URL_KEYS) and _first(v, TITLE_KEYS) for v in value):
                return [v for v in value if _first(v, URL_KEYS)]
    return []
