"""Outcomes kept packed until the load read back equal, and load like plain lists of outcomes."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine

import flows.loading
from flows.loading import load_outcomes
from flows.packing import PackedOutcome, PackedOutcomes, pack_page, unpack_page
from flows.parsing import parse_archived
from flows.runtime import RunContext
from models.outcomes import ArchivedPage, PageKind, PageOutcome, RunMode
from models.records import FetchedPage
from models.settings_load import load_settings
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import SAMPLE_PAGES
from tests.warehouse.test_load import snapshot
from warehouse.engine import open_writer
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


def test_a_packed_outcome_unpacks_to_an_equal_outcome(outcomes: list[PageOutcome]) -> None:
    for o in outcomes:
        assert PackedOutcome.of(o).unpack() == o


def test_a_parse_packs_to_under_a_third_of_its_pickle(outcomes: list[PageOutcome]) -> None:
    parsed = outcomes[0].parsed
    assert parsed is not None and parsed.episode is not None
    assert len(pack_page(parsed)) * 3 < len(pickle.dumps(parsed))
    assert unpack_page(pack_page(parsed)) == parsed


def test_packed_outcomes_read_like_the_list_they_were_made_from(outcomes: list[PageOutcome]) -> None:
    packed = PackedOutcomes(outcomes[:1])
    packed += PackedOutcomes(outcomes[1:2])
    packed += outcomes[2:]
    assert len(packed) == len(outcomes)
    assert list(packed) == outcomes
    assert packed[-1] == outcomes[-1] and packed[1:] == outcomes[1:]


def test_the_load_reads_packed_outcomes_chunk_by_chunk_like_a_list(
    outcomes: list[PageOutcome], monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(engine: Engine, given: list[PageOutcome] | PackedOutcomes) -> dict[str, list[tuple]]:
        ensure_schema(engine)
        ctx = RunContext(load_settings(env={}), None, engine, default_registry(), "run-1", RunMode.LIVE)
        assert load_outcomes(ctx, given) == {"new": 2, "updated": 0, "episodes": 2}
        # every row but its load timestamps (the two loads ran at different instants)
        return {
            table: [tuple(v for v in row if not isinstance(v, datetime)) for row in rows]
            for table, rows in snapshot(engine).items()
        }

    whole = run(open_writer(":memory:"), outcomes)
    monkeypatch.setattr(flows.loading, "LOAD_CHUNK", 1)
    assert run(open_writer(":memory:"), PackedOutcomes(outcomes)) == whole
