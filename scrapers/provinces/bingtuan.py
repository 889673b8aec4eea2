"""兵团 (新疆生产建设兵团, 660000): episodes come from the shared page families; no overrides.

Not a province but a provincial-level unit with its own 生态环境局; its name contains
「新疆」, so the registry matches the longest name first (see Registry.find_in_text).

Page families: WeChat article, MEE site (and its big5 gateway), mirrors; see scrapers/families.
"""

from scrapers.provinces.base import ProvinceScraper

SCRAPER = ProvinceScraper(
    slug="bingtuan",
    name="新疆生产建设兵团",
    short_name="兵团",
    code="660000",
    region="西部",
    department="新疆生产建设兵团生态环境局",
    aliases=(
        "新疆兵团",
        "兵团生态环境局",
    ),
)
