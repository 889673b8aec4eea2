"""freewechat-style WeChat mirrors (family ``freewechat``), also when auto-converted to
Traditional Chinese (family ``tw_mirror``).

Example: ``https://freewechat.com/a/MzU3NjgyOTI3OA==/2247484970/3`` (the path carries the
original's ``__biz/mid/idx``); Traditional copies use the same layout under ``/zh-tw/a/…``.

Quirks handled: the WeChat ids survive (``#js_content``,
``#publish_time`` holding ``YYYY-MM-DD``, ``#js_name``); a "查看原文" link points at the
mp.weixin original and gives the canonical key when the path does not; images are
``<amp-img>`` and stale ``.js_img_placeholder`` images (no text, so no block); the ``<title>`` carries a
" - account - site" suffix. Traditional text (with the converter's leftovers) means
``tw_mirror``; unknown HTML layouts fall back to ``<article>`` or ``<body>`` as the body.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Tag

from models.records import SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import clean_text, element_blocks
from scrapers.base.dates import from_text
from scrapers.base.normalize import detect_script
from scrapers.base.page import PageDoc, first_match, first_text, read_as
from scrapers.base.selectors import FREEWECHAT_ARTICLE, FREEWECHAT_ORIGINAL_LINK_TEXTS
from scrapers.base.urls import unescape_url, wechat_key

_TITLE_SUFFIX = re.compile(r"\s+-\s+.*$")


def parse_freewechat_article(html: str, url: str) -> ArticleDraft:
    """Read a mirror page into an ``ArticleDraft`` (``tw_mirror`` when the text is Traditional)."""
    return read_freewechat_article(read_as(html, url, SourceFamily.FREEWECHAT))


def body_root(doc: PageDoc) -> Tag | None:
    """``#js_content``, else ``<article>`` (None when the page has neither)."""
    return first_match(doc, FREEWECHAT_ARTICLE.containers)


def read_freewechat_article(doc: PageDoc) -> ArticleDraft:
    """``parse_freewechat_article`` on a page already read (its one tree)."""
    soup = doc.soup
    url = doc.url
    root = body_root(doc) or soup.body
    blocks = element_blocks(root) if isinstance(root, Tag) else ()
    original = _original_link(soup)
    title = _title(doc)
    hant = detect_script(" ".join((title or "", *blocks))) == "hant"
    return ArticleDraft(
        source=SourceFamily.TW_MIRROR if hant else SourceFamily.FREEWECHAT,
        url=url,
        title=title,
        published_at=from_text(first_text(doc, FREEWECHAT_ARTICLE.dates)),
        blocks=blocks,
        account=first_text(doc, (FREEWECHAT_ARTICLE.account,)),
        author=first_text(doc, (FREEWECHAT_ARTICLE.author,)),
        canonical_key=_key(soup, original, url),
        meta=(("original_url", original),) if original else (),
    )


def _text(tag: object) -> str | None:
    return (clean_text(tag.get_text()) or None) if isinstance(tag, Tag) else None


def _title(doc: PageDoc) -> str | None:
    heading = first_text(doc, FREEWECHAT_ARTICLE.titles)
    if heading:
        return heading
    page_title = _text(doc.soup.title)
    return _TITLE_SUFFIX.sub("", page_title) if page_title else None


def _original_link(soup: BeautifulSoup) -> str | None:
    for anchor in soup.find_all("a", href=True):
        if (
            clean_text(anchor.get_text()) in FREEWECHAT_ORIGINAL_LINK_TEXTS
            or "mp.weixin.qq.com/s" in anchor["href"]
        ):
            return unescape_url(str(anchor["href"]))
    return None


def _key(soup: BeautifulSoup, original: str | None, url: str) -> str | None:
    canonical = soup.find("link", rel="canonical")
    candidates = (original, url, str(canonical.get("href", "")) if isinstance(canonical, Tag) else None)
    return next((key for link in candidates if link and (key := wechat_key(link))), None)
