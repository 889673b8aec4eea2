"""广西壮族自治区生态环境厅 (sthjt.gxzf.gov.cn): TRS with a 海云 IGS search.

Quirks: list ``#morelist > ul > li > a`` (``@title``) with the date as the last characters of
the ``li`` text, one wrapper character each side; article source in ``div.article-inf-left``.
UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/ttxw/", "头条新闻")


class GuangxiSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "#morelist > ul > li > a"
    source_selectors: ClassVar[tuple[str, ...]] = ("div.article-inf-left",)


SITE = GuangxiSite()
