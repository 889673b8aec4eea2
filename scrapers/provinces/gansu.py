"""甘肃 (甘肃省, 620000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="gansu",
    name="甘肃省",
    short_name="甘肃",
    code="620000",
    region="西部",
    department="甘肃省生态环境厅",
    aliases=(),
)
