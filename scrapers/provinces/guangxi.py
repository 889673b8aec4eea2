"""广西 (广西壮族自治区, 450000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="guangxi",
    name="广西壮族自治区",
    short_name="广西",
    code="450000",
    region="西部",
    department="广西壮族自治区生态环境厅",
    aliases=("广西自治区",),
)
