"""CMS families of the department websites: one mixin each, pure parsers for list, pagination, article.

``FAMILIES`` maps the family names used in ``units.toml`` and by ``new-scraper --family`` to the
mixin a province module subclasses.
"""

from __future__ import annotations

from scrapers.provinces.cms.generic import GenericSite
from scrapers.provinces.cms.jcms import JcmsSite
from scrapers.provinces.cms.jsonsearch import JsonSearchSite
from scrapers.provinces.cms.site import CONFIRMED, UNCONFIRMED, CmsSite, EntryPoint
from scrapers.provinces.cms.trs import TrsSite

FAMILIES: dict[str, type[CmsSite]] = {
    "trs": TrsSite,
    "jcms": JcmsSite,
    "json": JsonSearchSite,
    "generic": GenericSite,
}

__all__ = [
    "CONFIRMED",
    "FAMILIES",
    "UNCONFIRMED",
    "CmsSite",
    "EntryPoint",
    "GenericSite",
    "JcmsSite",
    "JsonSearchSite",
    "TrsSite",
]
