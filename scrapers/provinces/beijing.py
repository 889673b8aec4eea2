"""北京市生态环境局 (sthjj.beijing.gov.cn): Beijing municipal template (generic family).

Example article: …/bjhrb/index/xxgk69/zfxxgk43/fdzdgknr2/ywdt28/xwfb/743619512/index.html

Quirks: list ``div.h_wz_m > ul > li > a`` (title in ``@title``, date in the first ``span``);
article source ``div.h_dl_s > span`` ("来源：…"), body ``div.h_dl_c``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/bjhrb/index/xxgk69/zfxxgk43/fdzdgknr2/ywdt28/xwfb/index.html", "新闻发布")


class BeijingSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.h_wz_m > ul > li > a"
    date_selectors: ClassVar[tuple[str, ...]] = ("div.h_dl_s",)
    source_selectors: ClassVar[tuple[str, ...]] = ("div.h_dl_s > span",)
    body_selectors: ClassVar[tuple[str, ...]] = ("div.h_dl_c",)


SITE = BeijingSite()
