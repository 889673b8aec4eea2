"""Get a Prefect API for one CLI run: the user's server, or a temporary one this run starts and stops.

With ``PREFECT_API_URL`` set (environment or Prefect profile) the run uses that server. Otherwise
Prefect would start a temporary server inside its first API call and give it 20 s, which a fresh
``PREFECT_HOME`` on a slow or busy machine does not meet: the server first migrates a new SQLite
database. Here the migration is its own step, run once per Prefect version and database, with no
deadline; the server then starts while the CLI imports the flow, within a generous allowance
(``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS`` when the user sets it), and one stderr
line says what is being waited for and for how long.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import import_module, metadata
from pathlib import Path
from typing import IO, TYPE_CHECKING

from mee_interviews.prefect_database import database_url, migrate_database, needs_migration
from mee_interviews.prefect_record import StartRecord, database_digest, read_record, write_record
from mee_interviews.prefect_server import PREFECT_APP, ServerStartError, TemporaryServer
from mee_interviews.progress_line import ProgressLine

if TYPE_CHECKING:
    from prefect.settings import Settings as PrefectSettings

ALLOWANCE_SETTING = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
# Covers a server start on a busy 2-core machine several times over (measured 2.5-21 s); the slow
# first migration is not inside it.
DEFAULT_ALLOWANCE_SECONDS = 120.0
OWN_SERVER = (
    "run `prefect server start` in another terminal and set PREFECT_API_URL=http://127.0.0.1:4200/api"
)
ALTERNATIVE = f"raise {ALLOWANCE_SETTING}, or {OWN_SERVER}"
LOG_NAME = "mee-interviews-server.log"


class PrefectStartError(RuntimeError):
    """Prefect could not be prepared; the message names the setting and the alternative."""


def allowance_seconds(settings: PrefectSettings) -> float:
    """The user's ``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS`` if set, else ours."""
    ephemeral = settings.server.ephemeral
    if "startup_timeout_seconds" in ephemeral.model_fields_set:
        return float(ephemeral.startup_timeout_seconds)
    return DEFAULT_ALLOWANCE_SECONDS


def server_env() -> dict[str, str]:
    """The environment Prefect gives its own temporary server: no UI, ephemeral services only.

    The server reads the rest of its settings (PREFECT_HOME, profile, database) as this process does.
    """
    return {
        **os.environ,
        "PREFECT_UI_ENABLED": "0",
        "PREFECT__SERVER_EPHEMERAL": "1",
        "PREFECT__SERVER_FINAL": "1",
    }


def launch_early(app: str) -> TemporaryServer | None:
    """Launch the server before Prefect is imported here (the import then overlaps its boot).

    Only when the environment names no API URL and the record says this Prefect version already
    migrated the default database; ``prefect_api`` checks that against Prefect's settings after.
    """
    if os.environ.get("PREFECT_API_URL"):
        return None
    home = Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()
    url = f"sqlite+aiosqlite:///{home}/prefect.db"
    if needs_migration(read_record(home), metadata.version("prefect"), url):
        return None
    server = TemporaryServer(server_env(), home / LOG_NAME, app)
    server.launch()
    return server


@contextmanager
def prefect_api(stream: IO[str], preload: str | None = None, app: str = PREFECT_APP) -> Iterator[str | None]:
    """Yield the API URL this run uses; import ``preload`` (the flow module) while a server boots.

    ``app`` is the ASGI factory a temporary server serves (Prefect's; tests pass a tiny one).
    """
    early = launch_early(app)
    try:
        from prefect.settings import get_current_settings

        settings = get_current_settings()
    except BaseException:
        if early is not None:
            early.stop()
        raise
    if settings.api.url or not settings.server.ephemeral.enabled:
        if early is not None:
            early.stop()
        if preload:
            import_module(preload)
        yield settings.api.url  # Prefect itself reports a missing URL with ephemeral mode off
        return
    server = early if early is not None and _early_was_right(early, settings) else None
    if server is None:
        server = TemporaryServer(server_env(), Path(settings.home) / LOG_NAME, app)
    start_temporary_server(server, settings, stream, preload)
    try:
        with _api_url(server.api_url):
            try:
                yield server.api_url
            finally:
                _drain_prefect_workers()
    finally:
        server.stop()


def _early_was_right(server: TemporaryServer, settings: PrefectSettings) -> bool:
    """Prefect's own settings agree with the guess ``launch_early`` made; else stop its server."""
    home = Path(settings.home)
    if server.log_path == home / LOG_NAME and not needs_migration(
        read_record(home), metadata.version("prefect"), database_url(settings)
    ):
        return True
    server.stop()
    return False


def start_temporary_server(
    server: TemporaryServer, settings: PrefectSettings, stream: IO[str], preload: str | None
) -> None:
    """Migrate if needed, start the server, wait for it with one progress line, record the cost."""
    home, url, allowance = Path(settings.home), database_url(settings), allowance_seconds(settings)
    previous = read_record(home)
    migrate = server.process is None and needs_migration(previous, metadata.version("prefect"), url)
    label = "preparing Prefect: migrating its database (first run only), then a temporary server"
    since = server.launched_at if server.process is not None else None  # launched early
    with ProgressLine(stream, label if migrate else "starting a temporary Prefect server", since) as line:
        migration_seconds = (
            _timed_migration(line) if migrate else previous.migration_seconds if previous else None
        )
        if server.process is None:
            server.launch()
        try:
            if preload:
                import_module(preload)
            start_seconds = server.wait_ready(allowance)
        except BaseException as exc:
            server.stop()
            if isinstance(exc, ServerStartError):
                raise PrefectStartError(f"Prefect's temporary server {exc}: {ALTERNATIVE}") from None
            raise
        line.finish("ready")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    record = StartRecord(
        metadata.version("prefect"),
        database_digest(url),
        migration_seconds,
        round(start_seconds, 2),
        allowance,
        now,
    )
    write_record(home, record)


def _timed_migration(line: ProgressLine) -> float:
    try:
        migrate_database()
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise PrefectStartError(
            f"migrating Prefect's database failed ({first}): check PREFECT_HOME and "
            f"PREFECT_SERVER_DATABASE_CONNECTION_URL, or {OWN_SERVER}"
        ) from exc
    return round(line.elapsed(), 2)


@contextmanager
def _api_url(url: str) -> Iterator[None]:
    """Point this process's Prefect at ``url`` (environment plus Prefect's global settings)."""
    from prefect.context import refresh_global_settings_context

    before = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = url
    refresh_global_settings_context()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = before
        refresh_global_settings_context()


def _drain_prefect_workers() -> None:
    """Deliver the run's queued logs and events before the server goes (as Prefect's harness does)."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=5)
    EventsWorker.drain_all(timeout=5)
