"""JSON list answers (channel searches, IGS, ZCMS, gkmlpt), read whatever their shape.

``data.results[]`` (UCAP ``/common/search``), ``page.content[]`` (TRS 海云 IGS), ``data.data[]``
(ZCMS), ``articles[]`` (gkmlpt): the rows are the first array of objects, depth-first, that
carry both a URL and a title. Paging: the URL's ``page``/``pageIndex``/``pageNo`` goes up by one
while the page is full and the total (``rows``/``total``/…) says more remain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapers.provinces.cms.site import ListLink

URL_KEYS = ("url", "URL", "link", "docpuburl")
TITLE_KEYS = ("title", "DOCTITLE", "name")
DATE_KEYS = ("publishedTimeStr", "trs_time", "PUBDATE", "publishDate", "created_at", "pubDate")
TOTAL_KEYS = ("rows", "total", "totalElements", "totalCount")
PAGE_KEYS = ("page", "pageIndex", "pageNo", "pageNum")
SIZE_KEYS = ("_pageSize", "pageSize", "perpage")


def load_json(text: str) -> Any:
    """The parsed document, or None when ``text`` is not JSON."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than any real answer
        return None


def json_links(data: Any) -> list[ListLink]:
    """Every result row of a JSON answer as a ``ListLink``."""
    return [
        ListLink(_first(r, URL_KEYS), _first(r, TITLE_KEYS), _first(r, DATE_KEYS)) for r in result_rows(data)
    ]


def json_next(data: Any, url: str) -> tuple[str, ...]:
    """The next page's URL while the answer says more rows remain (see the module docstring)."""
    rows = result_rows(data)
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    key = next((k for k in PAGE_KEYS if k in query), None)
    if not rows or key is None:
        return ()
    page = int(query[key] or 1)
    size_key = next((k for k in SIZE_KEYS if k in query), None)
    size = int(query[size_key]) if size_key and query[size_key].isdigit() else len(rows)
    total = next((v for k, v in _walk_items(data) if k in TOTAL_KEYS and isinstance(v, int)), None)
    if (total is not None and page * size >= total) or len(rows) < size:
        return ()
    query[key] = str(page + 1)
    return (urlunsplit(parts._replace(query=urlencode(query))),)


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
    for value in [data] + [v for _k, v in _walk_items(data)]:
        rows = value if isinstance(value, list) and value and all(isinstance(v, dict) for v in value) else []
        if any(_first(v, URL_KEYS) and _first(v, TITLE_KEYS) for v in rows):
            return [v for v in rows if _first(v, URL_KEYS)]
    return []
