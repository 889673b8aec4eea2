"""Read-only SQL for analysts (the ``sql`` command) and the read helpers of other commands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import sqlalchemy as sa

from warehouse.export import open_reader_or_snapshot


class QueryError(ValueError):
    """The SQL could not run; the message is DuckDB's, on one line."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    from_snapshot: bool = False  # True when a running writer held the file and the snapshot answered


def run_readonly(path: Path | str, sql: str) -> QueryResult:
    """Run ``sql`` on a read-only connection: writes fail; while a writer holds the file the latest
    snapshot answers (``from_snapshot``), or, without one, a clear ``WarehouseBusyError``."""
    engine, from_snapshot = open_reader_or_snapshot(path)
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql(sql)
            if not result.returns_rows:
                return QueryResult((), (), from_snapshot)
            rows = tuple(tuple(r) for r in result.fetchall())
            return QueryResult(tuple(result.keys()), rows, from_snapshot)
    except (sa.exc.DBAPIError, duckdb.Error) as exc:
        message = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise QueryError(message) from exc
    finally:
        engine.dispose()
