"""MEE website articles (family ``mee``) and their Traditional big5 gateway copies (``mee_big5``).

Examples: ``https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml`` (template A,
栏目内页), ``https://www.mee.gov.cn/xxgk2018/xxgk/xxgk06/202502/t20250219_1100011.html``
(template B, 政府信息公开) and ``https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/…``.

Quirks handled: head metas ``ArticleTitle``/``PubDate``/``ContentSource``
are the best metadata; the body class is written unquoted (``class=TRS_Editor``); content sits
in ``.TRS_Editor`` → ``.content_body_box`` → ``.neiright_JPZ_GK_CP`` → ``.Custom_UnionStyle``;
paragraphs are indented with full-width spaces and questions are ``<b>`` run-in heads; template
B has a key/value table (``生成日期``) and a second, dialog ``h1`` ("即将离开…") to ignore. The
gateway keeps the markup and converts the text, so a gateway URL or Traditional text means
``mee_big5``.
"""

from __future__ import annotations

import re
from datetime import datetime

from bs4.element import Tag

from models.records import SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import clean_text, element_blocks
from scrapers.base.dates import from_text
from scrapers.base.normalize import detect_script
from scrapers.base.page import PageDoc, first_match, first_text, read_as
from scrapers.base.selectors import MEE_ARTICLE, MEE_DATE_TABLE, MEE_DIALOG_HEADING
from scrapers.base.urls import from_big5_gateway, is_big5_gateway

_SITE_SUFFIX = re.compile(r"\s*[_|-]\s*中华人民共和国生态环境部\s*$|\s*[_|-]\s*中華人民共和國生態環境部\s*$")
_DATE_LABEL = re.compile(
    r"(?:生成日期|发布日期|發布日期|成文日期)\s*[:：]?\s*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2})"
)


def parse_mee_article(html: str, url: str) -> ArticleDraft:
    """Read an MEE article page (either template, either script) into an ``ArticleDraft``."""
    return read_mee_article(read_as(html, url, SourceFamily.MEE))


def body_root(doc: PageDoc) -> Tag | None:
    """The first of the family's body containers (``MEE_ARTICLE.containers``) present on the page."""
    return first_match(doc, MEE_ARTICLE.containers)


def read_mee_article(doc: PageDoc) -> ArticleDraft:
    """``parse_mee_article`` on a page already read (its one tree)."""
    url = doc.url
    root = body_root(doc)
    blocks = element_blocks(root) if root is not None else ()
    gateway = is_big5_gateway(url) or "/gate/big5/" in url
    hant = detect_script("".join(blocks)) == "hant"
    metas = {name: _meta(doc, name) for name in ("ColumnName", "Url", "contentid", "catalogs")}
    return ArticleDraft(
        source=SourceFamily.MEE_BIG5 if gateway or hant else SourceFamily.MEE,
        url=url,
        title=_title(doc),
        published_at=_published(doc),
        blocks=blocks,
        account=_meta(doc, "ContentSource") or _meta(doc, "source"),
        author=_meta(doc, "Author") or _meta(doc, "author"),
        meta=tuple((k, v) for k, v in metas.items() if v)
        + ((("original_url", from_big5_gateway(url)),) if gateway else ()),
    )


def _text(tag: object) -> str | None:
    return (clean_text(tag.get_text()) or None) if isinstance(tag, Tag) else None


def _meta(doc: PageDoc, name: str) -> str | None:
    return doc.meta(name, ("name",))


def _title(doc: PageDoc) -> str | None:
    page_title = _text(doc.soup.title)
    headings = (_heading(doc, selector) for selector in MEE_ARTICLE.titles)
    return (
        _meta(doc, "ArticleTitle")
        or next((h for h in headings if h), None)
        or (_SITE_SUFFIX.sub("", page_title) if page_title else None)
    )


def _heading(doc: PageDoc, selector: str) -> str | None:
    """The text of the first ``selector`` element that is not template B's leave-site dialog."""
    found = [h for h in doc.soup.select(selector) if MEE_DIALOG_HEADING not in h.get_text()]
    return _text(found[0]) if found else None


def _published(doc: PageDoc) -> datetime | None:
    return (
        from_text(_meta(doc, "PubDate"))
        or from_text(_meta(doc, "publishdate"))
        or from_text(first_text(doc, MEE_ARTICLE.dates))
        or _labelled_date(doc)
    )


def _labelled_date(doc: PageDoc) -> datetime | None:
    """The date template B's key/value table gives (生成日期, 发布日期 …)."""
    box = doc.select_first(MEE_DATE_TABLE)
    boxed = _DATE_LABEL.search(box.get_text(" ")) if box else None
    return from_text(boxed.group(1)) if boxed else None
