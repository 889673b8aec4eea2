"""List-page helpers shared by the HTML families: anchors with their title and nearby date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup
from bs4.element import Tag

from scrapers.base.blocks import clean_text


@dataclass(frozen=True, slots=True)
class ListLink:
    """One link of a list page before it becomes a ``ListingItem``."""

    href: str
    title: str
    date: str = ""


DATE_RE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
MIN_TITLE_CHARS = 8  # shorter anchor texts are navigation (首页, 信息公开目录, 下一页 …), not headlines
_PAGE_EXT = re.compile(r"\.(?:s?html?|jsp|aspx?)$|/$", re.IGNORECASE)


def anchor_link(a: Tag) -> ListLink | None:
    """An ``<a>`` as a ``ListLink``: href, its ``title`` (else its text), a date near it."""
    href = a.get("href")
    title = clean_text(str(a.get("title") or "")) or clean_text(a.get_text(" "))
    if not isinstance(href, str) or not href.strip() or href.startswith(("javascript:", "#")):
        return None
    return ListLink(href=href.strip(), title=title, date=_date_near(a))


def _date_near(a: Tag) -> str:
    """The first date in the anchor's list item or table row, else in its parent or grandparent
    (lists that wrap title and date in sibling spans)."""
    holder = a.find_parent("li") or a.find_parent("tr")
    candidates = [holder] if holder is not None else [a.parent, a.parent.parent if a.parent else None]
    for node in candidates:
        match = DATE_RE.search(node.get_text(" ")) if isinstance(node, Tag) else None
        if match:
            return match.group(0)
    return ""


def selected_links(soup: BeautifulSoup, selector: str) -> list[ListLink]:
    """The links ``selector`` picks (each an ``<a>``, or an element holding one)."""
    out = []
    for node in soup.select(selector):
        a = node if node.name == "a" else node.find("a")
        link = anchor_link(a) if isinstance(a, Tag) else None
        if link:
            out.append(link)
    return out


def article_like_links(soup: BeautifulSoup, url: str) -> list[ListLink]:
    """Generic rule: same-host links to pages whose text reads like a headline."""
    host = urlsplit(url).netloc
    out = []
    for a in soup.find_all("a"):
        link = anchor_link(a)
        if link is None or len(link.title) < MIN_TITLE_CHARS:
            continue
        target = urlsplit(urljoin(url, link.href))
        if target.netloc == host and _PAGE_EXT.search(target.path) and target.path != urlsplit(url).path:
            out.append(link)
    return out


def next_link(
    soup: BeautifulSoup, url: str, texts: tuple[str, ...] = ("下一页", "下页", ">")
) -> tuple[str, ...]:
    """The page a 下一页 link points to (none when it points back at this page)."""
    for a in soup.find_all("a"):
        href = a.get("href")
        if a.get_text(strip=True) in texts and isinstance(href, str) and not href.startswith("javascript:"):
            target = urljoin(url, href)
            return (target,) if target != url else ()
    return ()
