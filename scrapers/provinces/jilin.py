"""吉林省生态环境厅 (sthjt.jl.gov.cn): code the TRS family lacks; its site data is in units.toml.

The article's ``div.n_dqwz_c`` holds a script that *writes* the source
(``document.write("吉林省生态环境厅")`` when its ``laiyuan`` variable is empty), so the source is
read from that script rather than from the element's text. UNCONFIRMED.
"""

import re

from bs4 import BeautifulSoup

from scrapers.provinces.cms import TrsSite

_WRITTEN = re.compile(r"laiyuan\s*=\s*'([^']*)'|document\.write\(\"([^\"]+)\"\)")


class Site(TrsSite):
    def account(self, soup: BeautifulSoup) -> str | None:
        """The source the page's script writes: its ``laiyuan`` if set, else the written default."""
        box = soup.select_one("div.n_dqwz_c script")
        found = [a or b for a, b in _WRITTEN.findall(box.get_text() if box else "")]
        return next((s for s in found if s), None) or super().account(soup)
