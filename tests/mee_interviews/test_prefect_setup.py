"""Preparing Prefect for a CLI run: when to migrate, which allowance, the progress line and the error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import prefect
import pytest
from prefect.settings import Settings

from mee_interviews.prefect_database import database_url, needs_migration
from mee_interviews.prefect_record import StartRecord, database_digest, read_record, write_record
from mee_interviews.prefect_setup import ALLOWANCE_SETTING, DEFAULT_ALLOWANCE_SECONDS, allowance_seconds

ROOT = Path(__file__).resolve().parents[2]
VERSION = prefect.__version__


def record(url: str, version: str = VERSION) -> StartRecord:
    return StartRecord(version, database_digest(url), 3.5, 2.5, 120.0, "2026-12-01T06:00:00+00:00")


def test_a_fresh_prefect_home_needs_a_migration(tmp_path: Path) -> None:
    assert needs_migration(None, VERSION, f"sqlite+aiosqlite:///{tmp_path}/prefect.db")


def test_a_database_this_prefect_version_migrated_needs_none(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/prefect.db"
    (tmp_path / "prefect.db").touch()
    assert not needs_migration(record(url), VERSION, url)


def test_another_prefect_version_or_database_or_a_deleted_file_needs_a_migration(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/prefect.db"
    assert needs_migration(record(url), VERSION, url), "the database file is gone"
    (tmp_path / "prefect.db").touch()
    assert needs_migration(record(url, version="3.0.0"), VERSION, url)
    assert needs_migration(record(url), VERSION, f"sqlite+aiosqlite:///{tmp_path}/other.db")


def test_a_server_database_is_trusted_to_the_record_alone() -> None:
    url = "postgresql+asyncpg://prefect:secret@db:5432/prefect"
    assert not needs_migration(record(url), VERSION, url)


def test_the_record_keeps_a_digest_of_the_database_url_never_the_url(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://prefect:secret@db:5432/prefect"
    write_record(tmp_path, record(url))
    text = next(tmp_path.glob("*.json")).read_text()
    assert "secret" not in text and read_record(tmp_path) == record(url)


def test_an_unreadable_record_counts_as_no_record(tmp_path: Path) -> None:
    write_record(tmp_path, record("sqlite:///x"))
    path = next(tmp_path.glob("*.json"))
    path.write_text(json.dumps({"prefect_version": VERSION}))
    assert read_record(tmp_path) is None
    path.write_text("{not json")
    assert read_record(tmp_path) is None


def test_the_allowance_is_ours_unless_the_user_sets_prefects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))  # no profile of the user's
    monkeypatch.delenv(ALLOWANCE_SETTING, raising=False)
    assert allowance_seconds(Settings()) == DEFAULT_ALLOWANCE_SECONDS
    monkeypatch.setenv(ALLOWANCE_SETTING, "7")
    assert allowance_seconds(Settings()) == 7


def test_prefects_default_database_is_sqlite_under_prefect_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_SERVER_DATABASE_CONNECTION_URL", raising=False)
    monkeypatch.delenv("PREFECT_API_DATABASE_CONNECTION_URL", raising=False)
    assert database_url(Settings()) == f"sqlite+aiosqlite:///{tmp_path}/prefect.db"


RUN = textwrap.dedent(
    """
    import os, socket, sys
    from prefect.settings import get_current_settings
    from mee_interviews.prefect_setup import PrefectStartError, prefect_api
    try:
        with prefect_api(sys.stderr, app=sys.argv[1]) as url:
            print("url", url, os.environ.get("PREFECT_API_URL"), get_current_settings().api.url)
            port = int(url.split(":")[2].split("/")[0])
    except PrefectStartError as exc:
        print("error", exc)
    else:
        with socket.socket() as sock:
            print("after", sock.connect_ex(("127.0.0.1", port)) != 0, os.environ.get("PREFECT_API_URL"))
    print("children", len(live_children()))
    """
)
# Processes this one started that are still alive (zombies excluded): Linux's /proc.
CHILDREN = textwrap.dedent(
    """
    import os
    from pathlib import Path
    def live_children():
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                state, ppid = stat.read_text().rsplit(") ", 1)[1].split()[:2]
            except OSError:
                continue
            if int(ppid) == os.getpid() and state != "Z":
                found.append(stat.parent.name)
        return found
    """
)


def run_prepared(home: Path, app: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``prefect_api`` in a fresh process (Prefect reads its settings once), on a migrated home."""
    url = f"sqlite+aiosqlite:///{home}/prefect.db"
    (home / "prefect.db").touch()
    write_record(home, record(url))
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    full = {**clean, "PREFECT_HOME": str(home), "PYTHONPATH": str(ROOT), **env}
    return subprocess.run(
        [sys.executable, "-c", CHILDREN + RUN, f"tests.mee_interviews.tiny_asgi:{app}"],
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_run_gets_a_temporary_server_for_its_duration_and_one_line_saying_so(tmp_path: Path) -> None:
    done = run_prepared(tmp_path, "healthy")
    lines = done.stdout.splitlines()
    url, env_url, settings_url = lines[0].split()[1:]
    assert url.startswith("http://127.0.0.1:") and url == env_url == settings_url
    assert lines[1] == "after True None", "the server is stopped and the URL unset after the run"
    assert lines[2] == "children 0"
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("starting a temporary Prefect server … ready after ")
    assert 0 < read_record(tmp_path).start_seconds < 120  # type: ignore[union-attr]


def test_a_server_that_misses_its_allowance_names_the_setting_and_the_alternative(tmp_path: Path) -> None:
    done = run_prepared(tmp_path, "never_healthy", **{ALLOWANCE_SETTING: "1"})
    assert done.stderr.startswith("starting a temporary Prefect server … failed after 1.")
    error, children = done.stdout.splitlines()
    assert error.startswith("error Prefect's temporary server did not answer within 1 s")
    assert ALLOWANCE_SETTING in error and "`prefect server start`" in error and "PREFECT_API_URL=" in error
    assert children == "children 0", "the server that missed its allowance is stopped"


def test_a_configured_api_url_is_used_as_it_is_with_no_server_and_no_line(tmp_path: Path) -> None:
    done = run_prepared(tmp_path, "healthy", PREFECT_API_URL="http://127.0.0.1:9/api")
    assert done.stdout.splitlines()[0] == " ".join(["url", *["http://127.0.0.1:9/api"] * 3])
    assert done.stderr == ""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="counts children through /proc")
