"""内蒙古 (内蒙古自治区, 150000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="neimenggu",
    name="内蒙古自治区",
    short_name="内蒙古",
    code="150000",
    region="西部",
    department="内蒙古自治区生态环境厅",
    aliases=(),
)
