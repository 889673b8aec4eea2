"""辽宁省生态环境厅 (sthj.ln.gov.cn): ``eportal`` portal (generic family).

Quirks: article title ``div.zy_content > h2.zy_title``; ``div.zy_content > div.info`` spans
hold 来源：… and the date written ``YYYY年MM月DD日``; the 信息公开 list is a JSON ``eportal/ui``
portlet (not walked). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/sthj/zwdt/snyw/index.shtml", "省内要闻")


class LiaoningSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    title_selectors: ClassVar[tuple[str, ...]] = ("div.zy_content > h2.zy_title",)
    date_selectors: ClassVar[tuple[str, ...]] = ("div.zy_content > div.info",)
    source_selectors: ClassVar[tuple[str, ...]] = ("div.zy_content > div.info",)
    body_selectors: ClassVar[tuple[str, ...]] = ("div.zy_content div.zy_text", "div.zy_content")


SITE = LiaoningSite()