def test_a_server_launched_early_is_stopped_when_a_prefect_profile_names_an_api(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text('active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n')
    done = run_prepared(tmp_path, "healthy", PREFECT_PROFILES_PATH=str(profiles))
    lines = done.stdout.splitlines()
    assert lines[0] == " ".join(["url", "http://127.0.0.1:9/api", "None", "http://127.0.0.1:9/api"])
    assert (tmp_path / "mee-interviews-server.log").exists(), "the guess launched a server"
    assert lines[-1] == "children 0" and done.stderr == ""


CLI = "import sys; from mee_interviews.cli import app; sys.argv[0] = 'mee-interviews'; app()"


def test_the_cli_reports_a_failed_prefect_migration_on_one_line_after_its_progress_line(
    tmp_path: Path,
) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env = {
        **clean,
        "PREFECT_HOME": str(tmp_path / "home"),
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{tmp_path}/missing/dir/prefect.db",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", CLI, "ingest", "--db", str(tmp_path / "w.duckdb")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stderr.splitlines()
    assert len(lines) == 2, done.stderr  # the progress line, then one error line
    progress, error = lines
    assert done.returncode == 1
    assert progress.startswith("preparing Prefect: migrating its database (first run only)")
    assert " … failed after " in progress
    assert error.startswith("error: migrating Prefect's database failed (")
    assert "`prefect server start`" in error and "PREFECT_API_URL=http://127.0.0.1:4200/api" in error
    assert not (tmp_path / "w.duckdb").exists(), "nothing ran before Prefect was ready"
