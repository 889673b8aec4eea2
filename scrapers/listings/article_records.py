"""Article records in data: the objects a list page or a list API keeps its articles in.

A record is a JSON/JS object with a title-like key and, to be read, a URL-like key. Sites spell
both in many ways: ``title``/``showTitle`` (which may hold ``<p>`` HTML)/``DOCTITLE``; ``url``/
``pcUrl``/``href``/``link``/``docpuburl``, or ``urls`` given as a JSON *string*
``{"pc": "/jxssthjt/col/col42150/content/content_<id>.html"}`` (the 2025 Jiangxi CMS); some list
APIs wrap each row in ``source`` (Jiangxi ``POST /queryList``: ``data.results[].source``). An
array of objects of which at least one has a title-like key is a list of records: the count of
such objects is what the page *held*, the ones with a URL are what could be *read*.

Column navigation (``crumbs``, channel trees) carries ``name``/``showName`` but no title key, so
it is not taken for articles. Pure: data in, links out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scrapers.base.blocks import clean_text, soup_of

TITLE_KEYS = ("title", "showTitle", "DOCTITLE", "docTitle", "Title")
URL_KEYS = ("url", "URL", "pcUrl", "href", "link", "linkUrl", "docpuburl", "urls")
DATE_KEYS = (
    "pubDate",
    "publishedTimeStr",
    "trs_time",
    "PUBDATE",
    "publishDate",
    "publishTime",
    "pubTime",
    "created_at",
    "date",
)
WRAPPER_KEYS = ("source", "_source", "data")  # a row whose record sits one level down


@dataclass(frozen=True, slots=True)
class RecordLink:
    """One article record read from data: its link as written (maybe relative), title, date text."""

    href: str
    title: str
    date: str = ""


@dataclass(frozen=True, slots=True)
class RecordList:
    """The records found in a document: how many it held and the ones that could be read."""

    held: int
    links: tuple[RecordLink, ...]


def unwrap(row: dict[str, Any]) -> dict[str, Any]:
    """The record itself: ``row`` or, when ``row`` has no title key, its ``source``-like child."""
    if any(k in row for k in TITLE_KEYS):
        return row
    inner = next((row[k] for k in WRAPPER_KEYS if isinstance(row.get(k), dict)), None)
    return inner if inner is not None and any(k in inner for k in TITLE_KEYS) else row


def is_record(row: Any) -> bool:
    """True for an object (possibly wrapped) that carries a non-empty title."""
    return isinstance(row, dict) and bool(record_title(unwrap(row)))


def record_title(row: dict[str, Any]) -> str:
    """The first non-empty title-like value, HTML (``showTitle``) reduced to its text."""
    for key in TITLE_KEYS:
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return clean_text(soup_of(value).get_text(" ")) if "<" in value else clean_text(value)
    return ""


def record_href(row: dict[str, Any]) -> str:
    """The first URL-like value; ``urls`` may be a dict or a JSON string of one (``pc`` first)."""
    for key in URL_KEYS:
        value = row.get(key)
        if key == "urls":
            value = _urls_value(value)
        if isinstance(value, str) and value.strip() and not value.startswith(("javascript:", "#")):
            return value.strip()
    return ""


def _urls_value(value: Any) -> str:
    if isinstance(value, str) and value.lstrip().startswith("{"):
        try:
            value = json.loads(value)
        except ValueError:
            return ""
    if isinstance(value, dict):
        found = value.get("pc") or next((v for v in value.values() if isinstance(v, str) and v), "")
        return found if isinstance(found, str) else ""
    return value if isinstance(value, str) else ""


def record_link(row: dict[str, Any]) -> RecordLink | None:
    """A record as a ``RecordLink``, or None when it has no title or no URL."""
    row = unwrap(row)
    title, href = record_title(row), record_href(row)
    if not title or not href:
        return None
    date = next((str(row[k]) for k in DATE_KEYS if row.get(k) not in (None, "")), "")
    return RecordLink(href=href, title=title, date=date)


def record_arrays(node: Any) -> Iterator[list[Any]]:
    """Every array (depth-first) holding at least one record."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            stack.extend(reversed(list(current.values())))
        elif isinstance(current, list):
            if any(is_record(v) for v in current):
                yield current
            else:
                stack.extend(reversed(current))


def records_in(documents: list[Any]) -> RecordList:
    """All records of ``documents`` (parsed JSON/JS values), each array counted once."""
    held, links = 0, list[RecordLink]()
    for doc in documents:
        for array in record_arrays(doc):
            rows = [v for v in array if is_record(v)]
            held += len(rows)
            links.extend(link for v in rows if (link := record_link(v)) is not None)
    return RecordList(held=held, links=tuple(links))
