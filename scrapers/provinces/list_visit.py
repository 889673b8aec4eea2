"""One department list page: fetch (GET, or POST to a list API), archive, classify, read, and say
what it held — rendering it in Chromium when plain HTTP cannot read it.

Network only through ``PoliteClient`` and ``scrapers.fetch.browser`` (whose every request the
client admits). Each visit ends in a ``PageYield``: the form read (script data, JSON, XML,
anchors), the article records or links the page held, how many were read, how many were column
episodes, and the outcome:

- ``read``: items came out (``empty`` when the page holds nothing that looks like an article);
- ``listing_unreadable``: the page visibly holds articles (records in scripts, list markup) but
  no rule read one, with the evidence as the reason;
- ``needs_browser``: a JavaScript cookie challenge, an iframe shell or a list drawn by a
  client-side template, and no browser to render it (or the render still showed none);
- ``blocked`` / ``failed``: a WAF, a 429, an HTTP error, a fetch failure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from models.outcomes import ListOutcome
from models.records import FetchedPage, ListingItem
from scrapers.base.titles import COLUMN_NAMES
from scrapers.fetch.browser import Browser, BrowserUnavailable
from scrapers.fetch.hosts import HostMap
from scrapers.fetch.http import FetchError, PoliteClient
from scrapers.fetch.scheduler import Priority
from scrapers.provinces.cms.list_api import ListRequest
from scrapers.provinces.cms.reading import SiteList
from scrapers.provinces.hazards import BLOCKED, NEEDS_BROWSER, Hazard, access_hazard, list_hazard
from scrapers.provinces.sites import CrawlSite

OnPage = Callable[[FetchedPage, str], None]
READ: ListOutcome = "read"
EMPTY: ListOutcome = "empty"
UNREADABLE: ListOutcome = "listing_unreadable"
FAILED: ListOutcome = "failed"


@dataclass(frozen=True, slots=True)
class PageYield:
    """What one list page held and gave (see the module docstring)."""

    url: str
    outcome: ListOutcome
    form: str = "none"
    held: int = 0
    read: int = 0
    episodes: int = 0
    reason: str = ""
    rendered: bool = False
    fetched: bool = True  # False: no answer came (a fetch error), so nothing was archived


@dataclass(frozen=True, slots=True)
class Visit:
    """A visited list page: its column episodes, the requests after it, and its yield."""

    episodes: tuple[ListingItem, ...]
    items: tuple[ListingItem, ...]
    next_requests: tuple[ListRequest, ...]
    yield_: PageYield


def is_episode(item: ListingItem) -> bool:
    """A list item whose title names the column (厅局长请回答 …)."""
    return any(name in item.title for name in COLUMN_NAMES)


def visit_list_page(
    client: PoliteClient,
    site: CrawlSite,
    request: ListRequest,
    *,
    on_page: OnPage,
    browser: Browser | None,
    hosts: HostMap,
) -> Visit:
    """Fetch, archive and read one list page (see the module docstring)."""
    key = request.url if request.form is None else f"{request.url} (POST)"
    try:
        page = client.fetch(request.url, form=request.form, priority=Priority.LISTING)
    except FetchError as exc:
        return _nothing(key, BLOCKED if exc.status_code == 429 else FAILED, str(exc), fetched=False)
    on_page(page, f"province_{site.slug}")
    visit = _read(site, page)
    if visit.yield_.outcome not in (NEEDS_BROWSER, BLOCKED) or request.form is not None:
        return visit
    if browser is None:
        return _with_reason(visit, "no browser: [browser] enabled = false")
    try:
        rendered = browser.render(request.url, client, hosts)
    except BrowserUnavailable as exc:
        return _with_reason(visit, f"no browser: {exc}")
    except FetchError as exc:
        return _with_reason(visit, f"the browser failed too: {exc}")
    on_page(rendered.page, f"province_{site.slug}")
    client.add_cookies(rendered.cookies)  # the challenge's cookie: later plain requests pass too
    after = _read(site, rendered.page)
    cookies = f"; cookies set: {', '.join(rendered.cookie_names)}" if rendered.cookies else ""
    if after.yield_.reason == visit.yield_.reason:
        reason = f"{visit.yield_.reason} (still so after rendering in Chromium{cookies})"
    elif after.yield_.reason:
        reason = f"rendered in Chromium: {after.yield_.reason} (plain HTTP: {visit.yield_.reason}{cookies})"
    else:
        reason = f"rendered in Chromium (plain HTTP: {visit.yield_.reason}{cookies})"
    return replace(after, yield_=replace(after.yield_, rendered=True, reason=reason))


def _read(site: CrawlSite, page: FetchedPage) -> Visit:
    url = page.final_url
    headers = {k.lower(): v for k, v in page.headers}
    hazard = access_hazard(page.status_code, headers, page.text)
    if hazard is None and page.status_code >= 400:
        return _nothing(url, FAILED, f"HTTP {page.status_code}")
    if hazard is not None:
        return _nothing(url, hazard.outcome, hazard.reason)
    try:
        read = site.site.read_list(page.text, url)
        items = tuple(site.site.listing_item(link, url) for link in read.links if link.href)
    except Exception as exc:  # a list page no reader survives fails its site, never the run
        return _nothing(url, FAILED, f"listing parser error: {type(exc).__name__}: {exc}")
    episodes = tuple(i for i in items if is_episode(i))
    outcome, reason = _verdict(read, page.text)
    found = read.yield_
    return Visit(
        episodes,
        items,
        read.next_requests,
        PageYield(url, outcome, found.form, found.held, len(items), len(episodes), reason),
    )


def _verdict(read: SiteList, text: str) -> tuple[ListOutcome, str]:
    """Records or list rows nobody read: unreadable; a shell or a template: needs a browser."""
    found = read.yield_
    if read.links:
        return READ, ""
    if found.evidence_kind in ("script", "markup"):
        return UNREADABLE, found.evidence
    hazard: Hazard | None = list_hazard(text, 0)
    if hazard is not None:
        return hazard.outcome, hazard.reason
    if found.evidence_kind == "template":
        return NEEDS_BROWSER, found.evidence
    return EMPTY, ""


def _nothing(url: str, outcome: ListOutcome, reason: str, *, fetched: bool = True) -> Visit:
    return Visit((), (), (), PageYield(url, outcome, reason=reason, fetched=fetched))


def _with_reason(visit: Visit, why: str) -> Visit:
    y = visit.yield_
    return replace(visit, yield_=replace(y, reason=f"{y.reason} ({why})"))
