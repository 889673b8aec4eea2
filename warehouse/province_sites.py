"""Read-only ledger reads for the department websites (``mee-interviews scrapers``).

Listing pages of a department site are archived with source ``province_<slug>``; the newest one
per site is the last crawl's evidence. The caller classifies it (pure) with the hazard rules.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from warehouse.query import run_readonly

LAST_LISTINGS_SQL = """
SELECT source, status_code, body, fetched_at
FROM raw_pages
WHERE kind = 'listing' AND source LIKE 'province\\_%' ESCAPE '\\'
QUALIFY row_number() OVER (PARTITION BY source ORDER BY fetched_at DESC) = 1
"""


def last_listing_pages(path: Path) -> dict[str, tuple[int, bytes, datetime]]:
    """slug -> (status code, body, fetched_at) of its newest archived list page; {} without a warehouse."""
    if not Path(path).exists():
        return {}
    result = run_readonly(path, LAST_LISTINGS_SQL)
    return {src.removeprefix("province_"): (code, bytes(body), at) for src, code, body, at in result.rows}
