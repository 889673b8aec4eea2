"""Read-only SQL for analysts (the ``sql`` command) and the read helpers of other commands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import sqlalchemy as sa

from warehouse.engine import open_reader


class QueryError(ValueError):
    """The SQL could not run; the message is DuckDB's, on one line."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def run_readonly(path: Path | str, sql: str) -> QueryResult:
    """Run ``sql`` on a read-only connection: writes fail, a running writer gives a clear error."""
    engine = open_reader(path)
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql(sql)
            if not result.returns_rows:
                return QueryResult((), ())
            return QueryResult(tuple(result.keys()), tuple(tuple(r) for r in result.fetchall()))
    except (sa.exc.DBAPIError, duckdb.Error) as exc:
        message = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise QueryError(message) from exc
    finally:
        engine.dispose()
