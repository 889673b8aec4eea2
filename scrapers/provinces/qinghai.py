"""青海 (青海省, 630000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="qinghai",
    name="青海省",
    short_name="青海",
    code="630000",
    region="西部",
    department="青海省生态环境厅",
    aliases=(),
)
