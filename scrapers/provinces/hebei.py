"""河北省生态环境厅 (hbepb.hebei.gov.cn): Hebei provincial template (generic family).

Quirks: title ``div.p_nei > h1``; ``div.p_nei > h4`` spans hold 发布日期 then 来源 (the
template is shared by other hebei.gov.cn departments); body ``#BodyLabel``; the 2021 layout
used ``div.consanji h2`` / ``div.congczt``. Others met an IP-range block from outside China.
UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/hbhjt/xwzx/jihuanyaowen/", "冀环要闻")


class HebeiSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.lis_title > a"
    title_selectors: ClassVar[tuple[str, ...]] = ("div.p_nei > h1", "div.consanji > h2")
    date_selectors: ClassVar[tuple[str, ...]] = ("div.p_nei > h4 > span:nth-of-type(1)", "p.lytlesj")
    source_selectors: ClassVar[tuple[str, ...]] = ("div.p_nei > h4 > span:nth-of-type(2)",)
    body_selectors: ClassVar[tuple[str, ...]] = ("#BodyLabel", "div.congczt")


SITE = HebeiSite()
