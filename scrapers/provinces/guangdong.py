"""广东省生态环境厅 (gdee.gd.gov.cn): Guangdong cluster (generic family).

Example article: https://gdee.gd.gov.cn/hbwj/content/post_4142338.html

Quirks: list ``div.listimg_data … a.titlelie`` with ``span.list-date``; articles at
``/<col>/content/post_<id>.html``; the 信息公开 ``gkmlpt`` JSON (``/gkmlpt/api/all/<cat>``) needs
a category id nobody recorded (not walked). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, GenericSite

NEWS = EntryPoint("/hbxw/index.html", "环保新闻")


class GuangdongSite(GenericSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.listimg_data a.titlelie"


SITE = GuangdongSite()
