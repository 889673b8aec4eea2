"""河南省生态环境厅 (sthjt.henan.gov.cn): one-off template (generic family).

Quirks: title ``div.zw_con > h1``; ``div.zw_con > h2`` holds ``span.zw_sta`` (来源：…) and
``span.zw_time`` (发布时间：…); body ``#BodyLabel``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/xxzy/dtxw/", "动态新闻")


class HenanSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.pdlist > ul > li > a"
    title_selectors: ClassVar[tuple[str, ...]] = ("div.zw_con > h1",)
    date_selectors: ClassVar[tuple[str, ...]] = ("span.zw_time",)
    source_selectors: ClassVar[tuple[str, ...]] = ("span.zw_sta",)
    body_selectors: ClassVar[tuple[str, ...]] = ("#BodyLabel",)


SITE = HenanSite()
