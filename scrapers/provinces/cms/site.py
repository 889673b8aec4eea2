"""The base of every CMS-family mixin: entry points, and article extraction by selector lists.

A province module subclasses one family (``TrsSite``, ``JcmsSite``, ``JsonSearchSite``,
``GenericSite``) and overrides only class attributes: its entry points and the selectors its
templates use. Every entry point and selector not confirmed by a real page is marked
UNCONFIRMED here and listed in docs/sources.md. Parsing is pure: text and URL in, records out.

Articles: head metas first (``ArticleTitle``/``PubDate``/``ContentSource``, which TRS and
Hanweb sites emit), then the site's selector lists, then the generic fallback (the largest
block of paragraphs); the draft's ``meta`` records which rule found the body
(``province_body`` = ``selector:<css>`` or ``fallback:largest-block``) so fallbacks are counted.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import ClassVar, Literal
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from bs4.element import Tag

from models.records import ListingItem, ListingPage, SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import clean_text, element_blocks, soup_of
from scrapers.base.dates import from_text
from scrapers.base.titles import parse_title
from scrapers.base.urls import canonical_url
from scrapers.provinces.cms.links import ListLink
from scrapers.provinces.cms.list_api import ListApi
from scrapers.provinces.cms.reading import SiteList, read_site_list


class EntryStatus(StrEnum):
    """What an entry point or selector rests on (units.toml ``status``; docs say UNCONFIRMED)."""

    CONFIRMED = "confirmed"  # a recorded page of the live site shows it
    UNCONFIRMED = "unconfirmed"  # seen only in others' crawler code or configuration, never fetched by us


CONFIRMED, UNCONFIRMED = EntryStatus.CONFIRMED, EntryStatus.UNCONFIRMED
MIN_BODY_CHARS = 20  # a selector that matches less text than this holds no body
_LABEL_PREFIXES = (
    "信息来源：",
    "信息来源:",
    "来源：",
    "来源:",
    "发布时间：",
    "发布时间:",
    "发布日期：",
    "发布日期:",
)


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """A page the walk starts from: a news column, or a site-search URL with ``{keyword}``."""

    path: str  # path and query under the site's base URL
    label: str  # the column's name on the site, e.g. 厅动态; or "site search"
    status: EntryStatus = UNCONFIRMED
    kind: Literal["column", "search"] = "column"
    recording: str = ""  # the recorded live page (tests/files/provinces/MANIFEST.toml) that confirms it

    @property
    def confirmed(self) -> bool:
        return self.status == CONFIRMED


class CmsSite(ABC):
    """A department website of one CMS family (see the module docstring)."""

    family: ClassVar[str] = "generic"
    entry_points: ClassVar[tuple[EntryPoint, ...]] = ()
    title_selectors: ClassVar[tuple[str, ...]] = ("h1",)
    date_selectors: ClassVar[tuple[str, ...]] = ()
    source_selectors: ClassVar[tuple[str, ...]] = ()
    body_selectors: ClassVar[tuple[str, ...]] = ()
    list_api: ClassVar[ListApi | None] = None  # a POST list API to page through (cms/list_api.py)
    about: ClassVar[str] = ""  # what the evidence says: example URLs, quirks, sources (units.toml)

    # -- lists ---------------------------------------------------------------------------------

    @abstractmethod
    def list_links(self, text: str, url: str) -> list[ListLink]:
        """The article links of one list page, in page order (each family's own rule)."""

    def list_rule(self, text: str, url: str) -> str:
        """Which rule read the list: "family"/"selector" (the site's markup) or "fallback" (generic)."""
        return "family"

    @abstractmethod
    def next_pages(self, text: str, url: str) -> tuple[str, ...]:
        """The list pages after this one (each family's own paging)."""

    def parse_list(self, text: str, url: str) -> ListingPage:
        """Every article link of a list page as a ``ListingItem`` credited to the province site.

        Structured data first, anchors last (``cms/reading.py``, which also says what the page
        held); ``next_urls`` are the GET pages after it (``read_list`` gives POSTs too).
        """
        read = self.read_list(text, url)
        items = tuple(self.listing_item(link, url) for link in read.links if link.href)
        gets = tuple(r.url for r in read.next_requests if r.form is None)
        return ListingPage(items=items, next_urls=gets)

    def read_list(self, text: str, url: str) -> SiteList:
        """The page's links, the requests after it and its yield (see ``cms/reading.py``)."""
        return read_site_list(self, text, url)

    @staticmethod
    def listing_item(link: ListLink, list_url: str) -> ListingItem:
        """A link of ``list_url`` as a ``ListingItem`` (absolute canonical URL, number from its title)."""
        info = parse_title(link.title)
        return ListingItem(
            url=canonical_url(urljoin(list_url, link.href)),
            title=link.title,
            source=SourceFamily.PROVINCE,
            found_on=list_url,
            series_no=info.series_no if info else None,
            published_at=from_text(link.date),
        )

    # -- articles ------------------------------------------------------------------------------

    def parse_article(self, text: str, url: str) -> ArticleDraft:
        """An article page as an ``ArticleDraft``: metas, then this site's selectors, then fallbacks."""
        return self.read_article(soup_of(text), url)

    def read_article(self, soup: BeautifulSoup, url: str) -> ArticleDraft:
        """``parse_article`` on a page already read into a tree (``scrapers.parse`` reads it once)."""
        blocks, rule = self.body_blocks(soup)
        return ArticleDraft(
            source=SourceFamily.PROVINCE,
            url=url,
            title=meta_content(soup, "ArticleTitle")
            or first_text(soup, self.title_selectors)
            or page_title(soup),
            published_at=self.published(soup),
            blocks=blocks,
            account=self.account(soup),
            author=meta_content(soup, "Author"),
            meta=(("province_family", self.family), ("province_body", rule)),
        )

    def account(self, soup: BeautifulSoup) -> str | None:
        """Who published it: the ``ContentSource`` meta, else the first source selector, unlabelled."""
        return meta_content(soup, "ContentSource") or unlabel(first_text(soup, self.source_selectors))

    def published(self, soup: BeautifulSoup) -> datetime | None:
        """Publication time: the ``PubDate`` meta, else the first date selector that holds a date."""
        found = from_text(meta_content(soup, "PubDate"))
        for selector in self.date_selectors:
            if found:
                break
            node = soup.select_one(selector)
            found = from_text(node.get_text(" ")) if isinstance(node, Tag) else None
        return found

    def body_root(self, soup: BeautifulSoup) -> tuple[Tag, str] | None:
        """The first of this site's body selectors holding a real body, and that selector."""
        for selector in self.body_selectors:
            root = soup.select_one(selector)
            if isinstance(root, Tag) and sum(map(len, element_blocks(root))) >= MIN_BODY_CHARS:
                return root, selector
        return None

    def body_blocks(self, soup: BeautifulSoup) -> tuple[tuple[str, ...], str]:
        """The body paragraphs and the rule that found them (a selector, or the fallback)."""
        found = self.body_root(soup)
        if found is not None:
            return element_blocks(found[0]), f"selector:{found[1]}"
        return largest_block(soup), "fallback:largest-block"


def meta_content(soup: BeautifulSoup, name: str) -> str | None:
    """The ``content`` of ``<meta name=…>``, whitespace-cleaned (None when absent or empty)."""
    tag = soup.find("meta", attrs={"name": name})
    value = clean_text(str(tag.get("content", ""))) if isinstance(tag, Tag) else ""
    return value or None


def first_text(soup: BeautifulSoup, selectors: tuple[str, ...]) -> str | None:
    """The text of the first selector that matches a non-empty element."""
    for selector in selectors:
        node = soup.select_one(selector)
        text = clean_text(node.get_text(" ")) if isinstance(node, Tag) else ""
        if text:
            return text
    return None


def page_title(soup: BeautifulSoup) -> str | None:
    """``<title>`` without the site-name suffix after ``_`` or ``|`` at its end."""
    title = clean_text(soup.title.get_text()) if isinstance(soup.title, Tag) else ""
    head, sep, _tail = title.rpartition("_")
    return (head if sep else title) or None


def unlabel(text: str | None) -> str | None:
    """``来源：江西省生态环境厅`` → ``江西省生态环境厅`` (labels the templates print before values)."""
    if not text:
        return None
    for prefix in _LABEL_PREFIXES:
        if prefix in text:
            text = text.split(prefix, 1)[1]
    # the value ends at the first space: templates print the date or 文号 after it
    return re.split(r"[\s\u3000]+", clean_text(text))[0] or None


def largest_block(soup: BeautifulSoup) -> tuple[str, ...]:
    """Generic body fallback: the element whose direct ``<p>`` children hold the most text."""
    best: tuple[int, Tag | None] = (0, None)
    parents = dict.fromkeys(p.parent for p in soup.find_all("p") if isinstance(p.parent, Tag))
    for parent in parents:
        size = sum(len(p.get_text()) for p in parent.find_all("p", recursive=False))
        if size > best[0]:
            best = (size, parent)
    return element_blocks(best[1]) if best[1] is not None else ()
