"""湖南省生态环境厅 (sthjt.hunan.gov.cn): JSON channel search family, walked as HTML.

Quirks: the page script holds ``var channelId = '<n>'`` and the JSON lives on another host
(``api.hunan.gov.cn/search/common/search/<channelId>``), which a site's client may not fetch;
the walk reads the HTML list ``div.hy-list-text > ul > li > a`` (date in ``a > small``).
Articles: ``#zoom``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, JsonSearchSite

NEWS = EntryPoint("/sthjt/xxgk/xwdt/zxdt/list_tyxx.html", "最新动态")


class HunanSite(JsonSearchSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.hy-list-text > ul > li > a"
    title_selectors: ClassVar[tuple[str, ...]] = ("div.main_content > h2", "h1")


SITE = HunanSite()
