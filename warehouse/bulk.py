"""Set-at-a-time writes: a whole run's rows of one table in one statement.

Rows arrive as the dicts ``warehouse.rows`` builds; they are turned into columns (an Arrow table,
its types inferred from the values) and inserted with one ``INSERT … SELECT`` from a DuckDB scan
of it, casting to whatever types the table declares; the Arrow table is freed when the statement
ends, not when the transaction does. Deletes go by key set (``unnest`` of one list parameter).
Both run on the caller's connection, so they join its transaction.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.engine import Connection

Row = Mapping[str, Any]


def insert_rows(conn: Connection, table: sa.FromClause, rows: Sequence[Row], *, on_conflict: str = "") -> int:
    """Insert ``rows`` (dicts keyed by column name) with one statement; returns the row count.

    Only the table's columns present in the first row are written (the rest take their
    defaults). ``on_conflict`` is appended verbatim, e.g. ``ON CONFLICT DO NOTHING``.
    """
    if not rows:
        return 0
    names = [c.name for c in table.columns]
    _check_keys(table, names, rows)
    # malloc, not Arrow's default mimalloc pool, which kept the freed columns of every insert
    # of a run resident (measured: 60 MB more peak RSS at 1,000 episodes, docs/performance.md)
    pool = pa.system_memory_pool()
    data = pa.table({name: pa.array([row.get(name) for row in rows], memory_pool=pool) for name in names})
    columns = ", ".join(f'"{name}"' for name in names)
    raw = conn.connection.driver_connection
    assert raw is not None, "the connection has no DBAPI connection"
    # DuckDB's replacement scan reads the local Arrow table ``bulk_rows`` for this one statement.
    # Not a registered view: its catalog entry (and with it the Arrow table) stays alive until
    # the transaction ends, so a run's load held every table's rows twice. Not a relation's
    # ``query``: it reports a failed insert (out of memory) only as "transaction is aborted".
    bulk_rows = data  # noqa: F841 - read by name in the SQL below
    raw.execute(f'INSERT INTO "{_name(table)}" ({columns}) SELECT {columns} FROM bulk_rows {on_conflict}')
    return len(rows)


def delete_keys(conn: Connection, table: sa.FromClause, column: str, keys: Collection[str]) -> None:
    """Delete every row of ``table`` whose ``column`` is in ``keys``, in one statement."""
    if keys:
        conn.exec_driver_sql(
            f'DELETE FROM "{_name(table)}" WHERE "{column}" IN (SELECT unnest(?))', (sorted(keys),)
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
