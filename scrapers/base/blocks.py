"""HTML element -> paragraph blocks, shared by every HTML page family.

A block is the text of one block-level element (``p``, ``section``, ``div`` …) or of a run of
inline content between ``<br>``s, whitespace-collapsed and stripped (which also drops the
full-width-space indents of MEE pages). Elements hidden with ``display:none``, ``aria-hidden``
or ``hidden`` are skipped, as are scripts, styles and media players: what a reader sees is
what we keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PageElement, PreformattedString, Tag

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "button",
        "select",
        "textarea",
        "video",
        "audio",
        "mpvoice",
        "qqmusic",
        "mp-miniprogram",
        "mp-weapp",
        "amp-video",
    ]
)
MAX_DEPTH = 256  # libxml2's own default limit (lxml, trafilatura); no article layout nests deeper
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


class NestingTooDeep(ValueError):
    """A page whose body nests elements deeper than ``MAX_DEPTH`` (a hostile or broken page)."""


def soup_of(html: str) -> BeautifulSoup:
    """Parse ``html`` with lxml (the one parser every family uses)."""
    return BeautifulSoup(html, "lxml")


def is_hidden(tag: Tag) -> bool:
    """True for elements a browser would not show: ``display:none``, ``aria-hidden``, ``hidden``."""
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_DISPLAY_NONE.search(str(tag.get("style", ""))))


def element_blocks(root: Tag) -> tuple[str, ...]:
    """The visible paragraphs of ``root`` in reading order (the root's own style is ignored)."""
    lines: list[str] = []
    buffer: list[str] = []
    _walk(root, buffer, lines)
    _flush(buffer, lines)
    return tuple(lines)


def check_nesting(root: Tag, limit: int = MAX_DEPTH) -> None:
    """Raise ``NestingTooDeep`` when elements under ``root`` nest deeper than ``limit``
    (iteratively: the check itself must not hit Python's recursion limit)."""
    stack: list[Iterator[PageElement]] = [iter(root.children)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag):
            if len(stack) >= limit:
                raise NestingTooDeep(f"markup nested deeper than {limit} elements")
            stack.append(iter(child.children))


def html_blocks(html: str) -> tuple[str, ...]:
    """The paragraphs of an HTML fragment (e.g. thepaper's ``content`` string)."""
    soup = soup_of(f"<div>{html}</div>")
    root = soup.find("div")
    return element_blocks(root) if isinstance(root, Tag) else ()


def clean_text(text: str) -> str:
    """Collapse whitespace runs and drop zero-width characters; strip the ends."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def _walk(root: Tag, buffer: list[str], lines: list[str]) -> None:
    """Depth-first over ``root`` with an explicit stack (a page nested 100,000 levels deep must
    not hit Python's recursion limit); each stack entry remembers whether it closes a block."""
    stack: list[tuple[Iterator[PageElement], bool]] = [(iter(root.children), False)]
    while stack:
        children, closes_block = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if closes_block:
                _flush(buffer, lines)
            continue
        if isinstance(child, PreformattedString):  # comments, CDATA, doctype
            continue
        if isinstance(child, NavigableString):
            buffer.append(str(child))
            continue
        if not isinstance(child, Tag) or child.name in _SKIP_TAGS or is_hidden(child):
            continue
        if child.name == "br":
            _flush(buffer, lines)
            continue
        if len(stack) >= MAX_DEPTH:
            raise NestingTooDeep(f"markup nested deeper than {MAX_DEPTH} elements")
        is_block = child.name in _BLOCK_TAGS
        if is_block:
            _flush(buffer, lines)
        stack.append((iter(child.children), is_block))


def _flush(buffer: list[str], lines: list[str]) -> None:
    text = clean_text("".join(buffer))
    buffer.clear()
    if text:
        lines.append(text)
