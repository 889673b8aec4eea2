"""Set-at-a-time writes: a whole run's rows of one table in one statement.

Rows arrive as the dicts ``warehouse.rows`` builds; they are turned into one list per column and
inserted with one ``INSERT … SELECT unnest(?), …``, most columns sent as one JSON text DuckDB
casts (``_column_parameter``); the parameters are freed when the statement ends, not when the
transaction does. An Arrow table converts long strings faster, but importing pyarrow cost a run
30 MB of resident memory and put its peak RSS at 3,000 pages over 400 MB; without it the load is
1.2x the unnest baseline (docs/performance.md). Deletes go by key set (``unnest`` of one list
parameter). Both run on the caller's connection, so they join its transaction.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from duckdb_engine.datatypes import Struct
from sqlalchemy.engine import Connection

Row = Mapping[str, Any]


def insert_rows(conn: Connection, table: sa.FromClause, rows: Sequence[Row], *, on_conflict: str = "") -> int:
    """Insert ``rows`` (dicts keyed by column name) with one statement; returns the row count.

    Every row holds exactly the table's columns (``RowKeysError`` before anything is written
    otherwise). ``on_conflict`` is appended verbatim, e.g. ``ON CONFLICT DO NOTHING``.
    """
    if not rows:
        return 0
    names = [c.name for c in table.columns]
    _check_keys(table, names, rows)
    columns = ", ".join(f'"{name}"' for name in names)
    values, params = zip(
        *(_column_parameter(c, [row[c.name] for row in rows]) for c in table.columns), strict=True
    )
    raw = conn.connection.driver_connection
    assert raw is not None, "the connection has no DBAPI connection"
    # on the DuckDB connection itself: SQLAlchemy's would expand each list parameter
    raw.execute(f'INSERT INTO "{_name(table)}" ({columns}) SELECT {", ".join(values)} {on_conflict}', params)
    return len(rows)


def _column_parameter(column: sa.ColumnElement[Any], values: list[Any]) -> tuple[str, object]:
    """The select expression and parameter of one column's values: one JSON text that DuckDB
    casts to the column's type, or the Python list where JSON cannot carry the values (blobs,
    timestamps, NaN) or would be slower (long texts such as episode bodies: escaping them costs
    more than DuckDB's own conversion). Measured on the load of 1,000 episodes in one chunk:
    turning Python values into DuckDB's one by one took twice as long as JSON, nested ones four
    times."""
    duck = _duck_type(column.type)
    if duck is not None and not (isinstance(column.type, sa.String) and _long_texts(values)):
        try:
            return f"unnest(?::JSON::{duck}[])", json.dumps(values, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError):  # not JSON after all: the list path takes it
            pass
    return "unnest(?)", values


LONG_TEXT = 512  # characters on average: above it, a text column goes as a list
_SAMPLE = 64  # values the average is taken over: a column's texts are alike in length


def _long_texts(values: list[Any]) -> bool:
    texts = [v for v in values[:_SAMPLE] if isinstance(v, str)]
    return bool(texts) and sum(map(len, texts)) > LONG_TEXT * len(texts)


# Checked in this order: a subclass first (BigInteger is an Integer, Double a Float, Text a String).
_SCALARS: tuple[tuple[type[Any], str], ...] = (
    (sa.BigInteger, "BIGINT"),
    (sa.Integer, "INTEGER"),
    (sa.Double, "DOUBLE"),
    (sa.Float, "DOUBLE"),
    (sa.Boolean, "BOOLEAN"),
    (sa.String, "VARCHAR"),
)


def _duck_type(sa_type: Any) -> str | None:
    """DuckDB's name of a column type whose values JSON carries exactly, else None (timestamps,
    blobs: their values are not JSON)."""
    if isinstance(sa_type, type):
        sa_type = sa_type()
    if isinstance(sa_type, Struct):
        fields = [(name, _duck_type(t)) for name, t in (sa_type.fields or {}).items()]
        if not fields or any(t is None for _, t in fields):
            return None
        return "STRUCT(" + ", ".join(f'"{name}" {t}' for name, t in fields) + ")"
    if isinstance(sa_type, sa.ARRAY):
        item = _duck_type(sa_type.item_type)
        return None if item is None else f"{item}[]"
    return next((name for kind, name in _SCALARS if isinstance(sa_type, kind)), None)


def delete_keys(conn: Connection, table: sa.FromClause, column: str, keys: Collection[str]) -> None:
    """Delete every row of ``table`` whose ``column`` is in ``keys``, in one statement."""
    if keys:
        conn.exec_driver_sql(
            f'DELETE FROM "{_name(table)}" WHERE "{column}" IN (SELECT unnest(?))', (sorted(keys),)
        )


def set_by_keys(
    conn: Connection, table: sa.FromClause, key: str, column: str, values: Mapping[str, Any]
) -> None:
    """Set ``column`` to ``values[k]`` in the row whose ``key`` is ``k``, every ``k`` in one statement."""
    if values:
        keys = sorted(values)
        name = _name(table)
        conn.exec_driver_sql(
            f'UPDATE "{name}" SET "{column}" = new.value FROM (SELECT unnest(?) AS key, unnest(?) AS value) '
            f'AS new WHERE "{name}"."{key}" = new.key',
            (keys, [values[k] for k in keys]),
        )


def select_by_keys(
    conn: Connection, table: sa.FromClause, column: str, keys: Collection[str], wanted: Sequence[str]
) -> list[tuple[Any, ...]]:
    """``wanted`` columns of the rows whose ``column`` is in ``keys`` (one query for any number)."""
    if not keys:
        return []
    columns = ", ".join(f'"{name}"' for name in wanted)
    result = conn.exec_driver_sql(
        f'SELECT {columns} FROM "{_name(table)}" WHERE "{column}" IN (SELECT unnest(?))', (sorted(keys),)
    )
    return [tuple(r) for r in result]


class RowKeysError(ValueError):
    """A row's keys are not the table's columns: a misspelt or missing key would be a silent NULL."""


def _check_keys(table: sa.FromClause, names: Sequence[str], rows: Sequence[Row]) -> None:
    columns = set(names)
    for n, row in enumerate(rows):
        if row.keys() != columns:
            extra, missing = sorted(row.keys() - columns), sorted(columns - row.keys())
            raise RowKeysError(
                f"row {n} for {_name(table)} does not match its columns: "
                + "; ".join(
                    part
                    for part in (
                        f"not columns: {', '.join(extra)}" if extra else "",
                        f"missing: {', '.join(missing)}" if missing else "",
                    )
                    if part
                )
            )


def _name(table: sa.FromClause) -> str:
    """The table's name (model ``__table__`` attributes are typed as plain FROM clauses)."""
    assert isinstance(table, sa.TableClause), f"not a table: {table}"
    return table.name
