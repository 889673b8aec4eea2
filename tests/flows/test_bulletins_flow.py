"""The bulletins flow end to end on the local bulletin site, under the Prefect test harness."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.bulletins import bulletins
from flows.reparse import reparse
from tests.support.bulletin_site import FILES, BulletinSite, bulletin_site
from tests.support.fault_server import Reply
from warehouse.query import run_readonly

pytestmark = pytest.mark.usefixtures("prefect_harness")
CRAWLED = "SELECT * FROM reference_figures WHERE origin <> 'curated:figures.toml' ORDER BY ALL"


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[BulletinSite]:
    with bulletin_site() as s:
        for key, value in s.env().items():
            monkeypatch.setenv(key, value)
        yield s


def rows(db: Path, sql: str) -> tuple[tuple, ...]:
    return run_readonly(db, sql).rows


def site_body(name: str, old: bytes, new: bytes) -> bytes:
    """A page of the site with one figure changed."""
    return (FILES / name).read_bytes().replace(old, new)


def test_a_crawled_bulletin_yields_reference_rows_with_their_quotes(
    site: BulletinSite, db_path: Path
) -> None:
    result = bulletins(db_path=str(db_path))
    assert result["status"] == "success" and (result["new"], result["bulletins"], result["figures"]) == (
        4,
        4,
        18,
    )
    got = rows(
        db_path,
        """SELECT scope_code, code, year, value, source_kind, source_title, publisher, quote, start_offset,
                  end_offset, verification, seen_at
           FROM reference_figures WHERE origin LIKE '%t20250605_1000001.shtml' AND code = 'pm25_avg_concentration'""",
    )
    ((scope, code, year, value, kind, title, publisher, quote, start, end, verification, seen),) = got
    assert (scope, code, year, value) == ("000000", "pm25_avg_concentration", 2024, 29.3)
    assert (kind, title, publisher) == ("national_bulletin", "2024中国生态环境状况公报", "生态环境部")
    assert "29.3微克/立方米" in quote and end - start == len(quote)
    assert verification == "unverified" and seen == [
        "https://www.mee.gov.cn/hjzl/sthjzk/zghjzkgb/202506/t20250605_1000001.shtml"
    ]
    assert rows(db_path, "SELECT count(*) FROM raw_pages WHERE kind = 'bulletin'") == ((8,),)
    assert rows(db_path, "SELECT mode, status, discovered, fetched FROM ingest_runs") == (
        ("bulletins", "success", 5, 4),
    )


def test_a_second_run_changes_no_row_and_a_changed_page_replaces_only_its_own_rows(
    site: BulletinSite, db_path: Path
) -> None:
    bulletins(db_path=str(db_path))
    before = rows(db_path, CRAWLED)
    again = bulletins(db_path=str(db_path))
    assert (again["new"], again["updated"], again["unchanged"]) == (0, 0, 4) and rows(
        db_path, CRAWLED
    ) == before
    site.serve(
        "mee.bulletin-2022.shtml", body=site_body("mee.bulletin-2022.shtml", b"86.5%", b"86.6%"), etag='"v2"'
    )
    third = bulletins(db_path=str(db_path))
    assert (third["new"], third["updated"]) == (0, 1)
    values = rows(
        db_path,
        "SELECT value FROM reference_figures WHERE year = 2022 AND code = 'good_air_days_ratio' "
        "AND origin <> 'curated:figures.toml'",
    )
    assert values == ((86.6,),)
    assert len(rows(db_path, CRAWLED)) == len(before)


def test_a_broken_bulletin_makes_the_run_partial_and_keeps_the_rest(
    site: BulletinSite, db_path: Path
) -> None:
    site.jiangxi.route("/art/2024/6/5/art_42164_6000002.html", Reply(status=404))
    state = bulletins(db_path=str(db_path), return_state=True)
    assert state.is_completed() and state.name == "Partial"
    result = state.result()
    assert result["failed"] == 1 and result["bulletins"] == 3
    assert [p[0] for p in result["problems"]] == ["failed", "not_bulletin"]


def test_reparse_reads_the_archived_bulletins_again_without_the_network(db_path: Path) -> None:
    with bulletin_site() as s, pytest.MonkeyPatch.context() as mp:
        for key, value in s.env().items():
            mp.setenv(key, value)
        bulletins(db_path=str(db_path))
    before = rows(db_path, CRAWLED)
    result = reparse(db_path=str(db_path))  # the site is gone: only the archive is read
    assert (result["bulletins"], result["bulletins_updated"]) == (4, 0)
    assert rows(db_path, CRAWLED) == before
