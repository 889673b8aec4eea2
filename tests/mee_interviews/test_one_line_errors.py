"""Every failure a user meets is one line on stderr and exit code 1; the traceback goes to the run log.

The commands run as real processes (the console handlers Prefect installs write to the process's
own stderr, which an in-process runner does not see). A read-only directory and a small disk are
real tmpfs mounts in a private mount namespace (``unshare``); those tests skip where it is denied.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mee_interviews.console_log import ConsoleFilter
from tests.warehouse import sample_data as s

CLI = str(Path(sys.executable).with_name("mee-interviews"))
# The start line every Prefect command prints first (the first run also migrates its database).
PROGRESS = ("starting a temporary Prefect server", "preparing Prefect: migrating")


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("prefect-home")


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "MEE_INTERVIEWS"))}
    return env | {"PREFECT_HOME": str(home), "DO_NOT_TRACK": "1"} | extra


def run(
    args: list[str], env: dict[str, str], *, mount: tuple[Path, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The CLI (``args`` after the program name); with ``mount``, inside a private tmpfs mount."""
    command = [CLI, *args]
    return subprocess.run(in_mount(mount, command), env=env, capture_output=True, text=True, timeout=300)


def in_mount(mount: tuple[Path, str] | None, command: list[str]) -> list[str]:
    """``command`` run where ``mount = (directory, tmpfs options)`` is a fresh tmpfs (none: as is)."""
    if mount is None:
        return command
    directory, options = mount
    script = 'mount -t tmpfs -o "$1" tmpfs "$2" && shift 2 && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, "sh", options, str(directory), *command]


def can_mount(tmp_path: Path) -> bool:
    try:
        probe = subprocess.run(
            ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=1m tmpfs {tmp_path}"],
            capture_output=True,
            timeout=30,
        )
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line the failure printed: exit code 1, nothing else on stderr but Prefect's start line."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if not line.startswith(PROGRESS)]
    assert "Traceback" not in result.stderr and len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


def run_log(home: Path) -> list[str]:
    """Every message Prefect's API stored for the runs (the run logs), from its database."""
    with sqlite3.connect(home / "prefect.db") as db:
        return [row[0] for row in db.execute("SELECT message FROM log")]


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "ro"
    directory.mkdir()
    if not can_mount(directory):
        pytest.skip("no private tmpfs mounts here (unshare -rm denied)")
    return directory


def test_ingest_into_a_read_only_directory_is_one_line_and_its_traceback_goes_to_the_run_log(
    read_only_dir: Path, prefect_home: Path
) -> None:
    result = run(
        ["ingest", "--db", str(read_only_dir / "w.duckdb")],
        env_for(prefect_home),
        mount=(read_only_dir, "ro,size=1m"),
    )
    line = error_line(result)
    assert line == (
        f"error: cannot write in {read_only_dir} (Read-only file system): a run keeps its lock w.duckdb.lock "
        "and the warehouse there; give a writable --db or [warehouse] path"
    )
    logged = [m for m in run_log(prefect_home) if "WarehouseNotWritableError" in m]
    assert logged and "Traceback (most recent call last)" in logged[-1]


def test_debug_shows_the_tracebacks(read_only_dir: Path, prefect_home: Path) -> None:
    result = run(
        ["--debug", "ingest", "--db", str(read_only_dir / "w.duckdb")],
        env_for(prefect_home),
        mount=(read_only_dir, "ro,size=1m"),
    )
    assert result.returncode == 1
    assert result.stderr.count("Traceback (most recent call last)") >= 1
    assert "WarehouseNotWritableError: cannot write in" in result.stderr


