"""``mee-interviews scrapers`` rows: the last crawl outcome comes from the ledger, read-only."""

from datetime import UTC, datetime
from pathlib import Path

from mee_interviews.province_coverage import coverage_rows
from models.records import FetchedPage
from tests.provinces.support import recorded
from warehouse.archive import archive_page
from warehouse.engine import open_writer
from warehouse.schema import ensure_schema


def _listing(url: str, status: int, body: str, at: datetime) -> FetchedPage:
    return FetchedPage(url, url, status, (("Content-Type", "text/html"),), body.encode(), at)


def test_the_last_archived_list_page_of_each_site_gives_its_last_crawl_outcome(tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    engine = open_writer(path)
    ensure_schema(engine)
    early, late = datetime(2025, 2, 1, tzinfo=UTC), datetime(2025, 2, 2, 8, 30, tzinfo=UTC)
    jiangxi = "https://sthjt.jiangxi.gov.cn/jxssthjt/col/col42066/index.html"
    pages = [
        (_listing(jiangxi, 412, "<html></html>", early), "province_jiangxi"),  # older: superseded
        (_listing(jiangxi + "?p=2", 200, recorded("jiangxi.list.html"), late), "province_jiangxi"),
        (_listing("https://sthjt.hubei.gov.cn/dtyw/hbyw/", 412, "<html></html>", late), "province_hubei"),
        (
            _listing("https://sthjt.shaanxi.gov.cn/sy/hjyw/", 200, recorded("shaanxi.list.html"), late),
            "province_shaanxi",
        ),
    ]
    for page, source in pages:
        archive_page(engine, page, source=source, kind="listing", run_id="r1")
    engine.dispose()
    rows = {r["slug"]: r["last_crawl"] for r in coverage_rows(path)}
    # fetched at 08:30 UTC, shown in the warehouse's documented zone, China time (UTC+8)
    assert rows["jiangxi"] == "ok (2025-02-02 16:30)"
    assert rows["hubei"] == "blocked (2025-02-02 16:30)"
    assert rows["shaanxi"] == "needs_browser (2025-02-02 16:30)"
    assert rows["qinghai"] is None  # never crawled


def test_scrapers_shows_the_articles_the_last_walk_listed_read_and_found_episodes_among(
    tmp_path: Path,
) -> None:
    from flows.runtime import province_row
    from scrapers.provinces import default_registry
    from warehouse.department_pages import load_list_pages
    from warehouse.load import load_provinces

    path = tmp_path / "w.duckdb"
    engine = open_writer(path)
    ensure_schema(engine)
    load_provinces(engine, [province_row(s) for s in default_registry()])
    row = {"slug": "jiangxi", "url": "u", "outcome": "read", "form": "script", "articles_listed": 51,
           "articles_read": 51, "episodes": 1, "rendered": True, "reason": ""}  # fmt: skip
    load_list_pages(engine, "r1", [row], now=datetime(2026, 1, 1, tzinfo=UTC))
    engine.dispose()
    rows = {r["slug"]: r for r in coverage_rows(path)}
    assert (
        rows["jiangxi"]["department_site_articles_listed"],
        rows["jiangxi"]["department_site_articles_read"],
    ) == (51, 51)
    assert rows["jiangxi"]["department_site_episodes"] == 1
    assert rows["qinghai"]["department_site_articles_listed"] is None  # never walked
