"""A bare article body as plain text (family ``text``, or ``tw_mirror`` when the caller says so).

Example: a captured body such as ``mee_interviews/sample/pages/jiangxi-10.zh-Hant.txt`` (from
a Traditional mirror), given to ``mee-interviews parse PATH``.

Quirks handled: one line is one paragraph (blank lines and whitespace-only lines vanish,
``\\r\\n`` and a BOM are tolerated); there is no head metadata, so the title and dates stay
unknown here and ``scrapers.episode.structure`` finds the title in the first line or in the
"原标题" trailer. Mirror damage (split paragraphs, leftovers) is repaired later, not here.
"""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.articles.draft import ArticleDraft
from scrapers.base.blocks import clean_text


def parse_plaintext(text: str, url: str, *, family: str = SourceFamily.TEXT) -> ArticleDraft:
    """Split a plain-text body into paragraph blocks (one non-empty line each)."""
    lines = (clean_text(line) for line in text.lstrip("\ufeff").splitlines())
    return ArticleDraft(
        source=family, url=url, title=None, published_at=None, blocks=tuple(x for x in lines if x)
    )
