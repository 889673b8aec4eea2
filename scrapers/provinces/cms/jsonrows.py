"""JSON list answers (channel searches, IGS, ZCMS, gkmlpt), read whatever their shape.

``data.results[]`` (UCAP ``/common/search``), ``data.results[].source`` (Jiangxi ``POST
/queryList``), ``page.content[]`` (TRS 海云 IGS), ``data.data[]`` (ZCMS), ``articles[]`` (gkmlpt):
the rows are article records as ``scrapers.listings.article_records`` reads them. Paging: the URL's ``page``/``pageIndex``/``pageNo`` goes up by one
while the page is full and the total (``rows``/``total``/…) says more remain.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapers.listings.article_records import is_record, record_arrays

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
    total = json_total(data)
    if (total is not None and page * size >= total) or len(rows) < size:
        return ()
    query[key] = str(page + 1)
    return (urlunsplit(parts._replace(query=urlencode(query))),)


def json_total(data: Any) -> int | None:
    """The answer's total row count (``rows``/``total``/…), when it says."""
    return next((v for k, v in _walk_items(data) if k in TOTAL_KEYS and isinstance(v, int)), None)


def _walk_items(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield key, value
            yield from _walk_items(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk_items(value)


def result_rows(data: Any) -> list[Any]:
    """The first array (depth-first) of article records (objects with a title, maybe wrapped)."""
    return [v for v in next(record_arrays(data), []) if is_record(v)]
