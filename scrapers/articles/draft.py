"""``ArticleDraft``: what a page-family parser hands to ``scrapers.episode.structure``.

A draft is the page's article as published (title, dates, account, the body's paragraphs in
reading order and in the page's own script) before anything episode-specific is recognised.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """One article page reduced to metadata plus paragraph blocks (original script).

    ``meta`` keeps any further head metadata as ``(name, value)`` pairs (og tags, MEE
    ``ColumnName``, the original WeChat link of a mirror …) so nothing the page said is lost.
    """

    source: str  # the page's family name (``SourceFamily`` or a declared family)
    url: str
    title: str | None
    published_at: datetime | None
    blocks: tuple[str, ...]
    account: str | None = None
    author: str | None = None
    canonical_key: str | None = None
    original_title: str | None = None
    meta: tuple[tuple[str, str], ...] = ()

    def meta_value(self, name: str) -> str | None:
        """The first ``meta`` value called ``name`` (None when absent)."""
        return next((value for key, value in self.meta if key == name), None)
