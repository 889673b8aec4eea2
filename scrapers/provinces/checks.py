"""``mee-interviews scrapers check``: try each department site's entry points on the live site.

For every entry point of the units asked for (enabled or not: the check is explicit), one list
page is visited exactly as a run visits it (``list_visit``: the polite client, Chromium where
plain HTTP cannot read the page), then the first article it lists is fetched and read by the
site's rules. Each entry point gets an ``EntryCheck``: reachable, whether the family's own rules
recognised the list (script data, a JSON or XML answer, the site's anchors — not the generic
fallback), records listed and read, and which rule found the article's body. Every page fetched
goes to ``on_page`` (``--record`` saves it with a manifest). Network only through the client
and the browser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from models.outcomes import ListOutcome, is_list_problem
from models.records import FetchedPage
from models.settings import Settings
from scrapers.fetch.browser import Browser
from scrapers.fetch.hosts import HostMap
from scrapers.fetch.http import FetchError, PoliteClient
from scrapers.provinces import ProvinceScraper, Registry
from scrapers.provinces.cms.list_api import ListRequest
from scrapers.provinces.hazards import access_hazard
from scrapers.provinces.list_visit import Visit, visit_list_page
from scrapers.provinces.sites import CrawlSite

OnCheckedPage = Callable[[FetchedPage, str, str], None]  # page, slug, kind (list | article)
FAMILY_FORMS = frozenset({"script", "json", "xml", "anchors"})


@dataclass(frozen=True, slots=True)
class EntryCheck:
    """What one entry point showed (see the module docstring)."""

    slug: str
    url: str
    reachable: bool
    outcome: ListOutcome
    form: str
    family_recognised: bool
    records_listed: int
    articles_read: int
    article: str  # the rule that found the first article's body, or why it could not be read
    rendered: bool
    reason: str


def check_sites(
    settings: Settings,
    units: list[ProvinceScraper],
    *,
    on_page: OnCheckedPage,
    browser: Browser | None,
    client_factory: Callable[[Settings], PoliteClient] = PoliteClient,
) -> list[EntryCheck]:
    """Check every entry point of ``units`` (each must have site data and ``[provinces.<slug>]``)."""
    confs = {p.slug: p for p in settings.provinces}
    out = []
    for unit in units:
        if unit.site is None or unit.slug not in confs:
            raise LookupError(f"{unit.slug} has no site data or no [provinces.{unit.slug}] settings")
        site = CrawlSite(unit, unit.site, replace(confs[unit.slug], enabled=True))
        site_settings = site.client_settings(settings)
        hosts = HostMap(site_settings.fetch_sources)
        with client_factory(site_settings) as client:
            for url in site.entry_urls(settings.discovery.title_keyword):

                def keep(page: FetchedPage, _source: str, slug: str = unit.slug) -> None:
                    on_page(page, slug, "list")

                visit = visit_list_page(
                    client, site, ListRequest(url), on_page=keep, browser=browser, hosts=hosts
                )
                article = _first_article(client, site, visit, on_page) if visit.items else "-"
                out.append(_entry_check(unit.slug, url, visit, article))
    return out


def _entry_check(slug: str, url: str, visit: Visit, article: str) -> EntryCheck:
    y = visit.yield_
    return EntryCheck(
        slug=slug,
        url=url,
        reachable=y.fetched and y.outcome not in ("blocked", "failed"),
        outcome=y.outcome,
        form=y.form,
        family_recognised=not is_list_problem(y.outcome) and y.form in FAMILY_FORMS,
        records_listed=y.held,
        articles_read=y.read,
        article=article,
        rendered=y.rendered,
        reason=y.reason,
    )


def _first_article(client: PoliteClient, site: CrawlSite, visit: Visit, on_page: OnCheckedPage) -> str:
    """Fetch the first listed article and say which rule found its body (or why none did)."""
    url = visit.items[0].url
    try:
        page = client.fetch(url)
    except FetchError as exc:
        return f"unreachable: {exc}"
    on_page(page, site.slug, "article")
    hazard = access_hazard(page.status_code, {k.lower(): v for k, v in page.headers}, page.text)
    if hazard is not None or page.status_code >= 400:
        return f"{hazard.outcome}: {hazard.reason}" if hazard else f"failed: HTTP {page.status_code}"
    draft = site.site.parse_article(page.text, page.final_url)
    rule = dict(draft.meta).get("province_body", "")
    return f"{rule} ({sum(map(len, draft.blocks))} chars)" if draft.blocks else f"no body ({rule})"


def units_to_check(registry: Registry, slugs: list[str]) -> list[ProvinceScraper]:
    """The units named (unknown slugs raise, listing the known ones), else every unit with site data."""
    if slugs:
        return [registry.get(s) for s in slugs]
    return [u for u in registry if u.site is not None]
