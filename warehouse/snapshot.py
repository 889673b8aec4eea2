"""The reader's snapshot ``<name>.snapshot.duckdb``: CHECKPOINT under the writer, then a file copy.

DuckDB lets one process write a file and keeps every other process out meanwhile, even
read-only ones; readers (``sql``, ``report``) then fall back to this snapshot. After a
``CHECKPOINT`` by the connection that holds the write lock, the main file holds every committed
row and nothing else writes it, so a byte copy is a consistent database: as fast as ``cp``,
where the old ``COPY FROM DATABASE`` rewrote every row through SQL. Raw bodies (``raw_bodies``)
stay in it: the copy costs the same either way, and ``sql`` users may query the archive.

The copy goes to a temporary file renamed into place, so readers of the old snapshot keep
reading it. It is skipped, with a note, when the disk lacks room for the copy plus headroom:
a full disk must never leave the warehouse or its WAL unable to commit, and the last good
snapshot then stays as it was.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from warehouse.readonly import busy_error, is_lock_error, require_file, snapshot_path

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# Free space required beyond the copy itself, as a share of it: room for the next run's WAL.
HEADROOM = 0.25


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
    """
    require_file(path)
    if engine is not None:
        with engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            conn.commit()
            return _copy(Path(path), free)
    con = _connect_writer(path)  # plain DuckDB: no engine start-up cost for a one-statement job
    try:
        con.execute("CHECKPOINT")
        return _copy(Path(path), free)
    finally:
        con.close()


def _connect_writer(path: Path | str) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path))
    except duckdb.IOException as exc:
        if is_lock_error(exc):
            raise busy_error(path) from exc
        raise


def _copy(source: Path, free: Callable[[Path], int]) -> Snapshot:
    target = snapshot_path(source)
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    wal = source.with_name(source.name + ".wal")
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
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except OSError as exc:  # the disk filled up all the same: drop the partial copy at once
        tmp.unlink(missing_ok=True)
        return _skipped(target, f"the copy failed: {exc}")
    return Snapshot(target, True, f"wrote {target} ({_mb(size)} in {time.perf_counter() - started:.2f} s)")


def _skipped(target: Path, why: str) -> Snapshot:
    kept = (
        f"kept the last good snapshot of {time.strftime('%Y-%m-%d %H:%M', time.localtime(target.stat().st_mtime))}"
        if target.exists()
        else "there is no earlier snapshot"
    )
    return Snapshot(target, False, f"snapshot skipped: {why}; {kept}")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
