"""江西 (江西省, 360000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="jiangxi",
    name="江西省",
    short_name="江西",
    code="360000",
    region="中部",
    department="江西省生态环境厅",
    aliases=(),
)
