"""四川 (四川省, 510000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="sichuan",
    name="四川省",
    short_name="四川",
    code="510000",
    region="西部",
    department="四川省生态环境厅",
    aliases=(),
)
