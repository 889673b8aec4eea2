"""贵州省生态环境厅 (sthj.guizhou.gov.cn): TRS-style URLs (TRS INFERRED).

Quirks: list ``div.PageMainBox.aBox > ul > li > a`` (absolute ``href``); the 规范性文件库 list is
built by JavaScript (``tbody#Result``), which the walk reports as ``needs_browser``; article
source ``div.ArticleProperties > div.f_l > span`` (来源：…). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/xwzx/stdt/", "生态动态")


class GuizhouSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.PageMainBox.aBox > ul > li > a"
    source_selectors: ClassVar[tuple[str, ...]] = ("div.ArticleProperties > div.f_l > span:nth-of-type(2)",)


SITE = GuizhouSite()
