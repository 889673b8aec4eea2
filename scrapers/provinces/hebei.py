"""河北 (河北省, 130000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="hebei",
    name="河北省",
    short_name="河北",
    code="130000",
    region="东部",
    department="河北省生态环境厅",
    aliases=(),
)
