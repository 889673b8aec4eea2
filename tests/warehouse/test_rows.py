"""Rows are built from records and must be exactly their table's columns."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from models.tables import AnswerPointRow, ClaimRow, EpisodeRow, IndicatorRow, QuestionRow
from tests.warehouse.factories import bundle, indicator
from warehouse.bulk import RowKeysError, insert_rows
from warehouse.engine import open_writer
from warehouse.rows import (
    COLUMN_OF_FIELD,
    claim_rows,
    content_hash,
    episode_row,
    indicator_rows,
    point_rows,
    question_rows,
)
from warehouse.schema import ensure_schema

NOW = datetime(2026, 12, 5, tzinfo=UTC)


def columns(table: sa.FromClause) -> set[str]:
    return {c.name for c in table.columns}


def test_every_row_builder_gives_exactly_its_tables_columns() -> None:
    b = bundle()
    built = {
        EpisodeRow.__table__: [episode_row(b, content_hash(b), first_seen=NOW, now=NOW)],
        QuestionRow.__table__: question_rows(b),
        AnswerPointRow.__table__: point_rows(b),
        IndicatorRow.__table__: indicator_rows(b),
        ClaimRow.__table__: claim_rows(b),
    }
    for table, rows in built.items():
        assert rows, table.name
        for row in rows:
            assert set(row) == columns(table), table.name


def test_renamed_fields_land_in_their_declared_columns() -> None:
    b = bundle()
    [row] = indicator_rows(b)
    ind = indicator()
    assert (row["start_offset"], row["end_offset"], row["record_flags"]) == (ind.start, ind.end, ["首次超过"])
    assert "start" not in row and "record" not in row
    [ep] = [episode_row(b, "h", first_seen=NOW, now=NOW)]
    assert ep["best_url"] == b.episode.url and "url" not in ep
    for table, renamed in COLUMN_OF_FIELD.items():
        assert set(renamed.values()) <= columns(sa.Table(table, EpisodeRow.metadata)), table


def test_a_row_with_a_misspelt_key_is_refused_and_nothing_is_written() -> None:
    engine = open_writer(":memory:")
    ensure_schema(engine)
    [row] = claim_rows(bundle())
    misspelt = {**{k: v for k, v in row.items() if k != "quote"}, "qoute": row["quote"]}
    with engine.begin() as conn, pytest.raises(RowKeysError, match="not columns: qoute; missing: quote"):
        insert_rows(conn, ClaimRow.__table__, [row, misspelt])
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM claims").scalar() == 0
    engine.dispose()


def test_a_row_missing_a_column_is_refused_rather_than_stored_as_null() -> None:
    engine = open_writer(":memory:")
    ensure_schema(engine)
    [row] = claim_rows(bundle())
    del row["point_no"]
    with engine.begin() as conn, pytest.raises(RowKeysError, match="missing: point_no"):
        insert_rows(conn, ClaimRow.__table__, [row])
    engine.dispose()
