"""Shared by the article-parsing tests: fixture paths, the sample pages and a test registry.

The 示例省 fixtures (``tests/files/articles/shili-*``) name a province that does not exist; tests
that want them parsed as episodes use ``registry_with_shili()``, which adds it to the real ones.
"""

from __future__ import annotations

from pathlib import Path

import mee_interviews
from scrapers.provinces import ProvinceScraper, Registry, default_registry

ARTICLES = Path(__file__).resolve().parents[1] / "files" / "articles"
SAMPLE_PAGES = Path(mee_interviews.__file__).resolve().parent / "sample" / "pages"
GOLDEN = Path(__file__).resolve().parents[1] / "golden"

SHILI = ProvinceScraper(
    slug="shili",
    name="示例省",
    short_name="示例省",
    code="990000",
    region="东部",
    department="示例省生态环境厅",
)


def registry_with_shili() -> Registry:
    """The real registry plus the fictional 示例省."""
    return Registry((*default_registry(), SHILI))


def article_text(name: str, encoding: str = "utf-8") -> str:
    """A fixture page from ``tests/files/articles`` as text."""
    return (ARTICLES / name).read_text(encoding=encoding)


def sample_text(name: str) -> str:
    """A bundled sample page from ``mee_interviews/sample/pages`` as text."""
    return (SAMPLE_PAGES / name).read_text(encoding="utf-8")
