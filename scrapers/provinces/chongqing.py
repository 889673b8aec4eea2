"""重庆 (重庆市, 500000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="chongqing",
    name="重庆市",
    short_name="重庆",
    code="500000",
    region="西部",
    department="重庆市生态环境局",
    aliases=(),
)
