"""福建 (福建省, 350000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="fujian",
    name="福建省",
    short_name="福建",
    code="350000",
    region="东部",
    department="福建省生态环境厅",
    aliases=(),
)
