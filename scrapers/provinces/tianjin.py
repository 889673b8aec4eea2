"""天津 (天津市, 120000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="tianjin",
    name="天津市",
    short_name="天津",
    code="120000",
    region="东部",
    department="天津市生态环境局",
    aliases=(),
)
