"""山西 (山西省, 140000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="shanxi",
    name="山西省",
    short_name="山西",
    code="140000",
    region="中部",
    department="山西省生态环境厅",
    aliases=(),
)
