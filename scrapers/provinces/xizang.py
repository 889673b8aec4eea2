"""西藏 (西藏自治区, 540000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="xizang",
    name="西藏自治区",
    short_name="西藏",
    code="540000",
    region="西部",
    department="西藏自治区生态环境厅",
    aliases=(),
)
