"""Which family a page is: by its URL's path marker or host, else by its markup (pure).

The answers come from the one family table (``scrapers.families.FAMILIES``): ``family_for_host``
for discovery and crawl, ``detect_family`` when the markup must decide (local copies), and
``read_page``, which reads a page once with its family.
"""

from __future__ import annotations

import re

from models.records import SourceFamily
from scrapers.base.normalize import detect_script
from scrapers.base.page import PageDoc, looks_like_html
from scrapers.base.urls import wechat_key
from scrapers.families import FAMILIES, FamilyTable

_TAGS = re.compile(r"<[^>]*>")


def family_for_host(url: str, families: FamilyTable = FAMILIES) -> str | None:
    """The family ``url``'s host (or a path marker such as MEE's big5 gateway) stands for; None
    when unknown."""
    found = families.for_url(url)
    return found.name if found is not None else None


def detect_family(url: str, content_type: str | None, text: str, families: FamilyTable = FAMILIES) -> str:
    """The page family of a page: by host and path first, then by markup (for local copies)."""
    by_host = family_for_host(url, families)
    if by_host is not None:
        return by_host
    if (content_type and "text/plain" in content_type.lower()) or not looks_like_html(text):
        return SourceFamily.TEXT
    # a mirror path (/a/<biz>/<mid>/<idx>) copies WeChat markup but is never the WeChat original
    hant = detect_script(_TAGS.sub("", text)) == "hant"
    return families.by_markup(text, mirror_path=wechat_key(url) is not None, hant=hant)


def read_page(
    text: str,
    url: str,
    *,
    content_type: str | None = None,
    family: str | None = None,
    families: FamilyTable = FAMILIES,
) -> PageDoc:
    """Read a decoded page once; ``family`` (a configured source) overrides detection."""
    return PageDoc(url, text, family or detect_family(url, content_type, text, families), forced=family)
