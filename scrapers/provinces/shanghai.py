"""上海 (上海市, 310000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="shanghai",
    name="上海市",
    short_name="上海",
    code="310000",
    region="东部",
    department="上海市生态环境局",
    aliases=(),
)
