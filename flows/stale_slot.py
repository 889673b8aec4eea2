"""The `warehouse-writer` slot of a dead writer, released by whoever takes the run lock after it.

Prefect counts a global concurrency slot in its database and keeps the slot's lease in the
server's lease storage, in memory by default. A writer killed with ``kill -9`` releases neither.
On a long-lived server the lease would expire after its duration (300 s) and Prefect's repossessor
would free the slot; on the temporary server of a CLI run the lease dies with the server, so the
count stays for good and every later run waited ``warehouse.writer_wait_seconds`` and failed.

The caller holds the run lock fresh (``flows.writer``), so no writer of this warehouse is alive:

1. the dead holder's lease, when its lock record names it, is released by lease (the server
   revokes it, so its repossessor never counts it down a second time); unknown to a new
   temporary server, that is a no-op;
2. any slot still counted after that is stale too, and is set free.

Each release is logged with whom it belonged to.
"""

from __future__ import annotations

from contextlib import suppress
from uuid import UUID

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

from flows.runtime import run_logger
from warehouse.writer_lock import Holder

WRITER_LIMIT = "warehouse-writer"


def ensure_writer_limit() -> None:
    """Create the one-slot `warehouse-writer` limit on the current Prefect server if it is missing."""
    # An existing limit (an earlier run, `flows.serve`, `prefect gcl create`) keeps its settings.
    # It is looked up first: a create that collides makes the server log an error traceback.
    with get_client(sync_client=True) as client:
        try:
            client.read_global_concurrency_limit_by_name(WRITER_LIMIT)
        except ObjectNotFound:
            with suppress(ObjectAlreadyExists):  # another run created it in between
                client.create_global_concurrency_limit(
                    GlobalConcurrencyLimitCreate(name=WRITER_LIMIT, limit=1)
                )


def release_stale_slots(dead: Holder | None) -> int:
    """Release what a dead writer left counted (call it holding the run lock fresh); returns how
    many slots were counted before."""
    with get_client(sync_client=True) as client:
        counted = client.read_global_concurrency_limit_by_name(WRITER_LIMIT).active_slots
        if dead is not None and (lease := _uuid(dead.lease)) is not None:
            client.release_concurrency_slots_with_lease(lease)
        if client.read_global_concurrency_limit_by_name(WRITER_LIMIT).active_slots:
            client.update_global_concurrency_limit(WRITER_LIMIT, GlobalConcurrencyLimitUpdate(active_slots=0))
    if counted:
        run_logger().warning(
            "released the '%s' slot left by %s: its process ended without releasing it, and the run lock is free",
            WRITER_LIMIT,
            dead.describe() if dead else "a writer whose process is gone",
        )
    return counted


def _uuid(text: str) -> UUID | None:
    try:
        return UUID(text) if text else None
    except ValueError:
        return None
