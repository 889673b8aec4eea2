"""The run lock: an OS lock on ``<warehouse>.lock`` held by every open run for its whole life.

DuckDB's own file lock only says that some process has the file open; it says nothing about a
ledger row. This lock ties ``ingest_runs.status = 'running'`` to a live process: the kernel drops
a ``flock`` when its process ends, however it ends (``kill -9`` included), so whoever can take
the lock knows that every ``running`` row not opened by its own process belongs to a dead run.
The file also records the holder's pid and run id, for people reading it.
"""

from __future__ import annotations

import fcntl
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from warehouse.readonly import WarehouseBusyError


@dataclass
class _Held:
    fd: int
    run_ids: set[str] = field(default_factory=set)


# Locks this process holds, by lock-file path: two runs of one process share one lock.
_HELD: dict[Path, _Held] = {}


def lock_path(warehouse: Path | str) -> Path:
    """``<warehouse>.lock`` beside the warehouse file."""
    p = Path(warehouse).absolute()
    return p.with_name(p.name + ".lock")


def hold_run_lock(warehouse: Path | str, run_id: str, *, wait_seconds: float = 10.0) -> None:
    """Take (or share, within this process) the run lock of ``warehouse`` for ``run_id``.

    Waits up to ``wait_seconds`` (``doctor`` holds it for a moment to look), then raises
    ``WarehouseBusyError`` naming the holder.
    """
    path = lock_path(warehouse)
    held = _HELD.get(path)
    if held is None:
        held = _Held(_acquire(path, wait_seconds))
        _HELD[path] = held
    held.run_ids.add(run_id)
    os.ftruncate(held.fd, 0)
    os.pwrite(held.fd, f"pid {os.getpid()} runs {' '.join(sorted(held.run_ids))}\n".encode(), 0)


def release_run_lock(warehouse: Path | str, run_id: str) -> None:
    """``run_id`` is closed; the lock is let go when no run of this process is open."""
    path = lock_path(warehouse)
    held = _HELD.get(path)
    if held is None:
        return
    held.run_ids.discard(run_id)
    if not held.run_ids:
        del _HELD[path]
        os.close(held.fd)  # closing the descriptor releases the flock


def open_run_ids(warehouse: Path | str) -> frozenset[str]:
    """The runs of this process that hold the lock of ``warehouse`` now."""
    held = _HELD.get(lock_path(warehouse))
    return frozenset(held.run_ids) if held else frozenset()


def lock_is_free(warehouse: Path | str) -> bool:
    """True when no process (this one included) holds the run lock of ``warehouse``."""
    path = lock_path(warehouse)
    if path in _HELD:
        return False
    if not path.exists():
        return True
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)  # releases the probe's lock, if it got one
    return True


def holder(warehouse: Path | str) -> str:
    """What the lock file says about its holder ('' when there is none)."""
    return _read(lock_path(warehouse))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _acquire(path: Path, wait_seconds: float) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise WarehouseBusyError(
                    f"another run holds {path} ({_read(path)}); wait for it to end"
                ) from None
            time.sleep(0.1)
