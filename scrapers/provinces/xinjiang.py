"""新疆 (新疆维吾尔自治区, 650000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="xinjiang",
    name="新疆维吾尔自治区",
    short_name="新疆",
    code="650000",
    region="西部",
    department="新疆维吾尔自治区生态环境厅",
    aliases=("新疆自治区",),
)
