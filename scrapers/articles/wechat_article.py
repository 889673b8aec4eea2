"""WeChat official-account article pages (family ``wechat``).

Example: ``https://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMQ==&mid=2650000032&idx=1&sn=…`` or a
short link ``https://mp.weixin.qq.com/s/<token>``.

Quirks handled: the title comes from ``og:title`` before the rendered nodes
and the JS ``msg_title = '…'.html(false)``; the publish time is only in JS (``ct`` epoch seconds,
shown in +08:00; ``#publish_time`` is empty until scripts run); ``msg_link`` escapes ``&`` as
``\\x26amp;``; ``#js_content`` is hidden by an inline style (ignored), nests ``section``/``span
leaf`` several levels deep and carries ``display:none``/``aria-hidden`` decoys (dropped);
images keep their real URL in ``data-src``. ``#js_article`` marks a real article.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import datetime

from bs4.element import Tag

from models.records import SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import clean_text, element_blocks
from scrapers.base.dates import from_epoch, from_text
from scrapers.base.page import PageDoc, first_match, first_text, read_as
from scrapers.base.selectors import WECHAT_ARTICLE, WECHAT_REAL_ARTICLE
from scrapers.base.urls import unescape_url, wechat_key

_JS_VAR = re.compile(
    r"""var\s+(?P<name>\w+)\s*=\s*(?:htmlDecode\(|JsDecode\()?\s*(?P<q>["'])(?P<value>(?:\\.|(?!(?P=q)).)*)(?P=q)"""
)
_JS_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.DOTALL)
_JS_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}
_REAL_ARTICLE = re.compile(WECHAT_REAL_ARTICLE)
_BODY = WECHAT_ARTICLE.containers + WECHAT_ARTICLE.last_resort


def parse_wechat_article(html: str, url: str) -> ArticleDraft:
    """Read a WeChat article page into an ``ArticleDraft`` (pure; empty blocks when no body)."""
    return read_wechat_article(read_as(html, url, SourceFamily.WECHAT))


def body_root(doc: PageDoc) -> Tag | None:
    """The article body: ``#js_content``, or ``#js_article`` for picture posts."""
    return first_match(doc, _BODY)


def read_wechat_article(doc: PageDoc) -> ArticleDraft:
    """``parse_wechat_article`` on a page already read (its one tree)."""
    js = js_vars(doc.text)
    url = doc.url
    root = body_root(doc)
    return ArticleDraft(
        source=SourceFamily.WECHAT,
        url=url,
        title=_title(doc, js),
        published_at=_published(doc, js),
        blocks=element_blocks(root) if root is not None else (),
        account=first_text(doc, (WECHAT_ARTICLE.account,)) or js.get("nickname") or None,
        author=doc.meta("author")
        or doc.meta("og:article:author")
        or first_text(doc, (WECHAT_ARTICLE.author,)),
        canonical_key=_key(doc, js, url),
        meta=tuple(
            (name, value)
            for name, value in (
                ("og:url", doc.meta("og:url")),
                ("msg_link", unescape_url(js.get("msg_link", ""))),
                ("msg_source_url", js.get("msg_source_url", "")),
                ("description", doc.meta("og:description") or doc.meta("description")),
                ("item_show_type", js.get("item_show_type", "")),
                ("sn", js.get("sn", "")),
            )
            if value
        ),
    )


def js_vars(html: str) -> dict[str, str]:
    """The first value of every ``var name = "…"`` string in the page's inline scripts."""
    found: dict[str, str] = {}
    for match in _JS_VAR.finditer(html):
        found.setdefault(match["name"], html_lib.unescape(_js_unescape(match["value"])))
    return found


def is_wechat_article(html: str) -> bool:
    """True when the page carries ``#js_article`` (exporters' test for a real article)."""
    return _REAL_ARTICLE.search(html) is not None


def _js_unescape(value: str) -> str:
    def repl(m: re.Match[str]) -> str:
        code = m.group(1)
        if code[0] in "xu" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _JS_SIMPLE.get(code, code)

    return _JS_ESCAPE.sub(repl, value)


def _text_of(tag: object) -> str | None:
    return (clean_text(tag.get_text()) or None) if isinstance(tag, Tag) else None


def _title(doc: PageDoc, js: dict[str, str]) -> str | None:
    return (
        doc.meta("og:title")
        or first_text(doc, WECHAT_ARTICLE.titles)
        or clean_text(js.get("msg_title", ""))
        or _text_of(doc.soup.title)
    )


def _published(doc: PageDoc, js: dict[str, str]) -> datetime | None:
    return (
        from_epoch(js.get("ct"))
        or from_epoch(js.get("oriCreateTime"))
        or from_text(js.get("createTime"))
        or from_text(first_text(doc, WECHAT_ARTICLE.dates))
    )


def _key(doc: PageDoc, js: dict[str, str], url: str) -> str | None:
    biz, mid, idx = js.get("biz"), js.get("mid"), js.get("idx")
    if biz and mid and mid.isdigit() and idx and idx.isdigit():
        return f"{biz}:{mid}:{idx}"
    for link in (js.get("msg_link"), doc.meta("og:url"), url):
        key = wechat_key(link) if link else None
        if key:
            return key
    return None
