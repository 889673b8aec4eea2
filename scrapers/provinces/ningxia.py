"""宁夏回族自治区生态环境厅 (sthjt.nx.gov.cn): TRS-style URLs (TRS INFERRED).

Example article: https://sthjt.nx.gov.cn/zfxxgk/fdzdgknr/lzyj/gfxwj1/202312/t20231229_4401126.html

Quirks: list ``div.zfxxgk_zdgkc > ul > li > a`` with the date in ``li > b``; article source
``span.article.text-news-tip.font-weight``, body ``#textcon`` (whose centred paragraphs hold
the document number). UNCONFIRMED.
"""

from typing import ClassVar

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/xwzx/qnxw/", "区内新闻")


class NingxiaSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.zfxxgk_zdgkc > ul > li > a"
    source_selectors: ClassVar[tuple[str, ...]] = ("span.article.text-news-tip.font-weight",)
    body_selectors: ClassVar[tuple[str, ...]] = ("#textcon", ".TRS_Editor")


SITE = NingxiaSite()
