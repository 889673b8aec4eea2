from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.locks import write_lock_held_elsewhere
from tests.warehouse import sample_data as s
from warehouse.engine import MEMORY, WarehouseBusyError, open_writer
from warehouse.export import (
    NOT_EXPORTED,
    export_parquet,
    make_snapshot,
    open_reader_or_snapshot,
    snapshot_path,
)
from warehouse.schema import SCHEMA_VERSION
from warehouse.views import VIEWS


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return s.build_warehouse(tmp_path_factory.mktemp("export") / "w.duckdb")


@pytest.fixture
def warehouse_file(template: Path, tmp_path: Path) -> Path:
    """A private copy of the sample warehouse (tests add snapshots and locks beside it)."""
    return Path(shutil.copy(template, tmp_path / "w.duckdb"))


@pytest.fixture
def writer_elsewhere(warehouse_file: Path) -> Iterator[None]:
    """Another process holding the warehouse's write lock, as a running ingest does."""
    with write_lock_held_elsewhere(warehouse_file):
        yield


def parquet_rows(path: Path) -> int:
    engine = open_writer(MEMORY)
    with engine.connect() as conn:
        n = conn.exec_driver_sql(f"SELECT count(*) FROM read_parquet('{path}')").scalar()
    engine.dispose()
    return int(n or 0)


def test_export_writes_one_parquet_per_table_and_view_with_matching_row_counts(
    warehouse_file: Path, tmp_path: Path
) -> None:
    paths = export_parquet(warehouse_file, tmp_path / "out")
    manifest = json.loads(paths[-1].read_text())
    assert paths[-1].name == "manifest.json" and manifest["schema_version"] == SCHEMA_VERSION
    relations = manifest["relations"]
    assert {v.name for v in VIEWS} - set(NOT_EXPORTED) <= set(relations) and "episodes" in relations
    assert "v_raw_pages" in manifest["not_exported"] and "raw_bodies" in relations
    assert relations["v_province_coverage"]["rows"] == 32 and relations["episodes"]["rows"] == 3
    for path in paths[:-1]:
        assert parquet_rows(path) == relations[path.stem]["rows"], path.stem


def test_a_snapshot_is_a_full_copy_with_views_and_comments(warehouse_file: Path) -> None:
    snapshot = make_snapshot(warehouse_file).path
    assert snapshot == snapshot_path(warehouse_file) and snapshot.name == "w.snapshot.duckdb"
    engine, used = open_reader_or_snapshot(snapshot)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM v_episodes").scalar() == 3
        assert (
            conn.exec_driver_sql("SELECT comment FROM duckdb_views() WHERE view_name = 'v_qa'")
            .scalar()
            .startswith("Questions")
        )
    engine.dispose()
    assert used is False


def test_the_writer_can_snapshot_through_its_own_engine(warehouse_file: Path) -> None:
    writer = open_writer(warehouse_file)
    try:
        assert make_snapshot(warehouse_file, writer).path.exists()
    finally:
        writer.dispose()


def test_a_reader_falls_back_to_the_snapshot_while_an_ingest_writes(
    warehouse_file: Path, request: pytest.FixtureRequest
) -> None:
    make_snapshot(warehouse_file)
    request.getfixturevalue("writer_elsewhere")
    engine, used = open_reader_or_snapshot(warehouse_file)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM episodes").scalar() == 3
    engine.dispose()
    assert used is True


def test_without_a_snapshot_the_busy_error_stands(warehouse_file: Path, writer_elsewhere: None) -> None:
    with pytest.raises(WarehouseBusyError, match="ingest is running"):
        open_reader_or_snapshot(warehouse_file)
    with pytest.raises(WarehouseBusyError):
        make_snapshot(warehouse_file)
