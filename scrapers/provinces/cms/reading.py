"""Read one department list page, structured data first, and say what it held and what was read.

Order (every family): a **JSON** answer (channel searches, ``POST /queryList``), a Hanweb **XML**
``<datastore>``/``dataproxy.jsp`` answer, **script data** (``var listData = {articleList: […]}``,
relative links under ``<base href>``), and only then the family's **anchor** rules (its own
selectors, then the generic headline-link rule). The result carries a ``ListYield``: the form
that was read, how many article records or links the page *held*, how many became items, and,
when none did, the evidence that the page shows articles all the same (records in scripts, a
client-side list template, list markup): that page is ``listing_unreadable``, never a silent zero.
Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from scrapers.base.blocks import soup_of
from scrapers.listings.article_records import RecordLink, records_in
from scrapers.listings.script_data import base_url, list_templates, script_objects
from scrapers.provinces.cms.datastore import datastore_links, datastore_total
from scrapers.provinces.cms.jsonrows import json_next, json_total, load_json
from scrapers.provinces.cms.links import DATE_RE, ListLink
from scrapers.provinces.cms.list_api import ListApi, ListRequest, after_answer, after_page, page_params

SCRIPT, JSON, XML, ANCHORS, FALLBACK, NONE = "script", "json", "xml", "anchors", "fallback", "none"
EvidenceKind = Literal["", "script", "template", "markup"]
MIN_LIST_ROWS = 3  # dated links in one list element before it counts as visible list markup


class ListRules(Protocol):
    """What reading needs of a site (``cms.site.CmsSite`` is one): its anchor rules, its paging,
    its list API. A protocol, so that the site can read its lists here without a circle of imports."""

    @property
    def list_api(self) -> ListApi | None: ...

    def list_links(self, text: str, url: str) -> list[ListLink]: ...

    def list_rule(self, text: str, url: str) -> str: ...

    def next_pages(self, text: str, url: str) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class ListYield:
    """What one list page held and gave (see the module docstring)."""

    form: str  # script | json | xml | anchors | fallback | none
    held: int  # article records or links the page holds
    read: int  # of them, turned into items
    evidence: str = ""  # why a page that gave nothing visibly holds articles ("" if nothing shows)
    evidence_kind: EvidenceKind = ""  # records in a script, a client-side template, list rows

    @property
    def unreadable(self) -> bool:
        return self.read == 0 and bool(self.evidence)


@dataclass(frozen=True, slots=True)
class SiteList:
    """A list page read: its links (absolute or as written), the requests after it, its yield."""

    links: tuple[ListLink, ...]
    next_requests: tuple[ListRequest, ...]
    yield_: ListYield


def read_site_list(site: ListRules, text: str, key: str) -> SiteList:
    """Read ``text``, fetched as ``key`` (a URL, or ``<url>#POST?<form>``), by ``site``'s rules."""
    request = ListRequest.from_key(key)
    data = load_json(text)
    if data is not None:
        return _answer(site, request, JSON, records_in([data]).links, json_total(data), json_next(data, key))
    xml = datastore_links(text)
    if xml is not None:
        return _answer(site, request, XML, xml, datastore_total(text), site.next_pages(text, key))
    return _html(site, soup_of(text), text, request)


def _answer(
    site: ListRules,
    request: ListRequest,
    form: str,
    found: Sequence[RecordLink | ListLink],
    total: int | None,
    gets: tuple[str, ...],
) -> SiteList:
    links = tuple(ListLink(r.href, r.title, r.date) for r in found)
    api = site.list_api
    after = after_answer(api, request, len(links), total) if api and request.form is not None else None
    nexts = (after,) if after else tuple(ListRequest(u) for u in gets)
    return SiteList(links, nexts, ListYield(form, len(links), len(links)))


def _html(site: ListRules, soup: BeautifulSoup, text: str, request: ListRequest) -> SiteList:
    objects = script_objects(soup)
    records = records_in(objects)
    base = base_url(soup, request.url)
    if records.links:
        links = tuple(ListLink(urljoin(base, r.href), r.title, r.date) for r in records.links)
        form, held = SCRIPT, records.held
    else:
        links = tuple(site.list_links(text, request.url))
        form = (ANCHORS if site.list_rule(text, request.url) != "fallback" else FALLBACK) if links else NONE
        held = max(len(links), records.held)
    nexts = tuple(ListRequest(u) for u in site.next_pages(text, request.url))
    if site.list_api is not None and links:
        nexts = (
            *nexts,
            after_page(site.list_api, request.url, page_params(objects, site.list_api), len(links)),
        )
    nothing: tuple[EvidenceKind, str] = ("", "")
    kind, evidence = nothing if links else visible_articles(soup, records.held)
    return SiteList(links, nexts, ListYield(form, held, len(links), evidence, kind))


def visible_articles(soup: BeautifulSoup, script_held: int) -> tuple[EvidenceKind, str]:
    """(kind, why) a page that gave no link shows articles all the same; ("", "") when nothing shows."""
    if script_held:
        return "script", f"{script_held} article records in script data, none with a readable URL"
    templates = list_templates(soup)
    if templates:
        kind = templates[0].get("type") or templates[0].name
        return "template", f"a client-side list template ({kind}) and no article record in the HTML"
    rows = list_markup_rows(soup)
    if rows:
        return "markup", f"list markup with {rows} dated links that no rule read"
    return "", ""


def list_markup_rows(soup: BeautifulSoup) -> int:
    """Rows of the largest ``ul``/``table`` whose rows each hold a link and a date (0 if none)."""
    best = 0
    for holder in soup.find_all(["ul", "ol", "tbody", "table"]):
        rows = holder.find_all(["li", "tr"], recursive=False)
        dated = sum(1 for r in rows if r.find("a", href=True) is not None and DATE_RE.search(r.get_text(" ")))
        best = max(best, dated)
    return best if best >= MIN_LIST_ROWS else 0
