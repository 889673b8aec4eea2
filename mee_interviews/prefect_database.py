"""Prefect's own database: which URL it is, whether it needs migrating, and migrating it.

A new SQLite database takes Prefect's 115 Alembic migrations (3.6 s on an idle 2-core machine,
half a minute on a busy one); a migrated one is checked in a fraction of a second.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from mee_interviews.prefect_record import StartRecord, database_digest

if TYPE_CHECKING:
    from prefect.settings import Settings as PrefectSettings


def database_url(settings: PrefectSettings) -> str:
    """The connection URL of Prefect's own database (SQLite under PREFECT_HOME by default)."""
    url = settings.server.database.connection_url
    return url.get_secret_value() if url is not None else f"sqlite+aiosqlite:///{settings.home}/prefect.db"


def needs_migration(record: StartRecord | None, version: str, url: str) -> bool:
    """True unless this Prefect version already migrated this database and its file still exists."""
    if record is None or record.prefect_version != version or record.database != database_digest(url):
        return True
    scheme, _, path = url.partition(":///")
    return scheme.startswith("sqlite") and path != ":memory:" and not Path(path).exists()


def migrate_database() -> None:
    """Create or upgrade Prefect's database to the installed version (what a server does first)."""
    from prefect.server.database import provide_database_interface

    async def upgrade() -> None:
        db = provide_database_interface()
        engine = await db.engine()
        try:
            await db.create_db()
        finally:
            # Also after a failure: an undisposed aiosqlite connection thread would otherwise answer
            # into the closed event loop and print a traceback after the CLI's one-line error.
            await engine.dispose()

    with asyncio.Runner() as runner:
        try:
            runner.run(upgrade())
        finally:
            runner.run(_settle_database_threads())


async def _settle_database_threads(limit_seconds: float = 5.0) -> None:
    """Keep the loop open until aiosqlite's worker threads have handed back their last answers.

    A failed connect (an unwritable database path) answers from its thread after the failure has
    reached us; if the loop is closed by then, the thread dies printing a traceback after the CLI's
    one-line error. Returns at once when no such thread is alive (the usual, successful case).
    """
    deadline = time.monotonic() + limit_seconds
    while time.monotonic() < deadline and any(
        t.is_alive() and t.name.endswith("(_connection_worker_thread)") for t in threading.enumerate()
    ):
        await asyncio.sleep(0.02)
