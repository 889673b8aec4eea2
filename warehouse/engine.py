"""Every DuckDB connection is made here: one writer per file, any number of read-only readers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import sqlalchemy as sa
from sqlalchemy.engine import Engine

MEMORY = ":memory:"
# The zone the documentation speaks in: TIMESTAMPTZ values are shown (and cast to dates) in it.
CHINA_TIME_ZONE = "Asia/Shanghai"


class WarehouseBusyError(RuntimeError):
    """The warehouse file is locked by a running writer (an ingest flow)."""


class WarehouseMissingError(FileNotFoundError):
    """No warehouse file at the given path."""


def _url(path: Path | str) -> str:
    return f"duckdb:///{path}"


def open_writer(path: Path | str) -> Engine:
    """The read-write engine for ``path`` (``:memory:`` for a throwaway warehouse)."""
    if str(path) != MEMORY:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(_url(path))
    sa.event.listen(engine, "connect", _show_china_time)
    _probe(engine, path)
    return engine


def open_reader(path: Path | str) -> Engine:
    """A read-only engine; raises a clear error when the file is missing or held by a writer."""
    if str(path) != MEMORY and not Path(path).exists():
        raise WarehouseMissingError(f"no warehouse at {path}: run `mee-interviews ingest` first")
    engine = sa.create_engine(_url(path), connect_args={"read_only": True})
    sa.event.listen(engine, "connect", _show_china_time)
    _probe(engine, path)
    return engine


def _show_china_time(dbapi_connection: Any, _record: object) -> None:
    """Every connection shows instants in China time (ICU is built in; it cannot be set at connect)."""
    dbapi_connection.execute(f"SET TimeZone = '{CHINA_TIME_ZONE}'")


def _probe(engine: Engine, path: Path | str) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (sa.exc.DBAPIError, duckdb.IOException) as exc:
        engine.dispose()
        if "lock" in str(exc).lower():
            raise WarehouseBusyError(
                f"{path} is being written by another process (an ingest is running); "
                "retry when it ends, or query the latest snapshot made by `mee-interviews export`"
            ) from exc
        raise
