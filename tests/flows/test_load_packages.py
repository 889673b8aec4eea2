"""Load packages: a batch's parses staged on disk load like the parses themselves, however they
are split over packages and chunks; a half-written package is no package; a URL staged twice
counts once; a loaded package is recorded in the load's own transaction."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

import flows.loading
from flows.loading import load_packages
from flows.packing import pack_page, unpack_page
from flows.parsing import parse_archived
from flows.runtime import RunContext
from flows.staging import stage_batch
from models.outcomes import ArchivedPage, PageKind, PageOutcome, RunMode
from models.records import FetchedPage
from models.settings_load import load_settings
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import SAMPLE_PAGES
from tests.warehouse.test_load import snapshot
from warehouse.engine import open_writer
from warehouse.packages import (
    StagedParse,
    grouped_parses,
    loaded_ids,
    run_packages,
    staged_urls,
    write_package,
)
from warehouse.schema import ensure_schema

WECHAT_URL = "https://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMA==&mid=2650001010&idx=1"
MEE_URL = "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml"


def _parsed(url: str, name: str, source: str, series: str = "⑩") -> PageOutcome:
    body = (SAMPLE_PAGES / name).read_bytes().replace("⑩".encode(), series.encode())
    page = FetchedPage(
        url, url, 200, (("Content-Type", "text/html"),), body, datetime(2025, 3, 1, tzinfo=UTC)
    )
    return parse_archived(ArchivedPage(page, source, PageKind.FETCHED), default_registry())


@pytest.fixture(scope="module")
def outcomes() -> list[PageOutcome]:
    return [
        _parsed(WECHAT_URL, "jiangxi-10.wechat.html", "wechat"),
        PageOutcome(PageKind.FAILED, "https://www.mee.gov.cn/x.shtml", "mee", reason="HTTP 500"),
        _parsed(MEE_URL, "jiangxi-10.mee.shtml", "mee"),
        _parsed(WECHAT_URL.replace("2650001010", "2650001011"), "jiangxi-10.wechat.html", "wechat", "⑪"),
    ]


def context(engine: Engine, staging: Path, run_id: str = "run-1") -> RunContext:
    ensure_schema(engine)
    return RunContext(load_settings(env={}), None, engine, default_registry(), run_id, RunMode.LIVE, staging)


def rows_without_times(engine: Engine) -> dict[str, list[tuple]]:
    return {
        table: [tuple(v for v in row if not isinstance(v, datetime)) for row in rows]
        for table, rows in snapshot(engine).items()
    }


def test_a_parse_packs_to_under_a_third_of_its_pickle(outcomes: list[PageOutcome]) -> None:
    parsed = outcomes[0].parsed
    assert parsed is not None and parsed.episode is not None
    assert len(pack_page(parsed)) * 3 < len(pickle.dumps(parsed))
    assert unpack_page(pack_page(parsed)) == parsed


def test_a_staged_batch_keeps_its_summaries_and_stages_only_episode_copies(
    outcomes: list[PageOutcome], tmp_path: Path
) -> None:
    ctx = context(open_writer(":memory:"), tmp_path)
    result = stage_batch(ctx, 7, outcomes)
    assert [o.parsed for o in result.outcomes] == [None] * 4
    assert [o.province for o in result.outcomes] == ["jiangxi", None, "jiangxi", "jiangxi"]
    assert result.package is not None and result.package.package_id == "run-1/batch-00007"
    assert result.package.parses() == 3 and len(result.package.outcomes()) == 4
    assert staged_urls([result.package]) == {
        WECHAT_URL,
        MEE_URL,
        WECHAT_URL.replace("2650001010", "2650001011"),
    }


def test_packages_load_like_one_batch_whatever_the_split_and_the_chunk(
    outcomes: list[PageOutcome], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole_ctx = context(open_writer(":memory:"), tmp_path / "a")
    whole = stage_batch(whole_ctx, 1, outcomes).package
    assert whole is not None
    assert load_packages(whole_ctx, [whole]) == {"new": 2, "updated": 0, "episodes": 2}
    expected = rows_without_times(whole_ctx.engine)
    # the two copies of ⑩ in different packages, loaded one episode per chunk
    split_ctx = context(open_writer(":memory:"), tmp_path / "b")
    split = [
        stage_batch(split_ctx, n, part).package
        for n, part in enumerate(([outcomes[0]], outcomes[1:]), start=1)
    ]
    monkeypatch.setattr(flows.loading, "LOAD_CHUNK", 1)
    assert load_packages(split_ctx, [p for p in split if p is not None]) == {
        "new": 2,
        "updated": 0,
        "episodes": 2,
    }
    assert rows_without_times(split_ctx.engine) == expected
    assert (
        expected["episode_sources"]
        and len([r for r in expected["episode_sources"] if r[0] == "360000-010"]) == 2
    )


def test_a_loaded_package_is_recorded_in_the_load_and_removed_from_disk(
    outcomes: list[PageOutcome], tmp_path: Path
) -> None:
    ctx = context(open_writer(":memory:"), tmp_path)
    package = stage_batch(ctx, 1, outcomes).package
    assert package is not None
    load_packages(ctx, [package])
    with ctx.engine.connect() as conn:
        assert loaded_ids(conn, [package.package_id, "run-0/batch-00001"]) == {package.package_id}
        pages, parses, by = conn.exec_driver_sql(
            "SELECT pages, parses, loaded_run_id FROM load_packages"
        ).one()
    assert (pages, parses, by) == (4, 3, "run-1")
    assert not package.path.exists() and run_packages(tmp_path, "run-1") == []


def test_a_package_still_being_written_is_not_a_package(tmp_path: Path) -> None:
    done = write_package(tmp_path, "r1", "batch-00001", [StagedParse("k", "u1", b"x")], [])
    (tmp_path / "r1" / ".tmp-batch-00002").mkdir()  # what a kill mid-write leaves
    assert run_packages(tmp_path, "r1") == [done]


def test_a_url_staged_by_two_runs_counts_once_from_the_later_package(tmp_path: Path) -> None:
    older = write_package(
        tmp_path, "r1", "batch-00001", [StagedParse("k1", "u", b"old"), StagedParse("k2", "v", b"v")], []
    )
    newer = write_package(tmp_path, "r2", "batch-00001", [StagedParse("k1", "u", b"new")], [])
    assert list(grouped_parses([older, newer])) == [[b"v"], [b"new"]]  # k1 now only in the newer package


def test_parses_come_back_grouped_by_episode_each_episode_once(tmp_path: Path) -> None:
    one = write_package(
        tmp_path, "r1", "batch-00001", [StagedParse("b", "u1", b"1"), StagedParse("a", "u2", b"2")], []
    )
    two = write_package(tmp_path, "r1", "batch-00002", [StagedParse("b", "u3", b"3")], [])
    # in the order of the package that holds an episode's first copy, copies in package order
    assert list(grouped_parses([one, two])) == [[b"1", b"3"], [b"2"]]
