"""湖南 (湖南省, 430000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="hunan",
    name="湖南省",
    short_name="湖南",
    code="430000",
    region="中部",
    department="湖南省生态环境厅",
    aliases=(),
)
