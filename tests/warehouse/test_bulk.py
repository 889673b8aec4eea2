"""warehouse.bulk.insert_rows: one statement per table, whatever the values' types and sizes."""

from __future__ import annotations

import math

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from models.tables import IndicatorRow
from tests.warehouse import factories as f
from warehouse.bulk import RowKeysError, insert_rows
from warehouse.rows import indicator_rows


def stored(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        sql = "SELECT indicator_no, change, ranks, record_flags FROM indicators ORDER BY indicator_no"
        return [tuple(r) for r in conn.exec_driver_sql(sql).all()]


def rows_with(*changes: dict[str, object]) -> list[dict[str, object]]:
    [row] = indicator_rows(f.bundle())
    return [{**row, "indicator_no": n, **c} for n, c in enumerate(changes, start=1)]


def test_list_and_struct_columns_arrive_exactly_with_their_nulls_and_empty_lists(engine: Engine) -> None:
    rank = {"scope": "全国", "scope_kind": "national", "position": 3, "of_total": None}
    change = {"direction": "down", "value": 3.4, "unit": "%", "basis": "yoy"}
    rows = rows_with(
        {"change": change, "ranks": [rank], "record_flags": ["历史最好", "首次"]},
        {"change": None, "ranks": [], "record_flags": []},
    )
    with engine.begin() as conn:
        assert insert_rows(conn, IndicatorRow.__table__, rows) == 2
    assert stored(engine) == [
        (1, change, [rank], ["历史最好", "首次"]),
        (2, None, [], []),
    ]


def test_a_nan_inside_a_struct_arrives_as_nan(engine: Engine) -> None:
    rows = rows_with({"change": {"direction": "up", "value": math.nan, "unit": "%", "basis": None}})
    with engine.begin() as conn:
        insert_rows(conn, IndicatorRow.__table__, rows)
    [(_, change, _, _)] = stored(engine)
    assert isinstance(change, dict) and math.isnan(change["value"]) and change["direction"] == "up"


def test_a_row_missing_a_column_is_refused_before_anything_is_written(engine: Engine) -> None:
    [row] = rows_with({})
    del row["ranks"]
    with engine.begin() as conn, pytest.raises(RowKeysError, match="ranks"):
        insert_rows(conn, IndicatorRow.__table__, [row])
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(IndicatorRow.__table__)).scalar() == 0


@pytest.mark.parametrize("length", [1, 5000])
def test_texts_with_quotes_backslashes_and_line_breaks_arrive_exactly_short_or_long(
    engine: Engine, length: int
) -> None:
    text = ('他说:"PM2.5\\下降"\n\t27 μg/m³ 🌏 ' * length)[: max(40, length)]
    rows = rows_with({"quote": text, "subject": text[:20]}, {"quote": "短", "subject": "短"})
    with engine.begin() as conn:
        insert_rows(conn, IndicatorRow.__table__, rows)
    with engine.connect() as conn:
        got = conn.exec_driver_sql("SELECT quote, subject FROM indicators ORDER BY indicator_no").fetchall()
    assert [tuple(r) for r in got] == [(text, text[:20]), ("短", "短")]
