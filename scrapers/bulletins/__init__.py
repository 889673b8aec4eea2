"""状况公报 pages read into reference figures: the official record episodes are checked against.

``crawl`` walks the configured bulletin entry points through ``PoliteClient`` (the only network
code); ``read`` reads one fetched page, purely, into a bulletin's figures or a list's links
(``recognise``: title and structure rules; ``figures``: the interviews' own extractor). The flow
(``flows/bulletins.py``) archives every page and loads the figures (``warehouse.reference``).
"""

from scrapers.bulletins.crawl import (
    BulletinArchive,
    BulletinCrawl,
    BulletinEntry,
    bulletin_entries,
    bulletin_entry_problems,
    crawl_bulletins,
    owner_of,
)
from scrapers.bulletins.read import BulletinOwner, BulletinPage, read_bulletin_page

__all__ = [
    "BulletinArchive",
    "BulletinCrawl",
    "BulletinEntry",
    "BulletinOwner",
    "BulletinPage",
    "bulletin_entries",
    "bulletin_entry_problems",
    "crawl_bulletins",
    "owner_of",
    "read_bulletin_page",
]
