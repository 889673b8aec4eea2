"""江苏 (江苏省, 320000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="jiangsu",
    name="江苏省",
    short_name="江苏",
    code="320000",
    region="东部",
    department="江苏省生态环境厅",
    aliases=(),
)
