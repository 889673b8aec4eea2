"""The reader's snapshot ``<name>.snapshot.duckdb``: CHECKPOINT under the writer, then a file copy.

DuckDB lets one process write a file and keeps every other process out meanwhile, even
read-only ones; readers (``sql``, ``report``) then fall back to this snapshot. After a
``CHECKPOINT`` by the connection that holds the write lock, the main file holds every committed
row and nothing else writes it, so a byte copy is a consistent database: as fast as ``cp``,
where the old ``COPY FROM DATABASE`` rewrote every row through SQL. Raw bodies (``raw_bodies``)
stay in it: the copy costs the same either way, and ``sql`` users may query the archive.

The copy goes to a new temporary file renamed into place (``warehouse.target_files``), so readers
of the old snapshot keep reading it, and a target that is not a regular file is refused. It is skipped, with a note, when the disk lacks room for the copy plus headroom:
a full disk must never leave the warehouse or its WAL unable to commit, and the last good
snapshot then stays as it was.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from warehouse.readonly import busy_error, is_lock_error, require_file, snapshot_path
from warehouse.target_files import RefusedTargetError, check_target, replaced_atomically

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# Free space required beyond the copy itself, as a share of it: room for the next run's WAL.
HEADROOM = 0.25
COPY_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What ``make_snapshot`` did: ``written`` or skipped, and a one-line ``note`` saying which."""

    path: Path
    written: bool
    note: str


def free_bytes(directory: Path) -> int:
    """Bytes free for this user on the filesystem holding ``directory``."""
    return shutil.disk_usage(directory).free


def make_snapshot(
    path: Path | str, engine: Engine | None = None, *, free: Callable[[Path], int] = free_bytes
) -> Snapshot:
    """Checkpoint the warehouse at ``path`` and copy it to its snapshot file, atomically.

    A writer passes its own ``engine`` (it holds the lock); without one the file is opened as
    writer for the moment of the checkpoint (``WarehouseBusyError`` while another process
    writes it). ``free`` measures free space (tests inject a small disk).

    Skipped, with the reason in the note, when the target is not a regular file, when the disk
    lacks room for the checkpoint and the copy, or when the checkpoint fails all the same (a
    checkpoint may write far more than the WAL holds: a new warehouse's first one turned 0.2 MB of
    WAL into 7.2 MB of blocks). A failed checkpoint leaves the file as it was and its WAL whole:
    the next open replays it; the connection that tried is dropped (DuckDB invalidates it).
    """
    require_file(path)
    source, target = Path(path), snapshot_path(path)
    try:
        check_target(target)
    except RefusedTargetError as exc:
        return _skipped(target, str(exc))
    if short := _short_of_room(source, free):
        return _skipped(target, short)
    if engine is not None:
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("CHECKPOINT")
                conn.commit()
        except Exception as exc:  # a full disk, among others: never the run's failure
            engine.dispose()
            return _checkpoint_failed(source, free, exc)
        return _copy(source, free)
    con = _connect_writer(path)  # plain DuckDB: no engine start-up cost for a one-statement job
    try:
        try:
            con.execute("CHECKPOINT")
        except duckdb.Error as exc:
            return _checkpoint_failed(source, free, exc)
        return _copy(source, free)
    finally:
        con.close()


def _short_of_room(source: Path, free: Callable[[Path], int]) -> str:
    """Why the disk cannot take the checkpoint (the WAL's rows written into the file) and the copy
    of the result plus headroom, or '' when it can."""
    wal = _wal_of(source)
    wal_size = wal.stat().st_size if wal.exists() else 0
    size = source.stat().st_size + wal_size
    need = wal_size + int(size * (1 + HEADROOM))
    available = free(source.parent)
    if available >= need:
        return ""
    return (
        f"only {_mb(available)} free on the disk of {source.parent}, the checkpoint and the copy need "
        f"{_mb(need)} ({_mb(size)} plus {HEADROOM:.0%} headroom)"
    )


def _checkpoint_failed(source: Path, free: Callable[[Path], int], exc: BaseException) -> Snapshot:
    return _skipped(
        snapshot_path(source),
        f"the checkpoint failed with {_mb(free(source.parent))} free on the disk of {source.parent} "
        f"({_first_line(exc)}); the WAL keeps every commit and is replayed at the next open",
    )


def _first_line(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None)
    text = str(inner if isinstance(inner, BaseException) else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _connect_writer(path: Path | str) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path))
    except duckdb.IOException as exc:
        if is_lock_error(exc):
            raise busy_error(path) from exc
        raise


def _copy(source: Path, free: Callable[[Path], int]) -> Snapshot:
    target = snapshot_path(source)
    wal = _wal_of(source)
    if wal.exists() and wal.stat().st_size > 0:  # a checkpoint that could not run: copy would be short
        return _skipped(target, f"the write-ahead log {wal.name} is not empty after CHECKPOINT")
    size = source.stat().st_size
    need = int(size * (1 + HEADROOM))  # the old snapshot stays until the rename, so it frees nothing
    available = free(target.parent)
    if available < need:
        return _skipped(
            target,
            f"only {_mb(available)} free on the disk of {target.parent}, the copy needs {_mb(size)} "
            f"plus {HEADROOM:.0%} headroom",
        )
    started = time.perf_counter()
    try:
        with source.open("rb") as original, replaced_atomically(target) as copy:
            shutil.copyfileobj(original, copy, COPY_CHUNK)
    except OSError as exc:  # the disk filled up all the same (the partial copy is already gone), or
        # the target turned into something that is not a regular file since it was checked
        return _skipped(target, f"the copy failed: {exc}")
    return Snapshot(target, True, f"wrote {target} ({_mb(size)} in {time.perf_counter() - started:.2f} s)")


def _wal_of(source: Path) -> Path:
    return source.with_name(source.name + ".wal")


def _skipped(target: Path, why: str) -> Snapshot:
    kept = (
        f"kept the last good snapshot of {time.strftime('%Y-%m-%d %H:%M', time.localtime(target.stat().st_mtime))}"
        if target.exists()
        else "there is no earlier snapshot"
    )
    return Snapshot(target, False, f"snapshot skipped: {why}; {kept}")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
