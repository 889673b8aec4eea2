"""ThePaper 澎湃号·政务 articles (family ``thepaper``).

Example: ``https://www.thepaper.cn/newsDetail_forward_30000000`` (mobile:
``https://m.thepaper.cn/detail/30000000``).

Quirks handled: the rendered classes are hashed CSS modules, so
everything is read from ``<script id="__NEXT_DATA__">`` →
``props.pageProps.detailData.contentDetail``: ``name`` (title), ``content`` (HTML body),
``publishTime`` (``YYYY-MM-DD HH:MM[:SS]`` in China time, or epoch milliseconds), ``author``,
and the 政务号 account in ``authorInfo.sname`` (or ``nodeInfo.name``). Broken or missing JSON
yields an empty draft, never an exception.
"""

from __future__ import annotations

import re
from datetime import datetime

from bs4.element import Tag

from models.records import SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import clean_text, element_blocks
from scrapers.base.dates import from_epoch, from_text
from scrapers.base.page import PageDoc, read_as

_CONT_ID = re.compile(r"(?:newsDetail_forward_|/detail/)(\d+)")


def parse_thepaper_article(html: str, url: str) -> ArticleDraft:
    """Read a thepaper article page into an ``ArticleDraft`` from its ``__NEXT_DATA__`` JSON."""
    return read_thepaper_article(read_as(html, url, SourceFamily.THEPAPER))


def body_root(doc: PageDoc) -> Tag | None:
    """The body HTML from ``contentDetail.content`` as a tree (None when the JSON has none)."""
    return doc.detail_fragment


def read_thepaper_article(doc: PageDoc) -> ArticleDraft:
    """``parse_thepaper_article`` on a page already read (its tree and JSON)."""
    detail = doc.content_detail
    author_info = detail.get("authorInfo") or {}
    node_info = detail.get("nodeInfo") or {}
    cont_id = _CONT_ID.search(doc.url)
    root = body_root(doc)
    return ArticleDraft(
        source=SourceFamily.THEPAPER,
        url=doc.url,
        title=clean_text(str(detail.get("name") or "")) or None,
        published_at=_published(detail.get("publishTime")),
        blocks=element_blocks(root) if root is not None else (),
        account=_str(author_info.get("sname")) or _str(node_info.get("name")),
        author=_str(detail.get("author")),
        meta=(("cont_id", cont_id.group(1)),) if cont_id else (),
    )


def _str(value: object) -> str | None:
    return (clean_text(value) or None) if isinstance(value, str) else None


def _published(value: object) -> datetime | None:
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        return from_epoch(value)
    return from_text(value) if isinstance(value, str) else None
