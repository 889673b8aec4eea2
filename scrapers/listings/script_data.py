"""Inline script data: article records a page keeps in ``<script>`` instead of in its markup.

Newer government CMSs (the 2025 Jiangxi site, see ``../shared/data/real-sites/``) print the list as
``var listData = {articleList: [{…}, …]};`` and let a client-side template draw it, so the HTML has
no article link at all. The scripts are read with **chompjs**, a maintained parser of JavaScript
object literals (unquoted keys, single quotes, trailing commas, ``JSON.parse('…')``) that finds
every object and array in a script; a regex over JS would break on the first nested brace or
quoted ``}``. Templates (``text/x-handlebars-template`` and friends) are skipped: they hold
placeholders, not data. Relative record URLs resolve against ``<base href>`` when the page has
one (Jiangxi: ``<base href="/jxssthjt/" />``). Pure.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import chompjs
from bs4 import BeautifulSoup
from bs4.element import Tag

from scrapers.listings.article_records import RecordList, records_in

DATA_SCRIPT_TYPES = frozenset(
    {"", "text/javascript", "application/javascript", "application/json", "application/ld+json", "module"}
)
TEMPLATE_TYPES = ("template", "handlebars", "x-tmpl", "x-jsrender", "text/html")
MAX_SCRIPT_CHARS = 2_000_000  # one inline script larger than this is not a list


def base_url(soup: BeautifulSoup, page_url: str) -> str:
    """The URL relative links resolve against: ``<base href>`` (itself relative to the page), else the page."""
    base = soup.find("base", href=True)
    href = base.get("href") if isinstance(base, Tag) else None
    return urljoin(page_url, href.strip()) if isinstance(href, str) and href.strip() else page_url


def script_objects(soup: BeautifulSoup) -> list[Any]:
    """Every object and array literal in the page's data scripts (templates skipped), in page order."""
    found: list[Any] = []
    for script in soup.find_all("script"):
        kind = str(script.get("type") or "").strip().lower()
        text = script.string or ""
        if kind not in DATA_SCRIPT_TYPES or len(text) > MAX_SCRIPT_CHARS or not ("{" in text or "[" in text):
            continue
        try:
            found.extend(chompjs.parse_js_objects(text))
        except ValueError:  # chompjs gave up on this script; others may still hold the list
            continue
    return found


def script_records(soup: BeautifulSoup) -> RecordList:
    """The article records held in the page's scripts (see ``article_records``)."""
    return records_in(script_objects(soup))


def list_templates(soup: BeautifulSoup) -> list[Tag]:
    """Client-side templates that draw a list of links (``<script type="text/x-handlebars-template">``
    holding ``<li>``/``<a>``): a page with one shows articles a plain HTTP client cannot see."""
    out = []
    for script in soup.find_all("script"):
        kind = str(script.get("type") or "").lower()
        body = script.string or ""
        if any(t in kind for t in TEMPLATE_TYPES) and "<a" in body and ("{{" in body or "<%" in body):
            out.append(script)
    for template in soup.find_all("template"):
        if template.find("a") is not None:
            out.append(template)
    return out
