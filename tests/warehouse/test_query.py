"""The read-only door: every way to write, read files or load code through `sql` is refused."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.support.locks import write_lock_held_elsewhere
from warehouse.engine import WarehouseBusyError, open_reader
from warehouse.query import QueryError, QueryRefused, open_session, run_readonly
from warehouse.snapshot import make_snapshot


@pytest.fixture
def warehouse_file(empty_warehouse: Path) -> Path:
    return empty_warehouse


@pytest.fixture
def other_warehouse(tmp_path: Path) -> Path:
    """Another DuckDB file with one row, which `sql` on the first must never reach."""
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE questions AS SELECT 1 AS q_no")
    con.close()
    return path


def refusal(path: Path, sql: str) -> str:
    with pytest.raises(QueryRefused) as caught:
        run_readonly(path, sql)
    return str(caught.value)


def test_attaching_another_warehouse_read_write_is_refused_and_it_keeps_its_rows(
    warehouse_file: Path, other_warehouse: Path
) -> None:
    message = refusal(warehouse_file, f"ATTACH '{other_warehouse}' AS rw (READ_WRITE)")
    assert message.startswith("refused: `sql` cannot read or write files, attach databases")
    with pytest.raises(QueryRefused):
        run_readonly(
            warehouse_file, f"ATTACH '{other_warehouse}' AS rw (READ_WRITE); DELETE FROM rw.questions"
        )
    assert duckdb.connect(str(other_warehouse), read_only=True).execute(
        "SELECT count(*) FROM questions"
    ).fetchone() == (1,)


def test_copy_to_a_file_is_refused_and_writes_nothing(warehouse_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "w.snapshot.duckdb"
    assert "cannot read or write files" in refusal(warehouse_file, f"COPY (SELECT 1) TO '{target}'")
    assert not target.exists()


def test_export_database_is_refused_and_writes_nothing(warehouse_file: Path, tmp_path: Path) -> None:
    assert "cannot read or write files" in refusal(warehouse_file, f"EXPORT DATABASE '{tmp_path / 'dump'}'")
    assert not (tmp_path / "dump").exists()


@pytest.mark.parametrize("sql", ["INSTALL httpfs", "LOAD httpfs"])
def test_installing_or_loading_an_extension_is_refused(warehouse_file: Path, sql: str) -> None:
    assert "install/load extensions" in refusal(warehouse_file, sql)


@pytest.mark.parametrize("reader", ["read_csv('{f}')", "read_text('{f}')", "'{f}'"])
def test_reading_a_file_through_sql_is_refused(warehouse_file: Path, tmp_path: Path, reader: str) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("a,b\n1,2\n", encoding="utf-8")
    assert "cannot read or write files" in refusal(warehouse_file, "SELECT * FROM " + reader.format(f=secret))


def test_external_access_cannot_be_switched_back_on(warehouse_file: Path) -> None:
    message = refusal(warehouse_file, "SET enable_external_access = true")
    assert message.startswith("refused: `sql` cannot change DuckDB settings")


def test_writes_to_the_warehouse_are_refused_with_a_read_only_message(warehouse_file: Path) -> None:
    assert refusal(warehouse_file, "DELETE FROM provinces").startswith(
        "refused: the warehouse is open read-only"
    )


def test_several_statements_are_refused_unless_asked_for(warehouse_file: Path) -> None:
    assert refusal(warehouse_file, "SELECT 1; SELECT 2").startswith("refused: 2 statements given")
    with open_session(warehouse_file, "SELECT 1 AS a; SELECT 2 AS b", allow_multiple=True) as session:
        got = [(a.columns, list(a.rows)) for a in session.answers]
    assert got == [(("a",), [(1,)]), (("b",), [(2,)])]


def test_an_empty_query_is_an_error_not_a_silent_success(warehouse_file: Path) -> None:
    with pytest.raises(QueryError, match="no SQL statement"):
        run_readonly(warehouse_file, " ; ")


def test_the_sqlalchemy_reader_of_report_and_doctor_is_locked_down_too(
    warehouse_file: Path, tmp_path: Path
) -> None:
    engine = open_reader(warehouse_file)
    try:
        with engine.connect() as conn, pytest.raises(Exception, match="file system operations are disabled"):
            conn.exec_driver_sql(f"COPY (SELECT 1) TO '{tmp_path / 'leak.csv'}'")
    finally:
        engine.dispose()
    assert not (tmp_path / "leak.csv").exists()


def test_sql_answers_from_the_snapshot_while_another_process_writes(warehouse_file: Path) -> None:
    make_snapshot(warehouse_file)
    with write_lock_held_elsewhere(warehouse_file):
        result = run_readonly(warehouse_file, "SELECT count(*) FROM provinces")
    assert result.from_snapshot and result.rows == ((0,),)


def test_without_a_snapshot_sql_says_an_ingest_is_running(warehouse_file: Path) -> None:
    with (
        write_lock_held_elsewhere(warehouse_file),
        pytest.raises(WarehouseBusyError, match="mee-interviews snapshot"),
    ):
        run_readonly(warehouse_file, "SELECT 1")
