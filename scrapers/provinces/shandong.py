"""山东 (山东省, 370000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="shandong",
    name="山东省",
    short_name="山东",
    code="370000",
    region="东部",
    department="山东省生态环境厅",
    aliases=(),
)
