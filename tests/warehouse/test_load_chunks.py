"""A run's load given chunk by chunk: the same rows as one load, and still one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest
from sqlalchemy.engine import Engine

from models.records import EpisodeBundle
from models.tables import QuarantineRow
from tests.warehouse import factories as f
from tests.warehouse.test_load import snapshot
from warehouse.bulk import insert_rows
from warehouse.engine import open_writer
from warehouse.load import WarehouseMemoryError, load_bundle_chunks, load_bundles, quarantine_row
from warehouse.schema import ensure_schema

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def fresh() -> Engine:
    engine = open_writer(":memory:")
    ensure_schema(engine)
    return engine


def test_loading_in_chunks_writes_the_same_rows_as_one_load() -> None:
    bundles = [f.bundle(series_no=n) for n in (10, 11, 12)]
    whole, chunked = fresh(), fresh()
    assert load_bundles(whole, bundles, run_id="r1", now=T0) == load_bundle_chunks(
        chunked, iter([bundles[:1], bundles[1:]]), run_id="r1", now=T0
    )
    assert snapshot(chunked) == snapshot(whole)
    assert len(snapshot(chunked)["episodes"]) == 3


def test_a_chunked_load_that_dies_half_way_leaves_the_warehouse_as_it_was(engine: Engine) -> None:
    load_bundles(engine, [f.bundle(series_no=10)], run_id="r1", now=T0)
    before = snapshot(engine)

    def chunks() -> Iterator[list[EpisodeBundle]]:
        yield [f.bundle(series_no=10, headline="改过的标题"), f.bundle(series_no=11)]
        raise RuntimeError("the next chunk could not be merged")

    with pytest.raises(RuntimeError, match="could not be merged"):
        load_bundle_chunks(engine, chunks(), run_id="r2", now=T0)
    assert snapshot(engine) == before


def test_inserted_rows_free_their_arrow_columns_before_the_transaction_ends(engine: Engine) -> None:
    def arrow_bytes() -> int:
        return int(pa.total_allocated_bytes() + pa.system_memory_pool().bytes_allocated())

    rows = [
        quarantine_row(
            url=f"https://example.org/{i}", raw_sha256="a" * 64, status="failed", reason="原因" * 500,
            source="mee", run_id="r1", now=T0,
        )
        for i in range(200)
    ]  # fmt: skip
    before = arrow_bytes()
    with engine.begin() as conn:
        insert_rows(conn, QuarantineRow.__table__, rows)
        held = arrow_bytes() - before  # a registered view kept ~600 KB here until commit
    assert held < 10_000


def test_a_load_beyond_the_writer_memory_limit_says_which_setting_to_raise_and_writes_nothing(
    tmp_path: Path,
) -> None:
    engine = open_writer(tmp_path / "w.duckdb", memory_limit_mb=16)  # the smallest the settings allow
    ensure_schema(engine)
    load_bundles(engine, [f.bundle(series_no=10)], run_id="r1", now=T0)
    before = snapshot(engine)
    # one body of 24 MB: a string larger than the whole limit, which no spill can make room for
    huge = f.bundle(series_no=100, body_text="水" * 8_000_000, questions=(), indicators=(), claims=())
    with pytest.raises(WarehouseMemoryError, match="writer_memory_limit_mb") as raised:
        load_bundle_chunks(engine, [[huge]], run_id="r2", now=T0)
    assert "Out of Memory" in str(raised.value.__cause__)
    assert snapshot(engine) == before
    engine.dispose()


def test_a_load_larger_than_the_writers_memory_limit_commits_row_group_by_row_group(tmp_path: Path) -> None:
    # 2,500 episodes of 8,000-character bodies (twice: body_text and original_body, 120 MB of
    # UTF-8) under a 48 MB limit: the writer puts each full row group into the file as it goes
    text = "".join(chr(0x4E00 + (n * 7919) % 20000) for n in range(8000))
    bundles = [
        f.bundle(
            body_text=text[n % 97 :] + str(n), original_body=text, questions=(), indicators=(), claims=()
        )
        for n in range(2500)
    ]
    for n, bundle in enumerate(bundles):
        bundles[n] = EpisodeBundle(
            episode=replace(bundle.episode, series_no=n + 1),
            parser_version=bundle.parser_version,
            raw_sha256=bundle.raw_sha256,
            sources=bundle.sources[:1],
        )
    engine = open_writer(tmp_path / "w.duckdb", memory_limit_mb=48)
    ensure_schema(engine)
    chunks = (bundles[i : i + 100] for i in range(0, len(bundles), 100))
    assert len(load_bundle_chunks(engine, chunks, run_id="r1", now=T0)) == 2500
    engine.dispose()
    check = open_writer(tmp_path / "w.duckdb")  # reading 2,048 such bodies at once needs more than 48 MB
    with check.connect() as conn:
        counted = conn.exec_driver_sql("SELECT count(*), min(length(original_body)) FROM episodes").one()
    check.dispose()
    assert counted == (2500, 8000)
