"""重庆市生态环境局 (sthjj.cq.gov.cn, not hbj.cq.gov.cn): Chongqing cluster, TRS-style URLs.

Example article: https://sthjj.cq.gov.cn/ztzl_249/rdzl/zysthbdczqzxd/gzdt_38225/201907/t20190722_7036834.html

Quirks: channels carry a ``_249`` suffix; list ``div.right > ul > li > a`` (``@title``); the
source is written by a script inside ``div.zwxl-bar``, so it is read from the script's
``<span class="con">…</span>`` string. UNCONFIRMED.
"""

import re
from typing import ClassVar

from bs4 import BeautifulSoup

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/zwxx_249/zwdt/bmdt/", "部门动态")
_SCRIPTED_SOURCE = re.compile(r'来源：</span>\s*<span class=["\\]*con["\\]*>([^<]+)<')


class ChongqingSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.right > ul > li > a"
    title_selectors: ClassVar[tuple[str, ...]] = ("div.zwxl-title > h1", "h1")
    date_selectors: ClassVar[tuple[str, ...]] = ("div.zwxl-bar",)

    def account(self, soup: BeautifulSoup) -> str | None:
        """The source the ``div.zwxl-bar`` script writes, else the shared rules."""
        bar = soup.select_one("div.zwxl-bar")
        match = _SCRIPTED_SOURCE.search(bar.decode_contents() if bar else "")
        return match.group(1).strip() if match else super().account(soup)


SITE = ChongqingSite()
