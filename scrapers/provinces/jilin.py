"""吉林省生态环境厅 (sthjt.jl.gov.cn): TRS WCM (provincial WAS5 search on was.jl.gov.cn).

Quirks: list ``div.e_rdhy > ul > li > a`` (``@title``, date in ``li > span``); the article's
``div.n_dqwz_c`` holds the date (``YYYY-MM-DD HH:MM:SS``) and a script that *writes* the source
(``document.write("吉林省生态环境厅")`` when its ``laiyuan`` variable is empty), so the source is
read from that string rather than the element's text. UNCONFIRMED.
"""

import re
from typing import ClassVar

from bs4 import BeautifulSoup

from scrapers.provinces.cms import EntryPoint, TrsSite

NEWS = EntryPoint("/ywdt/szyw/", "时政要闻")
_WRITTEN = re.compile(r"laiyuan\s*=\s*'([^']*)'|document\.write\(\"([^\"]+)\"\)")


class JilinSite(TrsSite):
    entry_points: ClassVar[tuple[EntryPoint, ...]] = (NEWS,)
    list_item_selector: ClassVar[str] = "div.e_rdhy > ul > li > a"
    date_selectors: ClassVar[tuple[str, ...]] = ("div.n_dqwz_c",)

    def account(self, soup: BeautifulSoup) -> str | None:
        """The source the page's script writes: its ``laiyuan`` if set, else the written default."""
        box = soup.select_one("div.n_dqwz_c script")
        found = [a or b for a, b in _WRITTEN.findall(box.get_text() if box else "")]
        return next((s for s in found if s), None) or super().account(soup)


SITE = JilinSite()
