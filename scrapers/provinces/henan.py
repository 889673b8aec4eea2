"""河南 (河南省, 410000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="henan",
    name="河南省",
    short_name="河南",
    code="410000",
    region="中部",
    department="河南省生态环境厅",
    aliases=(),
)
