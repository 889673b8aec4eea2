from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.locks import write_lock_held_elsewhere
from warehouse.engine import WarehouseBusyError, WarehouseMissingError, open_reader, open_writer
from warehouse.migrations import MIGRATIONS
from warehouse.query import QueryError, run_readonly
from warehouse.schema import SCHEMA_VERSION, ensure_schema


@pytest.fixture
def warehouse_file(empty_warehouse: Path) -> Path:
    return empty_warehouse


def test_sql_runs_read_only_and_refuses_writes(warehouse_file: Path) -> None:
    result = run_readonly(warehouse_file, "SELECT count(*) AS n FROM provinces")
    assert result.columns == ("n",) and result.rows == ((0,),)
    with pytest.raises(QueryError, match="read-only"):
        run_readonly(warehouse_file, "DELETE FROM provinces")


def test_a_bad_query_gives_one_line_from_duckdb(warehouse_file: Path) -> None:
    with pytest.raises(QueryError) as info:
        run_readonly(warehouse_file, "SELECT * FROM no_such_table")
    assert "no_such_table" in str(info.value) and "\n" not in str(info.value)


def test_a_missing_warehouse_file_says_to_run_ingest(tmp_path: Path) -> None:
    with pytest.raises(WarehouseMissingError, match="mee-interviews ingest"):
        open_reader(tmp_path / "absent.duckdb")


def test_a_reader_gets_a_clear_message_while_another_process_writes(warehouse_file: Path) -> None:
    with (
        write_lock_held_elsewhere(warehouse_file),
        pytest.raises(WarehouseBusyError, match="ingest is running"),
    ):
        open_reader(warehouse_file)


def test_every_table_and_column_carries_a_comment(warehouse_file: Path) -> None:
    result = run_readonly(
        warehouse_file,
        """
        SELECT table_name, column_name FROM duckdb_columns()
        WHERE NOT internal AND database_name = current_database() AND (comment IS NULL OR comment = '')""",
    )
    assert result.rows == ()
    tables = run_readonly(
        warehouse_file, "SELECT table_name FROM duckdb_tables() WHERE comment IS NULL OR comment = ''"
    )
    assert tables.rows == ()


def test_ensure_schema_is_idempotent_and_records_the_version(warehouse_file: Path) -> None:
    engine = open_writer(warehouse_file)
    ensure_schema(engine)
    engine.dispose()
    result = run_readonly(warehouse_file, "SELECT count(*), max(version) FROM schema_version")
    assert (result.rows[0][0], result.rows[0][1]) == (len(MIGRATIONS), SCHEMA_VERSION)


def test_a_writer_given_a_memory_limit_holds_duckdb_to_it(warehouse_file: Path) -> None:
    engine = open_writer(warehouse_file, memory_limit_mb=64)
    with engine.connect() as conn:
        limit = conn.exec_driver_sql("SELECT current_setting('memory_limit')").scalar()
    engine.dispose()
    assert limit == "61.0 MiB"  # DuckDB's MB are 10**6 bytes; it shows MiB


def test_a_writer_disposed_twice_releases_its_file_once_and_another_writer_can_open_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "w.duckdb"
    first, second = open_writer(path), open_writer(path)  # two engines share one attachment
    first.dispose()
    first.dispose()  # a failed snapshot disposes the run's engine, then the run's end does again
    with second.connect() as conn:  # the attachment is still the second engine's
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    second.dispose()
    again = open_writer(path)
    with again.connect() as conn:
        assert conn.exec_driver_sql("SELECT 42").scalar() == 42
    again.dispose()
