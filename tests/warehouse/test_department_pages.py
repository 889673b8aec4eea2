"""department_list_pages keeps each department list page a run visited; v_province_coverage sums
the newest run's pages per province (an older run's numbers never add to it)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from flows.runtime import province_row
from scrapers.provinces import default_registry
from warehouse.department_pages import load_list_pages
from warehouse.load import load_provinces

AT = datetime(2026, 1, 1, tzinfo=UTC)


def page(
    slug: str, held: int, read: int, episodes: int, outcome: str = "read", **more: object
) -> dict[str, object]:
    row = {"slug": slug, "url": f"https://{slug}.example/list", "outcome": outcome, "form": "script",
           "articles_listed": held, "articles_read": read, "episodes": episodes, "rendered": False, "reason": ""}  # fmt: skip
    return row | more


def coverage(engine: Engine) -> list[tuple]:
    sql = (
        "SELECT slug, department_site_articles_listed, department_site_articles_read, department_site_episodes, "
        "department_site_unreadable_pages FROM v_province_coverage WHERE slug IN ('jiangxi', 'qinghai', 'beijing') "
        "ORDER BY slug"
    )
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]


def test_the_coverage_view_sums_the_newest_run_of_each_site_and_leaves_unwalked_sites_null(
    engine: Engine,
) -> None:
    load_provinces(engine, [province_row(s) for s in default_registry()])
    load_list_pages(
        engine, "20260101T000000Z-aaaaaa", [page("jiangxi", 50, 50, 0), page("qinghai", 20, 20, 1)], now=AT
    )
    newer = [page("jiangxi", 50, 0, 0, "listing_unreadable", reason="50 article records in script data, none with a readable URL"),
             page("jiangxi", 15, 15, 0)]  # fmt: skip
    assert load_list_pages(engine, "20260102T000000Z-bbbbbb", newer, now=AT) == 2
    assert coverage(engine) == [
        ("beijing", None, None, None, None),
        ("jiangxi", 65, 15, 0, 1),  # the newer run only
        ("qinghai", 20, 20, 1, 0),  # its newest run is the older one
    ]
    with engine.connect() as conn:
        seqs = conn.exec_driver_sql(
            "SELECT seq FROM department_list_pages WHERE run_id LIKE '20260102%' ORDER BY seq"
        ).fetchall()
    assert [s for (s,) in seqs] == [1, 2]
