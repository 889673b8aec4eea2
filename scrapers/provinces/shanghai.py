"""上海市生态环境局 (sthj.sh.gov.cn): Shanghai ``ivs_*`` template (generic family).

Example article: …/hbzhywpt1143/hbzhywpt1149/20260727/f564f94a9a0048b8a7aaefc2191d8da4.html

Quirks: title ``#ivs_title``, date ``#ivs_date`` (one wrapper character each side), body
``#ivs_content``; list anchors ``div.listn-con ul li a``, pages ``index_{p}.html``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/hbzhywpt1272/hbzhywpt1157/index.html", "新闻 (news column)")


class ShanghaiSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.listn-con ul li a"
    title_selectors: ClassVar[tuple[str, ...]] = ("#ivs_title",)
    date_selectors: ClassVar[tuple[str, ...]] = ("#ivs_date",)
    body_selectors: ClassVar[tuple[str, ...]] = ("#ivs_content",)


SITE = ShanghaiSite()
