"""黑龙江 (黑龙江省, 230000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="heilongjiang",
    name="黑龙江省",
    short_name="黑龙江",
    code="230000",
    region="东北",
    department="黑龙江省生态环境厅",
    aliases=(),
)
