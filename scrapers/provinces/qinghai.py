"""青海省生态环境厅 (sthjt.qinghai.gov.cn): TRS WCM, the best-evidenced news lists.

Example list: https://sthjt.qinghai.gov.cn/xwzx/szyw/ (then index_1.html, index_2.html …)

Quirks: list anchors are ``ul.xwzx-item li a`` with the date in ``li span``; page count from
the last ``div.page`` link (``index_(\\d+).html``); articles carry the ``ArticleTitle``,
``PubDate`` and ``ContentSource`` metas and the body in ``div.TRS_UEDITOR``. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

POLITICS = EntryPoint("/xwzx/szyw/", "时政要闻")
INDUSTRY = EntryPoint("/xwzx/xydt/", "行业动态")
NOTICES = EntryPoint("/xwzx/gsgg/", "公示公告")


class QinghaiSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (POLITICS, INDUSTRY, NOTICES)
    list_item_selector: ClassVar[str] = "ul.xwzx-item li a"
    body_selectors: ClassVar[tuple[str, ...]] = (".TRS_UEDITOR", ".TRS_Editor")


SITE = QinghaiSite()
