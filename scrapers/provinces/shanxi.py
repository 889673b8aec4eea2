"""山西省生态环境厅 (sthjt.shanxi.gov.cn): TRS (trs-search).

Quirks: list ``div.list-details-bar ul.list-details li a`` with the date in ``li span`` wrapped
in one character each side; no-table articles have the title in ``div.text-details > h2`` and
one meta line ``div.text-details > p`` holding 来源：… and 编辑时间：YYYY-MM-DD. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/xwzx_1/sxhj/", "山西环境 (news)")


class ShanxiSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "ul.list-details li a"
    title_selectors: ClassVar[tuple[str, ...]] = ("div.text-details > h2",)
    date_selectors: ClassVar[tuple[str, ...]] = ("div.text-details > p",)
    source_selectors: ClassVar[tuple[str, ...]] = ("div.text-details > p",)
    body_selectors: ClassVar[tuple[str, ...]] = (".TRS_Editor", "div.text-details")


SITE = ShanxiSite()
