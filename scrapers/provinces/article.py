"""Department-site articles (page family ``province``): pick the site's mixin, then parse.

``scrapers.families.readers`` reads family ``province`` here (``department_body_root``,
``read_department_article``); a page whose selectors find no body goes to the generic reader. The site is found by the URL's host in
the registry (its site built from ``units.toml``, else a bare mixin of the family it names);
for a host no unit owns, the URL shape decides (``/art/…/art_<col>_<id>.html`` → Hanweb JCMS,
``tYYYYMMDD_<id>.html`` → TRS), else the generic family. Pure: no network, no clock.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from bs4.element import Tag

from scrapers.articles.draft import ArticleDraft
from scrapers.base.page import PageDoc
from scrapers.provinces import Registry, default_registry
from scrapers.provinces.cms import FAMILIES, CmsSite
from scrapers.provinces.cms.jcms import ARTICLE_HREF as JCMS_ARTICLE
from scrapers.provinces.cms.trs import ARTICLE_HREF as TRS_ARTICLE


def site_for_url(url: str, registry: Registry | None = None) -> CmsSite:
    """The site object whose rules read ``url`` (see the module docstring)."""
    parts = urlsplit(url)
    unit = (registry or default_registry()).by_host(parts.hostname or "")
    if unit is not None:
        return unit.site or FAMILIES[unit.cms]()
    if JCMS_ARTICLE.search(parts.path):
        return FAMILIES["jcms"]()
    if TRS_ARTICLE.search(parts.path):
        return FAMILIES["trs"]()
    return FAMILIES["generic"]()


def is_department_host(host: str, registry: Registry | None = None) -> bool:
    """True when ``host`` is a provincial department's website (current or former domain)."""
    return (registry or default_registry()).by_host(host) is not None


def department_body_root(doc: PageDoc) -> Tag | None:
    """The body its site's selectors find on the page, or None (the generic reader then reads it)."""
    found = site_for_url(doc.url).body_root(doc.soup)
    return found[0] if found is not None else None


def read_department_article(doc: PageDoc) -> ArticleDraft:
    """A department-site article as an ``ArticleDraft`` (family ``province``), read from the page's
    one tree by its site's CMS family."""
    return site_for_url(doc.url).read_article(doc.soup, doc.url)
