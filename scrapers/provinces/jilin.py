"""吉林 (吉林省, 220000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="jilin",
    name="吉林省",
    short_name="吉林",
    code="220000",
    region="东北",
    department="吉林省生态环境厅",
    aliases=(),
)
