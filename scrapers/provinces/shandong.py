"""山东省生态环境厅 (sthj.shandong.gov.cn, formerly www.sdein.gov.cn): TRS with WAS5 search.

Quirks: list ``ul > li.clearfix > a.tListTitleNormal`` with ``span.tListTime``; the WAS5 search
answers HTML ``div.search-inform div.iteminform`` (``div.iteminform-top a``). Legacy articles
used ``strong.red_title``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/dtxx/hbyw/", "环保要闻")
WAS5_SEARCH = EntryPoint(
    "/was5/web/search?channelid=237677&searchword={keyword}&orderby=-DOCRELTIME",
    "site search (WAS5)",
    kind="search",
)


class ShandongSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS, WAS5_SEARCH)
    list_item_selector: ClassVar[str] = "li.clearfix > a.tListTitleNormal, div.iteminform-top a"
    title_selectors: ClassVar[tuple[str, ...]] = ("strong.red_title", "strong.black_title", "h1")


SITE = ShandongSite()
