"""One writer at a time across every deployment: the `warehouse-writer` global concurrency limit.

A deployment's own ``concurrency_limit`` only stops two runs of *that* deployment; `reparse`
started during `ingest-daily` used to fail with ``WarehouseBusyError``. Every flow that writes
the warehouse now takes the single slot of one Prefect global concurrency limit first, so it
waits its turn (up to ``warehouse.writer_wait_seconds``) and then fails with a clear message.

The limit is created on first use (and by ``python -m flows.serve``); by hand it is
``prefect gcl create warehouse-writer --limit 1``. With no ``PREFECT_API_URL`` each CLI run has
its own temporary server, so the slot then orders nothing between processes: the run lock
(``warehouse.writer_lock``) and DuckDB's file lock still refuse a second writer.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

from models.settings_load import load_settings
from warehouse.engine import WarehouseBusyError

WRITER_LIMIT = "warehouse-writer"
F = TypeVar("F", bound=Callable[..., Any])


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


@contextmanager
def warehouse_writer(wait_seconds: float) -> Iterator[None]:
    """Hold the `warehouse-writer` slot for the block; ``WarehouseBusyError`` after ``wait_seconds``."""
    ensure_writer_limit()
    with ExitStack() as held:
        try:
            held.enter_context(concurrency(WRITER_LIMIT, occupy=1, timeout_seconds=wait_seconds, strict=True))
        except TimeoutError:
            raise WarehouseBusyError(
                f"waited {wait_seconds:g} s for the '{WRITER_LIMIT}' concurrency slot: another flow is still "
                f"writing the warehouse (see `prefect gcl inspect {WRITER_LIMIT}`); raise "
                "warehouse.writer_wait_seconds to wait longer"
            ) from None
        yield


def writes_warehouse(flow_fn: F) -> F:
    """Run the decorated flow function inside ``warehouse_writer`` (put it under ``@flow``).

    The wait comes from the settings the flow itself will load (its ``settings_path`` parameter,
    ``MEE_INTERVIEWS_SETTINGS`` and ``MEE_INTERVIEWS__*`` variables).
    """
    signature = inspect.signature(flow_fn)

    @wraps(flow_fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        settings_path = bound.arguments.get("settings_path")
        settings = load_settings(Path(settings_path) if settings_path else None, env=dict(os.environ))
        with warehouse_writer(settings.writer_wait_seconds):
            return flow_fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
