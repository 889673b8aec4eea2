"""湖北 (湖北省, 420000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="hubei",
    name="湖北省",
    short_name="湖北",
    code="420000",
    region="中部",
    department="湖北省生态环境厅",
    aliases=(),
)
