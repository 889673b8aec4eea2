"""四川省生态环境厅 (sthjt.sc.gov.cn): ``/sthjt/cNNN/*.shtml`` columns, TRS-style bodies.

Quirks: four article templates, body in ``div.TRS_Editor``, ``div.nrcontent``, ``div.content``
or ``div.xl_cont``; list anchors ``div.lie2 > a`` (``@title``). Site search is guestweb4
(HTML: ``div.bigTit a``). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/sthjt/c103878/xwdt_list.shtml", "新闻动态")
SEARCH = EntryPoint(
    "/guestweb4/s?searchWord={keyword}&siteCode=5100000086&pageNum=1",
    "site search (guestweb4)",
    kind="search",
)


class SichuanSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS, SEARCH)
    list_item_selector: ClassVar[str] = "div.lie2 > a, div.bigTit a"
    date_selectors: ClassVar[tuple[str, ...]] = ("div.zc-top",)
    body_selectors: ClassVar[tuple[str, ...]] = (".TRS_Editor", "div.nrcontent", "div.content", "div.xl_cont")


SITE = SichuanSite()
