"""辽宁 (辽宁省, 210000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="liaoning",
    name="辽宁省",
    short_name="辽宁",
    code="210000",
    region="东北",
    department="辽宁省生态环境厅",
    aliases=(),
)
