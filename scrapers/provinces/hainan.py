"""海南省生态环境厅 (hnsthb.hainan.gov.cn): one-off template (generic family).

Quirks: one configuration names ``hnsthj.hainan.gov.cn`` but its scraper uses ``hnsthb`` (the
MEE footer's host); list ``div.list-right_title > a`` with ``span.time_gailan``; article source
``#ly`` or ``#fwjg``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/ywdt/", "要闻动态")


class HainanSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.list-right_title > a"
    source_selectors: ClassVar[tuple[str, ...]] = ("#ly", "#fwjg")


SITE = HainanSite()
