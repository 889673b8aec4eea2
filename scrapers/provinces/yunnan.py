"""云南 (云南省, 530000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="yunnan",
    name="云南省",
    short_name="云南",
    code="530000",
    region="西部",
    department="云南省生态环境厅",
    aliases=(),
)
