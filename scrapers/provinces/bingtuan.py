"""新疆生产建设兵团生态环境局 (sthjj.xjbt.gov.cn): ZCMS (Zving), search API only (generic family).

No GB/T 2260 code: the unit keeps the project-local 660000 (see units.toml). Its name contains
「新疆」, so the registry matches the longest name first (Registry.find_in_text).

Quirks: no news-list URL is known; the walk asks the ZCMS site search
(``/zcms/front/search/advances?query=…&siteID=403``), which answers JSON
``data.data[].title/url/publishDate``; articles of xjbt.gov.cn sub-sites are
``/c/YYYY-MM-DD/<id>.shtml`` with the source in ``#detail div.title_info span`` (the sthjj
template is INFERRED to be the same). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

ZCMS_SEARCH = EntryPoint(
    "/zcms/front/search/advances?query={keyword}&siteID=403&sort=publishDate&pageIndex=1",
    "site search (ZCMS, JSON)",
    kind="search",
)


class BingtuanSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (ZCMS_SEARCH,)
    title_selectors: ClassVar[tuple[str, ...]] = ("#detail div.detail-tit h1", "h1")
    source_selectors: ClassVar[tuple[str, ...]] = ("#detail div.title_info span:nth-of-type(2)",)


SITE = BingtuanSite()
