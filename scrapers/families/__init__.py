"""Page families, one place each: ``FAMILIES`` is the one table of them.

Each module here declares its ``Family`` values (``family.py``: name, hosts, listings, article
reader, body containers, markup, trailer) and this table lists them, in the order markup is
tried and body containers are looked for. Everything that asks about a family asks this table:
``detect`` (which family a page is), ``readers`` (which reader reads it), ``listing`` (which
parser reads a list page, then the generic rules). Adding a family: its module and its line
below (docs/articles.md walks through one).
"""

from __future__ import annotations

from models.records import SourceFamily
from scrapers.families.family import ArticleReader, Family, FamilyTable, Listing, UnknownFamilyError
from scrapers.families.freewechat import FREEWECHAT, TW_MIRROR
from scrapers.families.mee import MEE, MEE_BIG5
from scrapers.families.others import GENERIC, PROVINCE, TEXT
from scrapers.families.thepaper import THEPAPER
from scrapers.families.wechat import WECHAT

FAMILIES = FamilyTable(
    (THEPAPER, WECHAT, MEE, MEE_BIG5, FREEWECHAT, TW_MIRROR, PROVINCE, TEXT, GENERIC),
    markup_default=SourceFamily.FREEWECHAT,
)

__all__ = ["FAMILIES", "ArticleReader", "Family", "FamilyTable", "Listing", "UnknownFamilyError"]
