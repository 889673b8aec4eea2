"""One page, read once: its decoded text, its one tree, and its family's name (pure).

A ``PageDoc`` is shared by classification (``scrapers.classify``) and the page family's reader
(``scrapers.articles.*_article``), so an article is parsed by BeautifulSoup (lxml builder) once,
not once per consumer. ThePaper pages carry their body as an HTML string inside
``__NEXT_DATA__``; that fragment is a second, small tree, built once too. Which family a page is
is decided above this layer (``scrapers.families.detect.read_page``); ``read_as`` reads a page
as a family its caller names.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from typing import Any

from bs4 import BeautifulSoup
from bs4.element import Tag

from scrapers.base.blocks import clean_text, soup_of
from scrapers.base.titles import COLUMN_NAMES

_HTML_RE = re.compile(r"<(?:!doctype|html|head|body|div|p|section|meta|script)\b", re.IGNORECASE)
# A selector naming one id and nothing else (``#js_content``): answered from ``PageDoc.ids``.
_ID_SELECTOR = re.compile(r"#(?P<id>[A-Za-z_][A-Za-z0-9_-]*)")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than a plain-text body."""
    return _HTML_RE.search(text[:4096]) is not None


class PageDoc:
    """A page read once: everything derived from it (the tree, ThePaper's JSON and its body
    fragment, the title) is computed at most once, on first use."""

    def __init__(self, url: str, text: str, family: str, forced: str | None = None):
        self.url = url
        self.text = text
        self.family = family
        self.forced = forced  # the caller's family (a configured source), when it gave one
        self.is_html = looks_like_html(text)
        self._selected: dict[str, Tag | None] = {}

    @cached_property
    def soup(self) -> BeautifulSoup:
        """The page's one tree, built on first use (a plain-text body never needs it)."""
        return soup_of(self.text)

    @cached_property
    def ids(self) -> dict[str, Tag]:
        """``id`` → the first element carrying it, in document order: one walk of the tree
        answers every lookup by id, where each ``find(id=…)`` scanned it anew (to its end when
        the id is absent, as ``js_author_name`` often is)."""
        found: dict[str, Tag] = {}
        for element in self.soup.descendants:
            if isinstance(element, Tag):
                key = element.attrs.get("id")
                if isinstance(key, str):
                    found.setdefault(key, element)
        return found

    def element_by_id(self, key: str) -> Tag | None:
        """``soup.find(id=key)``: the first element whose ``id`` is ``key``."""
        return self.ids.get(key)

    def select_first(self, selector: str) -> Tag | None:
        """``soup.select_one(selector)``, remembered per selector (classification, the choice of
        reader and the reader each look for the same body container); an id selector is looked up in ``ids``."""
        if selector not in self._selected:
            by_id = _ID_SELECTOR.fullmatch(selector)
            found = self.element_by_id(by_id["id"]) if by_id else self.soup.select_one(selector)
            self._selected[selector] = found if isinstance(found, Tag) else None
        return self._selected[selector]

    @cached_property
    def content_detail(self) -> dict[str, Any]:
        """ThePaper's ``props.pageProps.detailData.contentDetail``, or ``{}`` when absent/broken."""
        if "__NEXT_DATA__" not in self.text:
            return {}
        script = self.soup.find("script", id="__NEXT_DATA__")
        if not isinstance(script, Tag):
            return {}
        try:
            detail = json.loads(script.string or "")["props"]["pageProps"]["detailData"]["contentDetail"]
        except (ValueError, KeyError, TypeError):
            return {}
        return detail if isinstance(detail, dict) else {}

    @cached_property
    def detail_fragment(self) -> Tag | None:
        """ThePaper's body HTML (from ``content_detail``) as a tree, wrapped in one ``div``."""
        content = str(self.content_detail.get("content") or "")
        root = soup_of(f"<div>{content}</div>").find("div") if content else None
        return root if isinstance(root, Tag) else None

    @cached_property
    def metas(self) -> dict[tuple[str, str], str]:
        """``(attribute, key) → content`` of every ``<meta property|name=…>``, first one kept
        (one scan of the tree instead of one per lookup)."""
        found: dict[tuple[str, str], str] = {}
        for tag in self.soup.find_all("meta"):
            for attribute in ("property", "name"):
                key = tag.get(attribute)
                if isinstance(key, str) and key:
                    found.setdefault((attribute, key), clean_text(str(tag.get("content", ""))))
        return found

    def meta(self, key: str, attributes: tuple[str, ...] = ("property", "name")) -> str | None:
        """The content of the first ``<meta>`` whose ``property`` (then ``name``) is ``key``."""
        return next((v for a in attributes if (v := self.metas.get((a, key)))), None)

    @cached_property
    def title(self) -> str:
        """The page's title: the first of ``og:title``, ``h1``, ``h2`` and ``<title>`` that names
        the column (headings first: ``<title>`` often carries a site suffix), else the first found."""
        soup = self.soup
        found = [
            soup.find("meta", attrs={"property": "og:title"}),
            soup.find("h1"),
            soup.find("h2"),
            soup.title,
        ]
        texts = [
            str(tag.get("content", "")) if tag.name == "meta" else tag.get_text(" ")
            for tag in found
            if isinstance(tag, Tag)
        ]
        return next((t for t in texts if names_column(t)), texts[0] if texts else "")


def first_match(doc: PageDoc, selectors: tuple[str, ...]) -> Tag | None:
    """The first element matching one of ``selectors``, tried in order."""
    for selector in selectors:
        root = doc.select_first(selector)
        if root is not None:
            return root
    return None


def first_text(doc: PageDoc, selectors: tuple[str, ...]) -> str | None:
    """The text of the first of ``selectors``' elements whose text is not empty (None: none)."""
    for selector in selectors:
        found = doc.select_first(selector)
        text = clean_text(found.get_text()) if found is not None else ""
        if text:
            return text
    return None


def names_column(text: str) -> bool:
    """True when ``text`` names the column in either script."""
    return any(name in text for name in COLUMN_NAMES)


def read_as(text: str, url: str, family: str) -> PageDoc:
    """Read a decoded page as ``family`` (a family's own parser, given a string): no detection
    (``scrapers.families.detect.read_page`` detects the family)."""
    return PageDoc(url, text, family, forced=family)
