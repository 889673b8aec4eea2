"""Family: WeChat album (合集) listings, the first screen as HTML and the rest as JSON pages.

Example URLs:
  https://mp.weixin.qq.com/mp/appmsgalbum?__biz=<b64>&action=getalbum&album_id=<n>#wechat_redirect
  https://mp.weixin.qq.com/mp/appmsgalbum?__biz=<b64>&action=getalbum&album_id=<n>&count=10
      &begin_msgid=<msgid>&begin_itemidx=<idx>&f=json

Quirks handled: item links are ``http://`` with ``&amp;`` escapes, ``chksm`` and ``#rd`` (all
canonicalised away), or relative (``/s?__biz=…``) and protocol-relative, resolved against the album
URL; the HTML only holds the first screen, so its next page is the first JSON
page, built from its own URL and its last item; ``article_list`` is an object, not an array,
when a page holds one item; ``continue_flag`` is the string ``"0"``/``"1"``; a non-zero
``base_resp.ret`` or ``verify_status`` means the request was gated. A continuation page may
repeat the previous page's last item: ``scrapers.listings.discovery.unique_urls`` removes it.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bs4 import BeautifulSoup, Tag

from models.records import ListingItem, ListingPage, PageStatus, SourceFamily
from scrapers.base.dates import from_epoch
from scrapers.base.selectors import WECHAT_ALBUM, WECHAT_ALBUM_ITEM_TITLE
from scrapers.base.titles import parse_title
from scrapers.base.urls import WECHAT_HOST, link_problem, resolve_link, unescape_url, wechat_key

PAGE_SIZE = "10"
_GATE_MARKERS = ("环境异常", "访问过于频繁", "wappoc_appmsgcaptcha", "verify_redirect", "weixin110.qq.com")


def _item(url: str, title: str, found_on: str, created: object) -> ListingItem | None:
    info = parse_title(title)
    link = resolve_link(url, found_on)
    if info is None or link is None:
        return None
    return ListingItem(
        url=link,
        title=" ".join(title.split()),
        source=SourceFamily.WECHAT,
        found_on=found_on,
        series_no=info.series_no,
        published_at=from_epoch(str(created)) if created else None,
        canonical_key=wechat_key(link),
    )


def json_page_url(album_url: str, msgid: str, itemidx: str) -> str:
    """The getalbum JSON page that continues after item ``(msgid, itemidx)`` of ``album_url``."""
    parts = urlsplit(unescape_url(album_url))
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    params.update(action="getalbum", begin_msgid=msgid, begin_itemidx=itemidx, f="json")
    params.setdefault("count", PAGE_SIZE)
    scheme = "https" if parts.hostname == WECHAT_HOST else parts.scheme
    return urlunsplit((scheme, parts.netloc, parts.path, urlencode(params, safe="=/+"), ""))


def _html_title(li: Tag) -> str:
    title = li.get("data-title")
    if isinstance(title, str) and title.strip():
        return title
    node = li.select_one(WECHAT_ALBUM_ITEM_TITLE)
    return node.get_text(" ", strip=True) if node else ""


def _attr(tag: Tag, name: str) -> str:
    value = tag.get(name)
    return value.strip() if isinstance(value, str) else ""


def _created(li: Tag) -> str:
    node = li.select_one(WECHAT_ALBUM.dates)
    return node.get_text(strip=True) if node else ""


def parse_album_html(html: str, url: str, *, soup: BeautifulSoup | None = None) -> ListingPage:
    """Column episodes on the album's HTML page, and the first JSON page as the next URL.
    ``soup``: the page already parsed (the generic fallback reads the same tree)."""
    soup = BeautifulSoup(html, "lxml") if soup is None else soup
    rows = [li for selector in WECHAT_ALBUM.items for li in soup.select(selector)]
    if not rows:
        if any(marker in html for marker in _GATE_MARKERS):
            return ListingPage(items=(), status=PageStatus.BLOCKED, reason="WeChat verification gate")
        return ListingPage(items=(), status=PageStatus.ERROR, reason="no album items on the page")
    entries = [(_attr(li, "data-link"), _html_title(li), _created(li)) for li in rows]
    items = (_item(link, title, url, created) for link, title, created in entries)
    last = rows[-1]
    msgid, itemidx = _attr(last, "data-msgid"), _attr(last, "data-itemidx") or "1"
    next_urls = (json_page_url(url, msgid, itemidx),) if msgid else ()
    rejected = _rejected([(link, created) for link, _, created in entries], url)
    return ListingPage(items=tuple(i for i in items if i), next_urls=next_urls, rejected=rejected)


def _article_list(resp: dict[str, Any]) -> list[dict[str, Any]]:
    raw = resp.get("article_list") or []
    entries = [raw] if isinstance(raw, dict) else raw
    return [e for e in entries if isinstance(e, dict)]


def _blocked_reason(data: dict[str, Any], resp: dict[str, Any]) -> str:
    base = data.get("base_resp") or {}
    ret = str(base.get("ret", 0)).strip() or "0"
    if ret != "0":
        return f"base_resp.ret={ret} {base.get('errmsg', '')}".strip()
    verify = str(resp.get("verify_status", 0)).strip() or "0"
    return f"verify_status={verify}" if verify != "0" else ""


def _continues(resp: dict[str, Any]) -> bool:
    flag = resp.get("continue_flag")
    return str(flag).strip() not in ("", "0", "False", "false", "None")


def parse_album_json(text: str, url: str) -> ListingPage:
    """Column episodes on one getalbum JSON page, and the next page while ``continue_flag`` is set."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        return ListingPage(items=(), status=PageStatus.ERROR, reason=f"not JSON: {exc}")
    except RecursionError:  # a JSON document nested deeper than any real answer
        return ListingPage(items=(), status=PageStatus.ERROR, reason="not JSON we read: nested too deep")
    if not isinstance(data, dict):
        return ListingPage(items=(), status=PageStatus.ERROR, reason="getalbum answer is not an object")
    resp = data.get("getalbum_resp") or {}
    reason = _blocked_reason(data, resp)
    if reason:
        return ListingPage(items=(), status=PageStatus.BLOCKED, reason=reason)
    entries = _article_list(resp)
    fields = [
        (e.get("url") or e.get("content_url") or "", e.get("title") or "", e.get("create_time"))
        for e in entries
    ]
    items = [_item(link, str(title), url, created) for link, title, created in fields]
    rejected = _rejected([(link, created) for link, _, created in fields], url)
    return ListingPage(
        items=tuple(i for i in items if i), next_urls=_json_next(url, entries, resp), rejected=rejected
    )


