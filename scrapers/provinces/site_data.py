"""A department website as data: the ``[unit.site]`` table of ``units.toml`` made into a site object.

Entry points, list and article selectors, the JCMS unit id, a POST list API and a note of what the
evidence says (``about``: example URLs, quirks, sources) live in data. The site object is the CMS
family's mixin (``cms/``) with those values as class attributes; a unit whose site needs code no
family has keeps a module ``scrapers/provinces/<slug>.py`` defining ``Site`` (a subclass of its
family's mixin with only that code), and the data is applied on top of it.

An entry point is UNCONFIRMED unless it says ``status = "confirmed"`` and names the ``recording``
(a ``scrapers check --record`` manifest) that shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrapers.provinces.cms import FAMILIES, CmsSite, EntryPoint
from scrapers.provinces.cms.list_api import ListApi
from scrapers.provinces.cms.site import CONFIRMED, UNCONFIRMED, EntryStatus

SELECTOR_KEYS = ("title_selectors", "date_selectors", "source_selectors", "body_selectors")
SITE_KEYS = frozenset({"about", "entry_points", "list_item_selector", "unit_id", "list_api", *SELECTOR_KEYS})
ENTRY_KEYS = frozenset({"path", "label", "kind", "status", "recording"})


class SiteDataError(ValueError):
    """A ``[unit.site]`` table is malformed; the message names the unit and the key."""


def entry_point(slug: str, data: Mapping[str, Any]) -> EntryPoint:
    """One ``entry_points`` item, checked."""
    unknown = sorted(set(data) - ENTRY_KEYS)
    if unknown or "path" not in data or "label" not in data:
        raise SiteDataError(
            f"{slug}: an entry point needs path and label, unknown keys {unknown}: {dict(data)}"
        )
    status = str(data.get("status", UNCONFIRMED)).lower()  # UNCONFIRMED reads as the docs write it
    if status not in (CONFIRMED, UNCONFIRMED):
        raise SiteDataError(
            f"{slug}: entry point status must be {str(CONFIRMED)!r} or {str(UNCONFIRMED)!r}, got {status!r}"
        )
    if status == CONFIRMED and not data.get("recording"):
        raise SiteDataError(
            f"{slug}: entry point {data['path']!r} is confirmed but names no recording "
            "(run `mee-interviews scrapers check --record DIR` on the live site)"
        )
    kind = data.get("kind", "column")
    if kind not in ("column", "search"):
        raise SiteDataError(f"{slug}: entry point kind must be column or search, got {kind!r}")
    return EntryPoint(
        str(data["path"]), str(data["label"]), EntryStatus(status), kind, str(data.get("recording", ""))
    )


def class_attributes(slug: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The class attributes a ``[unit.site]`` table sets (see the module docstring)."""
    unknown = sorted(set(data) - SITE_KEYS)
    if unknown:
        raise SiteDataError(
            f"units.toml {slug}: unknown [unit.site] keys {unknown}; known: {sorted(SITE_KEYS)}"
        )
    attrs: dict[str, Any] = {
        "entry_points": tuple(entry_point(slug, e) for e in data.get("entry_points", ()))
    }
    for key in SELECTOR_KEYS:
        if key in data:
            attrs[key] = tuple(str(s) for s in data[key])
    for key in ("list_item_selector", "unit_id"):
        if key in data:
            attrs[key] = str(data[key])
    if "list_api" in data:
        try:
            attrs["list_api"] = ListApi.from_data(dict(data["list_api"]))
        except (TypeError, ValueError) as exc:
            raise SiteDataError(f"units.toml {slug}: list_api: {exc}") from exc
    attrs["about"] = str(data.get("about", ""))
    return attrs


def build_site(slug: str, family: str, data: Mapping[str, Any], base: type[CmsSite] | None = None) -> CmsSite:
    """The site of ``slug``: ``base`` (its module's ``Site``) or its family's mixin, with ``data`` applied."""
    cls = base or FAMILIES[family]
    if cls.family != family:
        raise SiteDataError(
            f"{slug}: its module's Site is a {cls.family!r} site but units.toml says {family!r}"
        )
    name = slug.title().replace("_", "") + "Site"
    site: CmsSite = type(name, (cls,), {"__module__": __name__, **class_attributes(slug, data)})()
    return site
