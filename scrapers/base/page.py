"""One page, read once: its decoded text, its one tree, and its family (pure).

``read_page`` builds a ``PageDoc`` that classification (``scrapers.classify``) and the page
family's parser (``scrapers.articles.*_article``) share, so an article is parsed by
BeautifulSoup (lxml builder) once, not once per consumer. ThePaper pages carry their body as
an HTML string inside ``__NEXT_DATA__``; that fragment is a second, small tree, built once too.

The host → family table (``HOST_FAMILIES``) is the only one in the project: discovery and
crawl ask ``family_for_host`` instead of keeping their own.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from models.records import SourceFamily
from scrapers.base.blocks import clean_text, soup_of
from scrapers.base.normalize import detect_script
from scrapers.base.titles import COLUMN_NAMES
from scrapers.base.urls import wechat_key

# (host, family, exact): exact hosts first, then suffixes (subdomains included).
HOST_FAMILIES: tuple[tuple[str, SourceFamily, bool], ...] = (
    ("mp.weixin.qq.com", SourceFamily.WECHAT, True),
    ("big5.mee.gov.cn", SourceFamily.MEE_BIG5, True),
    ("mee.gov.cn", SourceFamily.MEE, False),
    ("thepaper.cn", SourceFamily.THEPAPER, False),
    ("freewechat.com", SourceFamily.FREEWECHAT, False),  # its /zh-tw/ copies: tw_mirror, by script
)
_BIG5_GATEWAY_PATH = "/gate/big5/"
_HTML_RE = re.compile(r"<(?:!doctype|html|head|body|div|p|section|meta|script)\b", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
# A selector naming one id and nothing else (``#js_content``): answered from ``PageDoc.ids``.
_ID_SELECTOR = re.compile(r"#(?P<id>[A-Za-z_][A-Za-z0-9_-]*)")


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than a plain-text body."""
    return _HTML_RE.search(text[:4096]) is not None


def family_for_host(url: str) -> SourceFamily | None:
    """The family ``url``'s host (or the MEE big5 gateway path) stands for; None when unknown."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if _BIG5_GATEWAY_PATH in parts.path:
        return SourceFamily.MEE_BIG5
    for name, family, exact in HOST_FAMILIES:
        if host == name or (not exact and host.endswith("." + name)):
            return family
    return None


def detect_family(url: str, content_type: str | None, text: str) -> SourceFamily:
    """The page family of a page: by host and path first, then by markup (for local copies)."""
    by_host = family_for_host(url)
    if by_host is not None:
        return by_host
    if (content_type and "text/plain" in content_type.lower()) or not looks_like_html(text):
        return SourceFamily.TEXT
    # a mirror path (/a/<biz>/<mid>/<idx>) copies WeChat markup but is never the WeChat original
    return _family_by_markup(text, wechat_key(url) is not None)


def _family_by_markup(text: str, mirror_path: bool) -> SourceFamily:
    hant = detect_script(_TAGS.sub("", text)) == "hant"
    if not mirror_path and 'id="__NEXT_DATA__"' in text and "contentDetail" in text:
        return SourceFamily.THEPAPER
    if not mirror_path and re.search(r"""id=["']?js_article\b|var\s+msg_title\b""", text):
        return SourceFamily.WECHAT
    if re.search(r'name="ArticleTitle"|class=["\']?TRS_Editor|content_body_box', text):
        return SourceFamily.MEE_BIG5 if hant else SourceFamily.MEE
    return SourceFamily.TW_MIRROR if hant else SourceFamily.FREEWECHAT


class PageDoc:
    """A page read once: everything derived from it (the tree, ThePaper's JSON and its body
    fragment, the title) is computed at most once, on first use."""

    def __init__(self, url: str, text: str, family: SourceFamily, forced: SourceFamily | None = None):
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


def names_column(text: str) -> bool:
    """True when ``text`` names the column in either script."""
    return any(name in text for name in COLUMN_NAMES)


def read_page(
    text: str,
    url: str,
    *,
    content_type: str | None = None,
    family: SourceFamily | None = None,
) -> PageDoc:
    """Read a decoded page once; ``family`` (a configured source) overrides detection."""
    return PageDoc(url, text, family or detect_family(url, content_type, text), forced=family)
