"""Hanweb JCMS (大汉): 江苏, 浙江, 江西.

Lists ``/col/col<columnId>/index.html`` (Jiangxi: ``/jxssthjt/col/col<id>/index.html``) embed
their items as XML: ``<datastore><nextgroup>…</nextgroup><recordset><record><![CDATA[<li><a
href="/art/…" title="…">…</a><span>DATE</span></li>]]></record>…</recordset></datastore>``
(Zhejiang's records are ``<table>`` rows). Pages are ``?uid=<unitid>&pageNum=<n>`` on the column
URL; the walk asks for the next page while a page yields records and ``<totalrecord>`` (when
present) says more remain. Articles ``/art/YYYY/M/D/art_<columnId>_<docId>.html``: ``h1.title``,
``div.sub-title`` (发布时间：YYYY-MM-DD HH:MM), ``div.resource`` (信息来源：…), body ``div.zoom``
or ``#zoom``; Zhejiang's older ``table#article`` template has ``td.title``.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from scrapers.provinces.cms.datastore import datastore_links, datastore_total, records
from scrapers.provinces.cms.links import ListLink
from scrapers.provinces.cms.site import CmsSite

ARTICLE_HREF = re.compile(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html")
_PER_PAGE = re.compile(r"<(?:perpage|pagesize)>\s*(\d+)\s*</", re.IGNORECASE)
_UNIT_ID = re.compile(r"unitid=(\d+)")


class JcmsSite(CmsSite):
    """Hanweb JCMS: ``<datastore>`` lists, ``pageNum`` paging, ``/art/`` articles."""

    family: ClassVar[str] = "jcms"
    unit_id: ClassVar[str | None] = None  # the list's ``uid``; None: read ``unitid=`` from the page
    title_selectors: ClassVar[tuple[str, ...]] = ("h1.title", "td.title", "h1")
    date_selectors: ClassVar[tuple[str, ...]] = ("div.sub-title", "td span[style*='padding-left']")
    source_selectors: ClassVar[tuple[str, ...]] = ("div.resource", "div.sub-title")
    body_selectors: ClassVar[tuple[str, ...]] = ("div.zoom", "#zoom", "div.jgz_box")

    def list_links(self, text: str, url: str) -> list[ListLink]:
        return datastore_links(text) or []

    def next_pages(self, text: str, url: str) -> tuple[str, ...]:
        found = records(text)
        unit = self.unit_id or next(iter(_UNIT_ID.findall(text)), None)
        if not found or unit is None:
            return ()
        parts = urlsplit(url)
        query = dict(parse_qsl(parts.query))
        page = int(query.get("pageNum", "1") or 1)
        total, per_page = datastore_total(text), _PER_PAGE.search(text)
        if total is not None and page * int(per_page.group(1) if per_page else len(found)) >= total:
            return ()
        query.update(uid=unit, pageNum=str(page + 1))
        return (urlunsplit(parts._replace(query=urlencode(query))),)
