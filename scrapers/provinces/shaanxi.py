"""陕西省生态环境厅 (sthjt.shaanxi.gov.cn): lists inside iframes (generic family).

Quirks: column pages are shells whose list sits in ``div.ny_nry > div > iframe``; the walk
reports such a shell as ``needs_browser`` rather than parsing the shell. Inside the frame,
anchors are ``div.sdxmnr22 > ul > li > a``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/sy/hjyw/", "环境要闻")


class ShaanxiSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.sdxmnr22 > ul > li > a"
    source_selectors: ClassVar[tuple[str, ...]] = ("div.pages_datetou > p",)


SITE = ShaanxiSite()
