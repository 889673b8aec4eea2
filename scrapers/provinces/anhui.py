"""安徽 (安徽省, 340000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="anhui",
    name="安徽省",
    short_name="安徽",
    code="340000",
    region="中部",
    department="安徽省生态环境厅",
    aliases=(),
)
