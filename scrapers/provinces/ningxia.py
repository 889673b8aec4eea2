"""宁夏 (宁夏回族自治区, 640000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="ningxia",
    name="宁夏回族自治区",
    short_name="宁夏",
    code="640000",
    region="西部",
    department="宁夏回族自治区生态环境厅",
    aliases=("宁夏自治区",),
)
