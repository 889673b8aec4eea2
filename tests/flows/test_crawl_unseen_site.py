"""The real ingest flow on a site no listing family was written for, with all sources on one host.

Settings alone point wechat, mee and tw_mirror at the same local server (tests/support/unseen_site.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.ingest import ingest
from mee_interviews.cli import app
from tests.support.unseen_site import (
    CRAWL_DELAY,
    MEE_ARTICLE,
    MEE_LIST,
    MIRROR_PRIVATE,
    TRUNCATED_ARTICLE,
    WECHAT_ARTICLE,
    UnseenSite,
    unseen_site,
)
from warehouse.query import run_readonly

pytestmark = pytest.mark.usefixtures("prefect_harness")
EPISODE = "360000-010"
WECHAT_URL = "https://mp.weixin.qq.com" + WECHAT_ARTICLE
MEE_URL = "https://www.mee.gov.cn" + MEE_ARTICLE
MIRROR_URL = "https://kknews.cc/zh-tw/a/MzkwMDAwMDAwMA==/2650001010/1"


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[UnseenSite]:
    with unseen_site() as s:
        for key, value in s.env().items():
            monkeypatch.setenv(key, value)
        yield s


def rows(db: Path, sql: str) -> list[tuple]:
    return [tuple(r) for r in run_readonly(db, sql).rows]


def test_the_unseen_site_loads_one_jiangxi_episode_with_every_source(site: UnseenSite, db_path: Path) -> None:
    state = ingest(db_path=str(db_path), mode="live", return_state=True)
    result = state.result()
    assert rows(db_path, "SELECT episode_key, source FROM episodes") == [(EPISODE, "wechat")]
    sources = set(rows(db_path, f"SELECT url, source FROM episode_sources WHERE episode_key = '{EPISODE}'"))
    # each copy is credited to the source whose entry point found it, on that source's canonical host
    assert {(WECHAT_URL, "wechat"), (MEE_URL, "mee"), (MIRROR_URL, "tw_mirror")} <= sources
    assert rows(db_path, f"SELECT count(*) FROM questions WHERE episode_key = '{EPISODE}'") == [(3,)]
    # MEE page 2 has links in a markup nobody reads here and no episode: the run says so
    assert state.is_completed() and state.name == "Partial"
    assert result["status"] == "partial" and result["listing_empty"] == 1
    assert ("listing_empty", f"https://www.mee.gov.cn{MEE_LIST}?page=2", "links, none names an episode") in (
        result["problems"]
    )
    skipped = [p for p in result["problems"] if p[0] == "skipped"]
    assert [p[1] for p in skipped] == ["https://kknews.cc" + MIRROR_PRIVATE]
    assert skipped[0][2].startswith("robots_disallowed")
    # the WeChat copy cut at 50 % is archived and reported, never loaded over the complete copies
    truncated = "https://mp.weixin.qq.com" + TRUNCATED_ARTICLE
    assert result["incomplete"] == 1
    assert any(k == "incomplete" and u == truncated for k, u, _ in result["problems"])
    assert truncated not in {url for url, _ in sources}


def test_every_archived_page_is_filed_under_its_canonical_url(site: UnseenSite, db_path: Path) -> None:
    ingest(db_path=str(db_path), mode="live")
    listings = [r[0] for r in rows(db_path, "SELECT requested_url FROM raw_pages WHERE kind = 'listing'")]
    assert len(listings) == 5
    assert all(
        u.startswith(("https://mp.weixin.qq.com/", "https://www.mee.gov.cn/", "https://kknews.cc/"))
        for u in listings
    )
    assert rows(db_path, "SELECT count(*) FROM raw_pages WHERE requested_url LIKE '%127.0.0.1%'") == [(0,)]


def test_the_generic_fallbacks_are_counted_per_listing_page(site: UnseenSite, db_path: Path) -> None:
    result = ingest(db_path=str(db_path), mode="live", return_state=True).result()
    assert result["fallbacks"] == 3  # MEE page 1: items and pagination; the mirror list: items


def test_faults_are_retried_politely_and_the_disallowed_link_is_never_requested(
    site: UnseenSite, db_path: Path
) -> None:
    ingest(db_path=str(db_path), mode="live")
    srv = site.server
    assert srv.count(WECHAT_ARTICLE) == 2  # 429 with Retry-After, then the page
    assert srv.count(MEE_ARTICLE) == 2  # 503, then the page
    assert srv.count(MIRROR_PRIVATE) == 0
    assert srv.count("/robots.txt") == 1
    starts = [r.at for r in srv.requests[1:]]  # after robots.txt, Crawl-delay spaces every request
    assert min(b - a for a, b in pairwise(starts)) >= CRAWL_DELAY * 0.9


def test_a_second_run_sends_conditional_gets_and_fewer_requests(site: UnseenSite, db_path: Path) -> None:
    first = ingest(db_path=str(db_path), mode="live", return_state=True).result()
    before = rows(db_path, "SELECT * FROM episodes")
    site.server.clear()
    second = ingest(db_path=str(db_path), mode="live", return_state=True).result()
    assert (second["new"], second["updated"], second.get("fetched", 0)) == (0, 0, 0)
    assert second["status"] == "success"  # nothing new, and no unread listing page on the way
    assert second["requests_sent"] < first["requests_sent"]
    articles = [r for r in site.server.requests if r.path in (WECHAT_ARTICLE, MEE_ARTICLE)]
    assert {r.path for r in articles} == {WECHAT_ARTICLE, MEE_ARTICLE}
    assert all(r.header("if-none-match") or r.header("if-modified-since") for r in articles)
    assert rows(db_path, "SELECT * FROM episodes") == before


def test_ingest_strict_exits_2_on_a_partial_run(site: UnseenSite, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", "--live", "--strict", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2, result.output


def test_a_run_whose_entry_points_all_fail_ends_failed(
    site: UnseenSite, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("WECHAT", "MEE", "TW_MIRROR"):
        monkeypatch.setenv(f"MEE_INTERVIEWS__SOURCES__{var}__ENTRY_POINTS", '["/gone/"]')
    state = ingest(db_path=str(db_path), mode="live", return_state=True)
    assert state.is_failed()
    assert state.message == "failed: none of the 3 entry points could be read"
    failure = state.result(raise_on_failure=False)
    assert failure.result["status"] == "failed"
    assert [p[0] for p in failure.result["problems"]] == ["listing_failed"] * 3
    assert rows(db_path, "SELECT status FROM ingest_runs") == [("failed",)]


def test_ingest_exits_1_with_the_reason_when_the_run_failed(
    site: UnseenSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("WECHAT", "MEE", "TW_MIRROR"):
        monkeypatch.setenv(f"MEE_INTERVIEWS__SOURCES__{var}__ENTRY_POINTS", '["/gone/"]')
    result = CliRunner().invoke(app, ["ingest", "--live", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1
    assert "none of the 3 entry points could be read" in result.output
