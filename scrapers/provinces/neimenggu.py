"""内蒙古自治区生态环境厅 (sthjt.nmg.gov.cn): TRS (trssearch).

Quirks: article title ``h3.xiLanTitle``; date ``div.xlBtn > div.xlBtnLeft`` reading
"发布时间： YYYY-MM-DD" (with or without the space); two versions of others' configuration
disagree on the news column (``/sthjdt/zzqsthjdt/`` vs ``/hbdt/``). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/sthjdt/zzqsthjdt/", "自治区生态环境动态")


class NeimengguSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    title_selectors: ClassVar[tuple[str, ...]] = ("h3.xiLanTitle",)
    date_selectors: ClassVar[tuple[str, ...]] = ("div.xlBtn > div.xlBtnLeft",)


SITE = NeimengguSite()
