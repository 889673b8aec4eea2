"""天津市生态环境局 (sthj.tj.gov.cn): TRS WCM with a 海云 IGS site search.

Example article: https://sthj.tj.gov.cn/YWGZ7406/HJGL7886/SHJGL4585/202402/t20240226_6545184.html

Quirks: list ``div.commonList-body > ul > li > a`` (``@title``; date in ``li > p``), whose links
are relative (``../../YWGZ7406/…``) and may point into other channels; article source in
``div.ty-content-bsmain > span`` (来源：…), body ``div.TRS_PreAppend``. The IGS search answers
JSON ``page.content[].title/url/trs_time`` (read by every family's JSON rule). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite
from scrapers.provinces.cms.trs import igs_search

NEWS = EntryPoint("/ZWXX808/HBYW1316/", "环保要闻")
IGS_CODE = "83ad3975ebda482887112716b970bee5"  # UNCONFIRMED: from one search crawler
IGS_SEARCH = igs_search(IGS_CODE, site_id=59)


class TianjinSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS, IGS_SEARCH)
    list_item_selector: ClassVar[str] = "div.commonList-body > ul > li > a"
    source_selectors: ClassVar[tuple[str, ...]] = ("div.ty-content-bsmain > span",)
    body_selectors: ClassVar[tuple[str, ...]] = (".TRS_PreAppend", ".TRS_Editor")


SITE = TianjinSite()
