"""Article pages whose markup no family knows (family ``generic``): main text by trafilatura.

Used by ``scrapers.families.readers`` when the page's own family finds no body container and
the page's title names the column. trafilatura (rule-based pruning with readability/jusText
fallbacks; see docs/articles.md for the measurement against the unseen-layout fixtures) drops
navigation, ads, related-article lists and reader comments and returns the main text as
lines; each line is one block, so ``scrapers.episode.structure`` applies unchanged. Options:
``include_comments=False`` (reader comments never reach the answers), ``include_tables=False``
(a table *layout* would otherwise be rendered cell by cell, menus included), ``favor_recall``
(a short trailer line such as "编辑 | 李夏菁" must survive). No metadata extraction: htmldate
reads the clock, and parsing must not.

The title is the page's (``PageDoc.title``), the date the first date in the head metas or in
the lines before the first question; the source is the family the page was detected or
configured as (a mirror by script when nothing else is known).
"""

from __future__ import annotations

from datetime import datetime

from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import check_nesting, clean_text
from scrapers.base.dates import from_text
from scrapers.base.page import PageDoc
from scrapers.base.titles import QUESTION_RE

_DATE_METAS = ("article:published_time", "PubDate", "publishdate", "pubdate", "og:release_date")
_HEAD_LINES = 6  # a dateline sits right under the title, before the intro


def read_generic_article(doc: PageDoc) -> ArticleDraft:
    """Read any article page into an ``ArticleDraft`` with trafilatura (pure); raises
    ``NestingTooDeep`` for a page lxml would silently cut (it drops what sits deeper than 256 levels)."""
    import trafilatura  # ~0.1 s to import; only pages no family knows pay for it

    check_nesting(doc.soup)
    main = trafilatura.extract(
        doc.text,
        url=doc.url or None,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_recall=True,
        with_metadata=False,
        deduplicate=False,
    )
    title = clean_text(doc.title) or None
    lines = [clean_text(line) for line in (main or "").splitlines()]
    blocks = tuple(line for line in lines if line and line != title)
    return ArticleDraft(
        source=doc.family,
        url=doc.url,
        title=title,
        published_at=_published(doc, blocks),
        blocks=blocks,
    )


def _published(doc: PageDoc, blocks: tuple[str, ...]) -> datetime | None:
    for name in _DATE_METAS:
        found = from_text(doc.meta(name))
        if found:
            return found
    for line in blocks[:_HEAD_LINES]:
        if QUESTION_RE.match(line):
            break
        found = from_text(line) if len(line) <= 40 else None  # a dateline, not a sentence naming a year
        if found:
            return found
    return None
