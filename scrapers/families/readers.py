"""Which article reader reads a page: its family's, or the generic fallback (pure).

Each family declares its reader and body selector (``Family.reader``). When the family the page
was detected or configured as finds no body of its own and the page's title names a numbered
episode of the column, the generic main-content reader (``generic_article``) reads it instead.
Every copy records which reader read it (``ParsedPage.family`` → ``episode_sources.family``), so
each use of the fallback can be counted per run and per source.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from models.records import SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.articles.plaintext import parse_plaintext
from scrapers.base.page import PageDoc
from scrapers.base.titles import parse_title
from scrapers.families import FAMILIES, FamilyTable
from scrapers.families.family import ArticleReader
from scrapers.families.others import GENERIC
from scrapers.provinces import Registry
from scrapers.provinces.article import is_department_host


def choose_reader(doc: PageDoc, families: FamilyTable = FAMILIES) -> ArticleReader:
    """The family's reader when it finds its body on the page, else the generic reader for a
    page whose title names a numbered episode of the column (厅局长请回答⑩, 廳局長請回答10, …),
    else the family's reader anyway (it reports no body)."""
    reader = families[doc.family].reader
    if reader.body_root(doc) is None and parse_title(doc.title) is not None:
        return GENERIC.reader
    return reader


def department_family(url: str, registry: Registry) -> str | None:
    """``province`` for a page on a department's website (its unit's CMS family reads it), else
    None (the page's host or markup decides)."""
    return SourceFamily.PROVINCE if is_department_host(urlsplit(url).hostname or "", registry) else None


def read_draft(doc: PageDoc, choose: Callable[[PageDoc], ArticleReader]) -> tuple[str, ArticleDraft]:
    """The reader's name and its draft: plain text keeps the caller's family (``text`` unless it
    gave one); for HTML, ``choose`` picks the reader."""
    if not doc.is_html:
        return SourceFamily.TEXT, parse_plaintext(doc.text, doc.url, family=doc.forced or SourceFamily.TEXT)
    reader = choose(doc)
    return reader.family, reader.read(doc)
