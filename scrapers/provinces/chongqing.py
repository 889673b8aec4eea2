"""重庆市生态环境局 (sthjj.cq.gov.cn): code the TRS family lacks; its site data is in units.toml.

The article's source is written by a script inside ``div.zwxl-bar``, so it is read from the
script's ``<span class="con">…</span>`` string rather than from the element's text. UNCONFIRMED.
"""

import re

from bs4 import BeautifulSoup

from scrapers.provinces.cms import TrsSite

_SCRIPTED_SOURCE = re.compile(r'来源：</span>\s*<span class=["\\]*con["\\]*>([^<]+)<')


class Site(TrsSite):
    def account(self, soup: BeautifulSoup) -> str | None:
        """The source the ``div.zwxl-bar`` script writes, else the shared rules."""
        bar = soup.select_one("div.zwxl-bar")
        match = _SCRIPTED_SOURCE.search(bar.decode_contents() if bar else "")
        return match.group(1).strip() if match else super().account(soup)
