"""Read-only ledger reads for the department websites (``mee-interviews scrapers``).

Listing pages of a department site are archived with source ``province_<slug>``; the newest one
per site is the last crawl's evidence. The caller classifies it (pure) with the hazard rules.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from warehouse.query import QueryError, run_readonly

LAST_LISTINGS_SQL = """
WITH last AS (
    SELECT source, status_code, sha256, fetched_at
    FROM raw_pages
    WHERE kind = 'listing' AND source LIKE 'province\\_%' ESCAPE '\\'
    QUALIFY row_number() OVER (PARTITION BY source ORDER BY fetched_at DESC) = 1
)
SELECT last.source, last.status_code, last.fetched_at, raw_bodies.data
FROM last LEFT JOIN raw_bodies USING (sha256)
ORDER BY last.source, raw_bodies.part
"""


def last_listing_pages(path: Path) -> dict[str, tuple[int, bytes, datetime]]:
    """slug -> (status code, body, fetched_at) of its newest archived list page; {} without a warehouse."""
    if not Path(path).exists():
        return {}
    pages: dict[str, tuple[int, bytearray, datetime]] = {}
    for src, code, at, data in run_readonly(path, LAST_LISTINGS_SQL).rows:  # a body's parts in order
        body = pages.setdefault(src.removeprefix("province_"), (code, bytearray(), at))[1]
        body += data or b""
    return {slug: (code, bytes(body), at) for slug, (code, body, at) in pages.items()}


LAST_YIELDS_SQL = """
SELECT slug, department_site_articles_listed, department_site_articles_read, department_site_episodes
FROM v_province_coverage
WHERE department_site_articles_listed IS NOT NULL
"""


def last_site_yields(path: Path) -> dict[str, tuple[int, int, int]]:
    """slug -> (articles listed, read, episodes) of the newest run that walked its site; {} without one."""
    if not Path(path).exists():
        return {}
    try:
        rows = run_readonly(path, LAST_YIELDS_SQL).rows
    except QueryError:  # a warehouse older than migration 9 (or never migrated) has no such column
        return {}
    return {slug: (int(listed), int(read), int(episodes)) for slug, listed, read, episodes in rows}
