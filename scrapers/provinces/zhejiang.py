"""浙江 (浙江省, 330000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="zhejiang",
    name="浙江省",
    short_name="浙江",
    code="330000",
    region="东部",
    department="浙江省生态环境厅",
    aliases=(),
)
