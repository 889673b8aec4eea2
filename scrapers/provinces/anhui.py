"""安徽省生态环境厅 (sthjt.ah.gov.cn): Anhui provincial cluster (generic family).

Quirks: ``jh5`` templates with ``<meta name="SiteId">``; article title ``h1.newstitle``, body
``div.j-fontContent`` (``newscontnet minh300``/``minh500`` variants) or ``div.message_con``; the
信息公开 lists come from the ``/site/label/8888`` label API (not walked). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/hbzx/gzdt/stdt/index.html", "生态动态")


class AnhuiSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    title_selectors: ClassVar[tuple[str, ...]] = ("h1.newstitle",)
    date_selectors: ClassVar[tuple[str, ...]] = ("div.newsinfo", "span.time")  # holder not evidenced
    source_selectors: ClassVar[tuple[str, ...]] = ("div.newsinfo",)
    body_selectors: ClassVar[tuple[str, ...]] = ("div.j-fontContent", "div.message_con")


SITE = AnhuiSite()
