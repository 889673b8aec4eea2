"""The run lock: an OS lock on ``<warehouse>.lock`` held by every open run for its whole life.

DuckDB's own file lock only says that some process has the file open; it says nothing about a
ledger row. This lock ties ``ingest_runs.status = 'running'`` to a live process: the kernel drops
a ``flock`` when its process ends, however it ends (``kill -9`` included), so whoever can take
the lock knows that every ``running`` row not opened by its own process belongs to a dead run.

The file records its holder (``Holder``: pid, host, since when, run ids, and the Prefect lease of
its `warehouse-writer` slot) for people reading it and for a run that waits. A holder that ends
cleanly empties the file, so a record found by whoever takes the lock next is a dead holder's:
``hold_run_lock`` returns it, and the writer (``flows.writer``) releases the slot it leaked.
"""

from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from warehouse.readonly import WarehouseBusyError, WarehouseNotWritableError

POLL_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds (or held) the run lock, as its file records it."""

    pid: int
    host: str
    since: str  # ISO 8601, UTC, when the process took the lock
    run_ids: tuple[str, ...] = ()
    lease: str = ""  # the Prefect lease id of its `warehouse-writer` slot, when it took one

    def line(self) -> str:
        """The record as the lock file holds it (one line, ``key value`` pairs, runs last)."""
        return (
            f"pid {self.pid} host {self.host} since {self.since} lease {self.lease or '-'} "
            f"runs {' '.join(self.run_ids)}"
        )

    def describe(self) -> str:
        """For people: ``run R (pid P on host H, since T)``."""
        runs = ", ".join(self.run_ids) or "no run yet"
        return f"run {runs} (pid {self.pid} on {self.host}, since {self.since})"

    @classmethod
    def parse(cls, text: str) -> Holder | None:
        """The record in ``text``, or None when it is empty or not one (an older format)."""
        words = text.split()
        if (
            len(words) < 9
            or words[0:9:2] != ["pid", "host", "since", "lease", "runs"]
            or not words[1].isdigit()
        ):
            return None
        lease = "" if words[7] == "-" else words[7]
        return cls(int(words[1]), words[3], words[5], tuple(words[9:]), lease)


@dataclass
class _Held:
    fd: int
    holder: Holder
    run_ids: set[str] = field(default_factory=set)
    unnamed: set[str] = field(default_factory=set)  # holds the lock, but are no runs (not in the record)


# Locks this process holds, by lock-file path: two runs of one process share one lock.
_HELD: dict[Path, _Held] = {}


def lock_path(warehouse: Path | str) -> Path:
    """``<warehouse>.lock`` beside the warehouse file."""
    p = Path(warehouse).absolute()
    return p.with_name(p.name + ".lock")


def hold_run_lock(
    warehouse: Path | str,
    run_id: str,
    *,
    wait_seconds: float = 10.0,
    on_wait: Callable[[Holder | None], None] | None = None,
    named: bool = True,
) -> Holder | None:
    """Take (or share, within this process) the run lock of ``warehouse`` for ``run_id``.

    Waits up to ``wait_seconds`` (``doctor`` holds it for a moment to look), calling ``on_wait``
    once with the holder it waits for, then raises ``WarehouseBusyError`` naming the holder.
    Returns the record a dead holder left in the file when this call took the lock from it (None
    when the lock was shared, free and clean, or the record is unreadable). ``named=False``: a
    holder that is no run yet (a flow waiting to open one), left out of the record.
    """
    path = lock_path(warehouse)
    held = _HELD.get(path)
    left_behind = None
    if held is None:
        fd, left_behind = _acquire(path, wait_seconds, on_wait)
        me = Holder(os.getpid(), socket.gethostname(), datetime.now(UTC).isoformat(timespec="seconds"))
        held = _Held(fd, me)
        _HELD[path] = held
    held.run_ids.add(run_id)
    if not named:
        held.unnamed.add(run_id)
    _write(held)
    return left_behind


def note_lease(warehouse: Path | str, lease: str) -> None:
    """Record the Prefect lease of this process's `warehouse-writer` slot in the lock file."""
    held = _HELD.get(lock_path(warehouse))
    if held is not None:
        held.holder = replace(held.holder, lease=lease)
        _write(held)


def release_run_lock(warehouse: Path | str, run_id: str) -> None:
    """``run_id`` is closed; the lock is let go (its record erased) when no run of this process is open."""
    path = lock_path(warehouse)
    held = _HELD.get(path)
    if held is None:
        return
    held.run_ids.discard(run_id)
    held.unnamed.discard(run_id)
    if held.run_ids:
        _write(held)
        return
    del _HELD[path]
    try:
        os.ftruncate(held.fd, 0)  # a clean end leaves no record: a record found later is a dead holder's
    finally:
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


def _write(held: _Held) -> None:
    record = replace(held.holder, run_ids=tuple(sorted(held.run_ids - held.unnamed)))
    os.ftruncate(held.fd, 0)
    os.pwrite(held.fd, (record.line() + "\n").encode(), 0)


def _acquire(
    path: Path, wait_seconds: float, on_wait: Callable[[Holder | None], None] | None
) -> tuple[int, Holder | None]:
    """The locked descriptor, and the record a dead holder left in the file (read under the lock)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise WarehouseNotWritableError(
            f"cannot write in {path.parent} ({exc.strerror}): a run keeps its lock {path.name} and the "
            "warehouse there; give a writable --db or [warehouse] path"
        ) from exc
    deadline = time.monotonic() + wait_seconds
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd, Holder.parse(_read(path))
        except BlockingIOError:
            current = Holder.parse(_read(path))
            if on_wait is not None and not told:
                on_wait(current)
                told = True
            if time.monotonic() >= deadline:
                os.close(fd)
                who = current.describe() if current else _read(path) or "another process"
                raise WarehouseBusyError(
                    f"waited {wait_seconds:g} s for {who}, which still holds {path}; "
                    "raise warehouse.writer_wait_seconds to wait longer"
                ) from None
            time.sleep(POLL_SECONDS)
