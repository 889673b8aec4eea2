"""Coverage of the 32 units for ``mee-interviews scrapers``: site, entry points, fixtures, last crawl.

Fixture counts read ``tests/files/provinces`` of a source checkout (0 for an installed package).

The last crawl outcome is read from the warehouse ledger (read-only): the newest archived list
page of each department site, classified again with the same hazard rules the walk uses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.outcomes import SiteOutcome
from scrapers.provinces import ProvinceScraper, default_registry
from scrapers.provinces.hazards import access_hazard, list_hazard
from warehouse.province_sites import last_listing_pages, last_site_yields

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "files" / "provinces"


def coverage_rows(warehouse: Path | None = None) -> list[dict[str, Any]]:
    """One row per unit (see the module docstring); ``warehouse`` None or missing: no crawl column."""
    last = last_listing_pages(warehouse) if warehouse is not None else {}
    yields = last_site_yields(warehouse) if warehouse is not None else {}
    return [
        {**_row(unit, last.get(unit.slug)), **_yields(yields.get(unit.slug))} for unit in default_registry()
    ]


def _yields(found: tuple[int, int, int] | None) -> dict[str, int | None]:
    """Articles the last walk's list pages held, read, and episodes among them (None: never walked)."""
    listed, read, episodes = found if found is not None else (None, None, None)
    return {
        "department_site_articles_listed": listed,
        "department_site_articles_read": read,
        "department_site_episodes": episodes,
    }


def _row(unit: ProvinceScraper, last: tuple[int, bytes, Any] | None) -> dict[str, Any]:
    entries = unit.site.entry_points if unit.site else ()
    return {
        "slug": unit.slug,
        "code": unit.code,
        "name": unit.name,
        "domain": unit.domain,
        "cms": unit.cms,
        "evidence": unit.evidence,
        "module": unit.site is not None,
        "entry_points": [
            {"path": e.path, "label": e.label, "kind": e.kind, "status": e.status} for e in entries
        ],
        "entry_points_confirmed": sum(e.confirmed for e in entries),
        "entry_points_unconfirmed": sum(not e.confirmed for e in entries),
        "fixtures": len(list(FIXTURES.glob(f"{unit.slug}.*"))) if FIXTURES.is_dir() else 0,
        "last_crawl": _outcome(unit, last),
    }


def _outcome(unit: ProvinceScraper, last: tuple[int, bytes, Any] | None) -> str | None:
    if last is None:
        return None
    status, body, at = last
    text = body.decode("utf-8", errors="replace")
    hazard = access_hazard(status, {}, text)
    if hazard is None and unit.site is not None and status < 400:
        hazard = list_hazard(text, len(unit.site.parse_list(text, f"https://{unit.domain}/").items))
    verdict: SiteOutcome = hazard.outcome if hazard else ("failed" if status >= 400 else "ok")
    return f"{verdict} ({at:%Y-%m-%d %H:%M})"
