"""陕西 (陕西省, 610000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="shaanxi",
    name="陕西省",
    short_name="陕西",
    code="610000",
    region="西部",
    department="陕西省生态环境厅",
    aliases=(),
)
