"""新疆维吾尔自治区生态环境厅 (sthjt.xinjiang.gov.cn): ``common_list.shtml`` template (generic).

Example article: http://sthjt.xinjiang.gov.cn/xjepd/hjyxpjsl/202403/b43e1364d2ed40cba356ad8a173f2ea1.shtml

Quirks: list ``#list-data > ul > li > a`` with the date in ``li > span``; article source in
``div.listtopbox`` (来源：…), body ``#NewsContent``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/xjepd/xwzxtndt/common_list.shtml", "新闻中心")


class XinjiangSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "#list-data > ul > li > a"
    date_selectors: ClassVar[tuple[str, ...]] = ("div.listtopbox",)
    source_selectors: ClassVar[tuple[str, ...]] = ("div.listtopbox li span",)
    body_selectors: ClassVar[tuple[str, ...]] = ("#NewsContent", "div.gknbxq_detail")


SITE = XinjiangSite()