def _rejected(pairs: list[tuple[object, object]], page_url: str) -> tuple[str, ...]:
    """One line per item link no URL parser reads and per impossible ``create_time``."""
    problems = [link_problem(link, page_url) for link, _ in pairs]
    problems += [_created_problem(created) for _, created in pairs]
    return tuple(p for p in problems if p)


def _created_problem(created: object) -> str | None:
    """Why a ``create_time`` cannot be a date ("nan", "1e20", not a number), or None (absent, or fine)."""
    text = str(created if created is not None else "").strip()
    if text in ("", "0") or from_epoch(text) is not None:
        return None
    return f"unreadable create_time {text[:40]!r}"


def _json_next(url: str, entries: list[dict[str, Any]], resp: dict[str, Any]) -> tuple[str, ...]:
    if not entries or not _continues(resp):
        return ()
    last = entries[-1]
    msgid, itemidx = str(last.get("msgid") or ""), str(last.get("itemidx") or "1")
    if not msgid:
        return ()
    current = dict(parse_qsl(urlsplit(unescape_url(url)).query))
    # A page whose last item is its own starting point would loop forever.
    if (current.get("begin_msgid"), current.get("begin_itemidx")) == (msgid, itemidx):
        return ()
    return (json_page_url(url, msgid, itemidx),)
