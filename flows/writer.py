"""One writer at a time: the run lock on the warehouse, then the `warehouse-writer` slot.

A deployment's own ``concurrency_limit`` only stops two runs of *that* deployment; `reparse`
started during `ingest-daily` used to fail with ``WarehouseBusyError``. Every flow that writes
the warehouse now waits its turn (up to ``warehouse.writer_wait_seconds``) and then fails with a
clear message. Two locks order the writers, in this order:

1. the run lock (``warehouse.writer_lock``, an ``flock`` on ``<warehouse>.lock``), the truth: the
   kernel drops it when its process dies, however it dies. A waiting run says whom it waits for.
2. the single slot of the Prefect global concurrency limit `warehouse-writer`, which the UI and
   other deployments see. Prefect counts it in its database, so a holder killed with ``kill -9``
   (an OOM kill, a reboot, a CI timeout) would hold it for good when its lease lived in a
   temporary server that died with it. Whoever takes the run lock fresh knows no writer is
   alive, so any slot still counted is stale: ``flows.stale_slot`` releases it, and says so.

The limit is created on first use (and by ``python -m flows.serve``); by hand it is
``prefect gcl create warehouse-writer --limit 1``. It stands for one warehouse per Prefect server.
"""

from __future__ import annotations

import inspect
import secrets
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from prefect.concurrency.context import ConcurrencyContext
from prefect.concurrency.sync import concurrency

from flows.runtime import build_settings, run_logger
from flows.stale_slot import WRITER_LIMIT, ensure_writer_limit, release_stale_slots
from models.outcomes import RunMode
from warehouse.engine import MEMORY, WarehouseBusyError
from warehouse.writer_lock import Holder, hold_run_lock, note_lease, open_run_ids, release_run_lock

__all__ = ["WRITER_LIMIT", "ensure_writer_limit", "warehouse_writer", "writes_warehouse"]
F = TypeVar("F", bound=Callable[..., Any])


def _say_waiting(wait_seconds: float) -> Callable[[Holder | None], None]:
    def say(current: Holder | None) -> None:
        who = current.describe() if current else "another process"
        run_logger().warning("waiting up to %g s for the warehouse: %s is writing it", wait_seconds, who)

    return say


@contextmanager
def warehouse_writer(wait_seconds: float, warehouse: Path | str | None = None) -> Iterator[None]:
    """Hold the run lock of ``warehouse`` (when it is a file) and the `warehouse-writer` slot for
    the block; ``WarehouseBusyError`` naming the holder after ``wait_seconds``."""
    path = None if warehouse is None or str(warehouse) == MEMORY else Path(warehouse)
    token = f"writer-{secrets.token_hex(3)}"  # the lock's name for this flow until its run opens
    fresh = path is not None and not open_run_ids(path)  # else a flow of this process holds both
    dead = None
    if path is not None:
        dead = hold_run_lock(
            path, token, wait_seconds=wait_seconds, on_wait=_say_waiting(wait_seconds), named=False
        )
    try:
        ensure_writer_limit()
        if fresh:
            release_stale_slots(dead)
        with _slot(wait_seconds) as lease:
            if path is not None and lease:
                note_lease(path, lease)
            yield
    finally:
        if path is not None:
            release_run_lock(path, token)


@contextmanager
def _slot(wait_seconds: float) -> Iterator[str]:
    """The slot, held until the block ends; yields its lease id ('' if Prefect did not say)."""
    # Prefect records a lease in the current ConcurrencyContext the moment it is granted.
    with ConcurrencyContext() as leases, ExitStack() as held:
        try:
            held.enter_context(
                concurrency(
                    WRITER_LIMIT,
                    occupy=1,
                    timeout_seconds=wait_seconds,
                    strict=True,
                    raise_on_lease_renewal_failure=False,  # the run lock keeps order if the server restarts
                )
            )
        except TimeoutError:
            raise WarehouseBusyError(
                f"waited {wait_seconds:g} s for the '{WRITER_LIMIT}' concurrency slot: a flow writing another "
                f"warehouse through this Prefect server holds it (see `prefect gcl inspect {WRITER_LIMIT}`); "
                "raise warehouse.writer_wait_seconds to wait longer"
            ) from None
        yield str(leases.cleanup_lease_ids[-1]) if leases.cleanup_lease_ids else ""


def writes_warehouse(flow_fn: F) -> F:
    """Run the decorated flow function inside ``warehouse_writer`` (put it under ``@flow``).

    The wait and the warehouse come from the flow's own ``db_path`` and ``settings_path``
    parameters and the settings it will load (``MEE_INTERVIEWS_SETTINGS``, ``MEE_INTERVIEWS__*``).
    """
    signature = inspect.signature(flow_fn)

    @wraps(flow_fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        settings_path = bound.arguments.get("settings_path")
        mode = RunMode(bound.arguments.get("mode", RunMode.REPARSE))
        settings = build_settings(mode, settings_path)
        warehouse = bound.arguments.get("db_path") or settings.warehouse_path
        with warehouse_writer(settings.writer_wait_seconds, warehouse):
            return flow_fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
