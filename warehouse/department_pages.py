"""The department list pages a run visited (``department_list_pages``): written once per run.

Rows come from the walk's per-page yields (``flows/site_reports.py`` turns them into plain
dicts); ``v_province_coverage`` sums the newest run's rows per province.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy.engine import Engine

from models.tables import DepartmentListPageRow
from warehouse.bulk import insert_rows

COLUMNS = (
    "slug",
    "url",
    "outcome",
    "form",
    "articles_listed",
    "articles_read",
    "episodes",
    "rendered",
    "reason",
)


def load_list_pages(
    engine: Engine, run_id: str, pages: Sequence[Mapping[str, object]], *, now: datetime
) -> int:
    """Insert one row per visited list page (numbered per site in visit order); returns the count."""
    seq: dict[object, int] = {}
    rows = []
    for page in pages:
        seq[page["slug"]] = seq.get(page["slug"], 0) + 1
        rows.append(
            {**{k: page[k] for k in COLUMNS}, "run_id": run_id, "seq": seq[page["slug"]], "visited_at": now}
        )
    if rows:
        with engine.begin() as conn:
            insert_rows(conn, DepartmentListPageRow.__table__, rows, on_conflict="ON CONFLICT DO NOTHING")
    return len(rows)
