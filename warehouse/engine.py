"""Every DuckDB connection is made here: one writer per file, any number of read-only readers.

Readers are locked down (see ``warehouse.readonly``): read-only, no external access, a locked
configuration. The plain-DuckDB reader for the ``sql`` command lives there too, free of SQLAlchemy.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from warehouse.readonly import (
    CHINA_TIME_ZONE,
    LOCKED_CONFIG,
    MEMORY,
    WarehouseBusyError,
    WarehouseMissingError,
    busy_error,
    is_lock_error,
    lock_down,
    require_file,
    show_china_time,
)

__all__ = [
    "CHINA_TIME_ZONE",
    "MEMORY",
    "WarehouseBusyError",
    "WarehouseMissingError",
    "open_reader",
    "open_writer",
]


def _url(path: Path | str) -> str:
    return f"duckdb:///{path}"


def open_writer(path: Path | str, *, memory_limit_mb: int | None = None) -> Engine:
    """The read-write engine for ``path`` (``:memory:`` for a throwaway warehouse).

    ``memory_limit_mb`` bounds DuckDB's buffer memory (the flows pass ``[warehouse]
    writer_memory_limit_mb``); None keeps DuckDB's default, 80 % of RAM, which a long run fills with
    cached pages and its uncommitted rows.
    """
    if str(path) != MEMORY:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(_url(path))

    def prepare(conn: duckdb.DuckDBPyConnection, _record: object) -> None:
        show_china_time(conn)
        if memory_limit_mb is not None:
            conn.execute(f"SET memory_limit = '{int(memory_limit_mb)}MB'")

    sa.event.listen(engine, "connect", prepare)
    _probe(engine, path)
    return engine


def open_reader(path: Path | str, *, writes_files: bool = False) -> Engine:
    """A read-only engine; raises a clear error when the file is missing or held by a writer.

    External access stays disabled and the configuration locked unless ``writes_files`` is
    asked for by the project's own code that writes files (the Parquet export), never for user SQL.
    """
    require_file(path)
    config = {} if writes_files else dict(LOCKED_CONFIG)
    engine = sa.create_engine(_url(path), connect_args={"read_only": True, "config": config})
    prepare = show_china_time if writes_files else lock_down
    sa.event.listen(engine, "connect", lambda conn, _record: prepare(conn))
    _probe(engine, path)
    return engine


def _probe(engine: Engine, path: Path | str) -> None:
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (sa.exc.DBAPIError, duckdb.IOException) as exc:
        engine.dispose()
        if is_lock_error(exc):
            raise busy_error(path) from exc
        raise
