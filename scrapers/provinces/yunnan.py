"""云南省生态环境厅 (sthjt.yn.gov.cn): custom ASP.NET (generic family).

Example article: https://sthjt.yn.gov.cn/xxgk/read.aspx?id=237193

Quirks: the 信息公开 list sits in ``iframe[name=myFrameName]`` (the walk reports the shell as
``needs_browser``), so the walk asks the site search instead:
``/search.aspx?title={keyword}&page=1``, whose results are ``div.list > div.item > a``;
article source ``div.msg-2`` (来源：…). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

SEARCH = EntryPoint("/search.aspx?title={keyword}&page=1", "site search (ASP.NET)", kind="search")


class YunnanSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (SEARCH,)
    list_item_selector: ClassVar[str] = "div.list > div.item > a"
    source_selectors: ClassVar[tuple[str, ...]] = ("div.msg-2",)


SITE = YunnanSite()
