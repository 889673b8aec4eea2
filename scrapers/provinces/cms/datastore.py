"""Hanweb JCMS ``<datastore>`` lists: the XML a JCMS list page embeds and ``dataproxy.jsp`` answers.

``<datastore><nextgroup>…</nextgroup><recordset><record><![CDATA[<li><a href="/art/…"
title="…">…</a><span>DATE</span></li>]]></record>…</recordset></datastore>``; ``<totalrecord>``
says how many records the whole list holds. Read by the JCMS family (``jcms.py``) and by every
family's list reading (``reading.py``), which tries a datastore before anchors. Pure.
"""

from __future__ import annotations

import re

from scrapers.base.blocks import soup_of
from scrapers.provinces.cms.links import ListLink, anchor_link

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.DOTALL | re.IGNORECASE)
_TOTAL = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>", re.IGNORECASE)


def datastore_links(text: str) -> list[ListLink] | None:
    """The links of a ``<datastore>`` (a list page's, or a ``dataproxy.jsp`` answer's); None when the
    text holds no ``<record>`` at all."""
    found = records(text)
    if not found:
        return None
    out = []
    for record in found:
        a = soup_of(record).find("a")
        link = anchor_link(a) if a is not None else None
        if link:
            out.append(ListLink(link.href, link.title, link.date.strip("()（）[]")))
    return out


def datastore_total(text: str) -> int | None:
    """``<totalrecord>`` of a datastore, when it says."""
    match = _TOTAL.search(text)
    return int(match.group(1)) if match else None


def records(text: str) -> list[str]:
    """The CDATA fragments of a JCMS ``<datastore>`` (one list item each), in order."""
    return _RECORD.findall(_COMMENT.sub("", text))
