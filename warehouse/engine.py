"""Every DuckDB connection is made here: one writer per file, any number of read-only readers.

Readers are locked down (see ``warehouse.readonly``): read-only, no external access, a locked
configuration. The plain-DuckDB reader for the ``sql`` command lives there too, free of SQLAlchemy.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import sqlalchemy as sa
from duckdb_engine import ConnectionWrapper
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


# Rows per row group on the writer. A transaction that appends a whole row group to a table
# writes it into the file before it commits (DuckDB's optimistic write); anything less stays in
# memory until the commit, which serialises it into the write-ahead log. At DuckDB's default of
# 122,880 rows a run's entire load (a few thousand episodes, but hundreds of MB of text) was held
# and then written twice at the commit: the run's memory peak (docs/performance.md). 2,048 rows
# (one vector, DuckDB's smallest row group) keeps a transaction's unwritten rows to one row group
# per table, whatever the size of the run. It is an ATTACH option, not a setting: the writer
# attaches the file with it every time (readers do not care how the file was written).
# Measured again on DuckDB 2.0.1 (2026-12-06): a transaction's uncommitted strings stayed in
# memory up to the writer's limit and then spilled to <warehouse>.tmp, with no sign of the file
# growing before the commit; the limit and the spill are what bound a load (warehouse/memory.py).
WRITER_ROW_GROUP_ROWS = 2048
WAREHOUSE_ALIAS = "warehouse"


def open_writer(path: Path | str, *, memory_limit_mb: int | None = None) -> Engine:
    """The read-write engine for ``path`` (``:memory:`` for a throwaway warehouse).

    ``memory_limit_mb`` bounds DuckDB's buffer memory (the flows pass ``[warehouse]
    writer_memory_limit_mb``); None keeps DuckDB's default, 80 % of RAM, which a long run fills with
    cached pages and its uncommitted rows. A file is attached with ``WRITER_ROW_GROUP_ROWS`` (see
    there); every connection of the engine shares that one attachment, which ``dispose()`` closes.
    """

    def prepare(conn: duckdb.DuckDBPyConnection, _record: object) -> None:
        show_china_time(conn)
        if memory_limit_mb is not None:
            conn.execute(f"SET memory_limit = '{int(memory_limit_mb)}MB'")

    if str(path) == MEMORY:  # one database for every connection and thread of the engine
        memory = duckdb.connect()
        engine = sa.create_engine(
            _url(path), creator=lambda: ConnectionWrapper(memory.cursor()), poolclass=sa.pool.QueuePool
        )
        sa.event.listen(engine, "engine_disposed", lambda _engine: memory.close())
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        base = _ATTACHED.take(Path(path))
        engine = sa.create_engine(_url(path), creator=lambda: _cursor(base))
        released = threading.Event()  # dispose() may come twice (a failed snapshot, then the run's end)

        def release(_engine: Engine) -> None:
            if not released.is_set():
                released.set()
                _ATTACHED.release(Path(path))

        sa.event.listen(engine, "engine_disposed", release)
    sa.event.listen(engine, "connect", prepare)
    _probe(engine, path)
    return engine


class _Attachments:
    """One attachment per warehouse file in this process, shared by every writer engine on it
    (as DuckDB shares one database instance between connections to one path): DuckDB refuses to
    attach a file twice. The last engine disposed closes it, which checkpoints and frees the file."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: dict[Path, tuple[duckdb.DuckDBPyConnection, int]] = {}

    def take(self, path: Path) -> duckdb.DuckDBPyConnection:
        key = path.resolve()
        with self._lock:
            base, users = self._open.get(key) or (_attach(path), 0)
            self._open[key] = (base, users + 1)
            return base

    def release(self, path: Path) -> None:
        key = path.resolve()
        with self._lock:
            base, users = self._open[key]
            if users > 1:
                self._open[key] = (base, users - 1)
                return
            del self._open[key]
        base.close()


_ATTACHED = _Attachments()


def _attach(path: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse file attached (see ``WRITER_ROW_GROUP_ROWS``) and
    made the default database; spills go where DuckDB puts them for a file, ``<file>.tmp``."""
    base = duckdb.connect()
    try:
        base.execute(
            f"ATTACH '{_literal(path)}' AS {WAREHOUSE_ALIAS} (ROW_GROUP_SIZE {WRITER_ROW_GROUP_ROWS})"
        )
    except duckdb.IOException as exc:
        base.close()
        if is_lock_error(exc):
            raise busy_error(path) from exc
        raise
    base.execute(f"USE {WAREHOUSE_ALIAS}")
    base.execute(f"SET temp_directory = '{_literal(path)}.tmp'")
    return base


def _cursor(base: duckdb.DuckDBPyConnection) -> ConnectionWrapper:
    """A new connection to ``base``'s database, with the warehouse as its default database."""
    conn = base.cursor()
    conn.execute(f"USE {WAREHOUSE_ALIAS}")
    return ConnectionWrapper(conn)


def _literal(path: Path) -> str:
    return str(path).replace("'", "''")


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
