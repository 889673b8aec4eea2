"""福建省生态环境厅 (sthjt.fujian.gov.cn): TRS WCM (articles end in ``.htm``).

Example article: http://sthjt.fujian.gov.cn/zwgk/zfxxgkzl/zfxxgkml/gfxwj/202305/t20230504_6162571.htm

Quirks: title in ``div.article_title_group > div`` (or ``div.bt-big-top > h4``), date in
``span.article_time``, source in ``span.article_source``, body ``div.TRS_Editor``. Site search
is TRS WAS5 (``/was5/web/search?channelid=229105…``). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/zwgk/sthjyw/", "生态环境要闻")
WAS5_SEARCH = EntryPoint(
    "/was5/web/search?channelid=229105&searchword={keyword}", "site search (TRS WAS5)", kind="search"
)


class FujianSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS, WAS5_SEARCH)
    title_selectors: ClassVar[tuple[str, ...]] = ("div.article_title_group > div", "div.bt-big-top > h4")
    date_selectors: ClassVar[tuple[str, ...]] = ("span.article_time",)
    source_selectors: ClassVar[tuple[str, ...]] = ("span.article_source",)


SITE = FujianSite()
