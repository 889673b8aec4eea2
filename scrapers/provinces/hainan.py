"""海南 (海南省, 460000): episodes come from the shared page families; no overrides.

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="hainan",
    name="海南省",
    short_name="海南",
    code="460000",
    region="东部",
    department="海南省生态环境厅",
    aliases=(),
)
