"""Which article reader reads a page: the known family's, or the generic fallback (pure).

Each family owns its body selector (``body_root``). When the family the page was detected or
configured as finds no body of its own and the page's title names a numbered episode of the column, the generic
main-content reader (``generic_article``) reads it instead. Every copy records which reader
read it (``ParsedPage.family`` → ``episode_sources.family``), so each use of the fallback can
be counted per run and per source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bs4.element import Tag

from models.records import ArticleFamily, SourceFamily
from scrapers.articles import (
    freewechat_article,
    generic_article,
    mee_article,
    thepaper_article,
    wechat_article,
)
from scrapers.articles.draft import ArticleDraft
from scrapers.base.page import PageDoc
from scrapers.base.titles import parse_title
from scrapers.provinces.article import department_body_root, read_department_article


@dataclass(frozen=True, slots=True)
class ArticleReader:
    """One article family: its body selector and its reader."""

    family: ArticleFamily
    body_root: Callable[[PageDoc], Tag | None]
    read: Callable[[PageDoc], ArticleDraft]


WECHAT = ArticleReader(ArticleFamily.WECHAT, wechat_article.body_root, wechat_article.read_wechat_article)
MEE = ArticleReader(ArticleFamily.MEE, mee_article.body_root, mee_article.read_mee_article)
MIRROR = ArticleReader(
    ArticleFamily.MIRROR, freewechat_article.body_root, freewechat_article.read_freewechat_article
)
THEPAPER = ArticleReader(
    ArticleFamily.THEPAPER, thepaper_article.body_root, thepaper_article.read_thepaper_article
)
PROVINCE = ArticleReader(ArticleFamily.PROVINCE, department_body_root, read_department_article)
GENERIC = ArticleReader(ArticleFamily.GENERIC, lambda doc: None, generic_article.read_generic_article)
READERS: dict[SourceFamily, ArticleReader] = {
    SourceFamily.WECHAT: WECHAT,
    SourceFamily.MEE: MEE,
    SourceFamily.MEE_BIG5: MEE,
    SourceFamily.FREEWECHAT: MIRROR,
    SourceFamily.TW_MIRROR: MIRROR,
    SourceFamily.THEPAPER: THEPAPER,
    SourceFamily.PROVINCE: PROVINCE,
    SourceFamily.TEXT: MIRROR,  # an HTML page called "text" by its caller: the most tolerant family
}


def choose_reader(doc: PageDoc) -> ArticleReader:
    """The family's reader when it finds its body on the page, else the generic reader for a
    page whose title names a numbered episode of the column (厅局长请回答⑩, 廳局長請回答10, …),
    else the family's reader anyway (it reports no body)."""
    reader = READERS[doc.family]
    if reader.body_root(doc) is None and parse_title(doc.title) is not None:
        return GENERIC
    return reader