def test_a_full_disk_at_the_end_of_run_skips_the_snapshot_and_the_run_and_warehouse_stay_good(
    tmp_path: Path, prefect_home: Path
) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if not can_mount(disk):
        pytest.skip("no private tmpfs mounts here (unshare -rm denied)")
    db = disk / "w.duckdb"
    # The run commits (0.2 MB of WAL) but the checkpoint writes 7.2 MB of blocks: a 4 MB disk.
    script = (
        '"$1" ingest --db "$2"; echo "exit $?"; '
        '"$1" sql "SELECT status, count(*) OVER () AS runs FROM ingest_runs" --db "$2" --format csv; '
        '"$1" sql "SELECT count(*) FROM episodes" --db "$2" --format csv'
    )
    result = subprocess.run(
        in_mount((disk, "size=4m"), ["sh", "-c", script, "sh", CLI, str(db)]),
        env=env_for(prefect_home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = result.stdout
    assert "exit 0" in out, result.stderr
    assert "snapshot skipped: the checkpoint failed with " in out and "free on the disk of" in out
    assert "status,runs\npartial,1" in out  # the sample's usual outcome, recorded
    assert "count_star()\n1" in out  # the warehouse opens and holds the episode
    assert "Traceback" not in result.stderr


def test_reparse_of_a_file_that_is_no_warehouse_is_one_line(tmp_path: Path, prefect_home: Path) -> None:
    bad = tmp_path / "w.duckdb"
    bad.write_text("not a database")
    line = error_line(run(["reparse", "--db", str(bad)], env_for(prefect_home)))
    assert line == f'error: IO Error: The file "{bad}" exists, but it is not a valid DuckDB database file!'


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELEC 1", 'error: Parser Error: syntax error at or near "SELEC"'),
        ("ATTACH 'x.duckdb'", "error: "),
    ],
)
def test_sql_failures_are_one_line(tmp_path: Path, prefect_home: Path, sql: str, expected: str) -> None:
    db = s.build_warehouse(tmp_path / "w.duckdb")
    assert error_line(run(["sql", sql, "--db", str(db)], env_for(prefect_home))).startswith(expected)


def test_report_and_export_of_a_missing_warehouse_are_one_line(tmp_path: Path, prefect_home: Path) -> None:
    missing = tmp_path / "none.duckdb"
    expected = f"error: no warehouse at {missing}: run `mee-interviews ingest` first"
    assert (
        error_line(
            run(["report", "--out", str(tmp_path / "r.html"), "--db", str(missing)], env_for(prefect_home))
        )
        == expected
    )
    assert (
        error_line(
            run(["export", "--parquet", str(tmp_path / "p"), "--db", str(missing)], env_for(prefect_home))
        )
        == expected
    )


def test_doctor_reports_a_warehouse_path_that_does_not_open_as_a_finding(
    tmp_path: Path, prefect_home: Path
) -> None:
    result = run(["doctor", "--db", str(tmp_path)], env_for(prefect_home))
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    assert result.stdout.splitlines()[0].startswith(
        f"✗ warehouse: {tmp_path} does not open as a DuckDB database: "
    )


def record(
    name: str, level: int, pathname: str = "/project/flows/writer.py", *, exc: bool = False
) -> logging.LogRecord:
    info = (ValueError, ValueError("x"), None) if exc else None
    return logging.LogRecord(name, level, pathname, 1, "message", None, info)


def test_the_console_keeps_the_runs_warnings_and_drops_tracebacks_errors_and_prefects_machinery() -> None:
    quiet, verbose = (
        ConsoleFilter(verbose=False, prefect_dir="/venv/prefect/"),
        ConsoleFilter(verbose=True, prefect_dir="/venv/prefect/"),
    )
    run_warning = record("prefect.flow_runs", logging.WARNING)  # whom a run waits for, a skipped snapshot
    site_warning = record("scrapers.provinces.walk", logging.WARNING)
    drain = record("EventsWorker", logging.WARNING, "/venv/prefect/_internal/concurrency/services.py")
    client = record("prefect.client", logging.WARNING, "/venv/prefect/client/base.py")
    assert quiet.filter(run_warning) and quiet.filter(site_warning)
    assert not quiet.filter(drain) and not quiet.filter(client)
    assert verbose.filter(drain) and verbose.filter(client)
    for f in (quiet, verbose):  # the CLI prints the failure itself; the run log keeps the traceback
        assert not f.filter(record("prefect.flow_runs", logging.ERROR))
        assert not f.filter(record("prefect.flow_runs", logging.WARNING, exc=True))
