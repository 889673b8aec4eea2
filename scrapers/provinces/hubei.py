"""湖北省生态环境厅 (sthjt.hubei.gov.cn): one-off template (generic family) behind a WAF.

Quirks: others met HTTP 412 (a WAF that wants a primed cookie): the walk reports ``blocked``.
List ``ul.info-list > li > a``; article title ``div.article_new > h2``, date
``div.info span em``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/dtyw/hbyw/", "环保要闻")


class HubeiSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "ul.info-list > li > a"
    title_selectors: ClassVar[tuple[str, ...]] = ("div.article_new > h2",)
    date_selectors: ClassVar[tuple[str, ...]] = ("div.info span em",)


SITE = HubeiSite()
