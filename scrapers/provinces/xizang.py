"""西藏自治区生态环境厅 (ee.xizang.gov.cn): TRS with a 海云 IGS search (list evidence only).

Quirks: news blocks ``div.dj-tr-new`` with ``span.xwzx-tr-title a`` and ``span.xwzx-tr-time``;
pages ``index_{p}.html``; attachments ``P0….pdf`` (TRS naming). No article markup is
evidenced: articles are read by the TRS defaults and the generic fallback. UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite
from scrapers.provinces.cms.trs import igs_search

NEWS = EntryPoint("/xwzx/xzxw/", "西藏新闻")
IGS_CODE = "6af1a49b742b4dfeb151891aaddf208b"  # UNCONFIRMED: from one search crawler
IGS_SEARCH = igs_search(IGS_CODE, site_id=48)


class XizangSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS, IGS_SEARCH)
    list_item_selector: ClassVar[str] = "div.dj-tr-new span.xwzx-tr-title a"


SITE = XizangSite()
