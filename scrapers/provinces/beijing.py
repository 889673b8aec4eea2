"""北京 (北京市, 110000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="beijing",
    name="北京市",
    short_name="北京",
    code="110000",
    region="东部",
    department="北京市生态环境局",
    aliases=(),
)
