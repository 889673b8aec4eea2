"""The read-only door: plain DuckDB connections for ``sql``, ``report``, ``export`` and ``doctor``.

No SQLAlchemy here, so the ``sql`` command starts fast. Every reader is opened ``read_only``
with external access disabled and the configuration locked: user SQL cannot ATTACH another
database, ``COPY … TO`` or ``EXPORT DATABASE`` into files, read files with ``read_csv``,
INSTALL or LOAD extensions, or switch any of that back on with ``SET``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb

MEMORY = ":memory:"
T = TypeVar("T")

# The zone the documentation speaks in: TIMESTAMPTZ values are shown (and cast to dates) in it.
CHINA_TIME_ZONE = "Asia/Shanghai"

# Passed at connect time. ``lock_configuration`` is set right after by ``lock_down``, because
# DuckDB takes ``TimeZone`` only by ``SET`` (ICU is loaded after the connect-time options).
LOCKED_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


class WarehouseBusyError(RuntimeError):
    """The warehouse file is locked by a running writer (an ingest flow)."""


class WarehouseMissingError(FileNotFoundError):
    """No warehouse file at the given path."""


class WarehouseNotWritableError(PermissionError):
    """A writer cannot create its files (the run lock, the database) beside the warehouse path."""


def busy_error(path: Path | str) -> WarehouseBusyError:
    """The message every reader shows while a writer holds ``path``."""
    return WarehouseBusyError(
        f"{path} is being written by another process (an ingest is running); "
        "retry when it ends, or query the latest snapshot made by `mee-interviews snapshot`"
    )


def is_lock_error(exc: BaseException) -> bool:
    """DuckDB's "Could not set lock on file" (another process holds the file)."""
    return "lock" in str(exc).lower()


def require_file(path: Path | str) -> None:
    """Raise ``WarehouseMissingError`` (with the advice to ingest) when ``path`` does not exist."""
    if str(path) != MEMORY and not Path(path).exists():
        raise WarehouseMissingError(f"no warehouse at {path}: run `mee-interviews ingest` first")


def connect_locked(path: Path | str) -> duckdb.DuckDBPyConnection:
    """A read-only, no-external-access, locked-configuration connection to ``path``."""
    require_file(path)
    try:
        conn = duckdb.connect(str(path), read_only=str(path) != MEMORY, config=dict(LOCKED_CONFIG))
    except duckdb.IOException as exc:
        if is_lock_error(exc):
            raise busy_error(path) from exc
        raise
    lock_down(conn)
    return conn


def show_china_time(conn: duckdb.DuckDBPyConnection) -> None:
    """Show instants in China time on this connection."""
    conn.execute(f"SET TimeZone = '{CHINA_TIME_ZONE}'")


def lock_down(conn: duckdb.DuckDBPyConnection) -> None:
    """China time, then lock the configuration: no statement can turn external access back on."""
    show_china_time(conn)
    conn.execute("SET lock_configuration = true")


def snapshot_path(path: Path | str) -> Path:
    """Where the snapshot of the warehouse at ``path`` lives: ``<stem>.snapshot.duckdb`` beside it."""
    p = Path(path)
    return p.with_name(f"{p.stem}.snapshot.duckdb")


def with_snapshot_fallback(open_fn: Callable[[Path | str], T], path: Path | str) -> tuple[T, bool]:
    """``open_fn(path)``, or ``open_fn`` of its latest snapshot while a writer holds it:
    ``(handle, used_snapshot)``. Re-raises ``WarehouseBusyError`` when there is no snapshot."""
    try:
        return open_fn(path), False
    except WarehouseBusyError:
        snapshot = snapshot_path(path)
        if not snapshot.exists():
            raise
        return open_fn(snapshot), True


def connect_locked_or_snapshot(path: Path | str) -> tuple[duckdb.DuckDBPyConnection, bool]:
    """``connect_locked(path)``, or on its snapshot while an ingest writes: ``(con, used_snapshot)``."""
    return with_snapshot_fallback(connect_locked, path)
