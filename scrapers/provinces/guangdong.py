"""广东 (广东省, 440000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="guangdong",
    name="广东省",
    short_name="广东",
    code="440000",
    region="东部",
    department="广东省生态环境厅",
    aliases=(),
)
