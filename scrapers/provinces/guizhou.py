"""贵州 (贵州省, 520000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="guizhou",
    name="贵州省",
    short_name="贵州",
    code="520000",
    region="西部",
    department="贵州省生态环境厅",
    aliases=(),
)
