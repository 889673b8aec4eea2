from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from mee_interviews.doctor import Finding, exit_code, format_findings, run_doctor
from mee_interviews.doctor_prefect import check_prefect
from tests.warehouse import factories as f
from tests.warehouse import sample_data as s
from warehouse.archive import archive_page
from warehouse.engine import open_writer


def by_name(findings: list[Finding]) -> dict[str, Finding]:
    return {x.name: x for x in findings}


def tamper(warehouse: Path, sql: str) -> None:
    """Change the warehouse behind doctor's back, in one committed statement."""
    engine = open_writer(warehouse)
    with engine.begin() as conn:
        conn.exec_driver_sql(sql)
    engine.dispose()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A current warehouse with two archived pages, built once per module."""
    path = s.build_warehouse(tmp_path_factory.mktemp("doctor") / "w.duckdb")
    engine = open_writer(path)
    archive_page(engine, f.page(), source="wechat", kind="article", run_id="r1")
    archive_page(engine, f.page(f.MEE_URL, b"<html>mee</html>"), source="mee", kind="article", run_id="r1")
    engine.dispose()
    return path


@pytest.fixture
def healthy(template: Path, tmp_path: Path) -> Path:
    """A private copy of the template warehouse, free to corrupt."""
    return Path(shutil.copy(template, tmp_path / "w.duckdb"))


def test_a_healthy_warehouse_passes_every_check(healthy: Path) -> None:
    findings = run_doctor(healthy, None, env={})
    assert exit_code(findings) == 0, format_findings(findings)
    got = by_name(findings)
    assert "2 archived bodies match" in got["raw archive"].message
    assert "temporary local Prefect server" in got["prefect"].message


def test_the_loaded_reference_file_is_reported_and_a_stale_one_is_a_warning(healthy: Path) -> None:
    reference = by_name(run_doctor(healthy, None, env={}))["reference figures"]
    assert reference.ok and not reference.warning and "figures" in reference.message
    tamper(healthy, "UPDATE reference_figures SET origin_version = 'old'")
    findings = run_doctor(healthy, None, env={})
    stale = by_name(findings)["reference figures"]
    assert stale.warning and "version old loaded" in stale.message and "reparse" in stale.action
    assert exit_code(findings) == 0


def test_a_corrupted_body_is_listed_with_its_url(healthy: Path) -> None:
    tamper(
        healthy,
        "UPDATE raw_bodies SET data = 'tampered'::BLOB "
        f"WHERE sha256 = (SELECT sha256 FROM raw_pages WHERE requested_url = '{f.MEE_URL}')",
    )
    findings = run_doctor(healthy, None, env={})
    archive = by_name(findings)["raw archive"]
    assert not archive.ok and f.MEE_URL in archive.message and f.WECHAT_URL not in archive.message
    assert exit_code(findings) == 1 and "✗ raw archive" in format_findings(findings)


def test_a_key_repeated_in_a_table_no_index_guards_is_reported_with_its_table(healthy: Path) -> None:
    assert "no repeated key in answer_points, claims, indicators, quality_checks, questions" in (
        by_name(run_doctor(healthy, None, env={}))["keys"].message
    )
    tamper(healthy, "INSERT INTO questions SELECT * FROM questions LIMIT 1")
    findings = run_doctor(healthy, None, env={})
    keys = by_name(findings)["keys"]
    assert (
        not keys.ok and keys.message == "rows repeating a key: questions: 1 rows" and "reparse" in keys.action
    )
    assert exit_code(findings) == 1


def test_an_old_schema_says_how_to_migrate(tmp_path: Path) -> None:
    engine = open_writer(tmp_path / "old.duckdb")
    s.apply_version_1(engine)
    engine.dispose()
    schema = by_name(run_doctor(tmp_path / "old.duckdb", None, env={}))["schema"]
    assert not schema.ok and "version 1" in schema.message
    assert schema.action == "run mee-interviews ingest or reparse to migrate"


def test_a_newer_schema_says_to_upgrade(healthy: Path) -> None:
    tamper(healthy, "INSERT INTO schema_version VALUES (99, now(), 'from the future')")
    assert by_name(run_doctor(healthy, None, env={}))["schema"].action == "upgrade mee-interviews"


def test_a_missing_file_says_to_run_ingest(tmp_path: Path) -> None:
    findings = run_doctor(tmp_path / "absent.duckdb", None, env={})
    warehouse = by_name(findings)["warehouse"]
    assert not warehouse.ok and "mee-interviews ingest" in warehouse.action
    assert exit_code(findings) == 1


def test_a_running_ingest_is_reported_as_such(healthy: Path) -> None:
    holder = f"import sys, duckdb\ncon = duckdb.connect({str(healthy)!r})\nprint('locked', flush=True)\nsys.stdin.readline()"
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        warehouse = by_name(run_doctor(healthy, None, env={}))["warehouse"]
    finally:
        proc.communicate("\n", timeout=10)
    assert not warehouse.ok and "an ingest is running" in warehouse.message


def test_bad_settings_and_missing_entry_points_are_reported(healthy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[sources]\npriority = ["nowhere"]\n', encoding="utf-8")
    assert not by_name(run_doctor(healthy, bad, env={}))["settings"].ok
    empty = tmp_path / "empty.toml"
    empty.write_text(
        textwrap.dedent("""
        [sources.mee]
        entry_points = []
        base_url = "https://mirror.example.org"
        [provinces.jiangxi]
        enabled = false
        [provinces.qinghai]
        enabled = false
    """),
        encoding="utf-8",
    )
    got = by_name(run_doctor(healthy, empty, env={}))
    assert got["entry points"].warning and got["entry points"].ok
    assert got["hosts"].warning and "mirror.example.org" in got["hosts"].message


def test_a_department_site_alone_is_something_for_a_live_run_to_discover(
    healthy: Path, tmp_path: Path
) -> None:
    only_sites = tmp_path / "sites.toml"
    only_sites.write_text("[sources.mee]\nentry_points = []\n", encoding="utf-8")
    found = by_name(run_doctor(healthy, only_sites, env={}))["entry points"]
    assert not found.warning and "2 department sites" in found.message


def test_doctor_says_when_no_browser_can_render_javascript_pages(healthy: Path) -> None:
    env = {"MEE_INTERVIEWS__BROWSER__EXECUTABLE": "/nonexistent/chromium"}
    found = by_name(run_doctor(healthy, None, env=env))["browser"]
    assert found.warning and "no Chromium at /nonexistent/chromium" in found.message
    assert "apt-get install chromium" in found.action
    off = by_name(run_doctor(healthy, None, env={"MEE_INTERVIEWS__BROWSER__ENABLED": "false"}))["browser"]
    assert not off.warning and "enabled = false" in off.message


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Debian's chromium is not installed here")
def test_doctor_starts_the_configured_chromium_to_say_it_works(healthy: Path) -> None:
    found = by_name(run_doctor(healthy, None, env={}))["browser"]
    assert found.ok and not found.warning and "starts" in found.message


@pytest.fixture
def prefect_api() -> Iterator[str]:
    """A local stand-in for the Prefect API that answers its health check."""

    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path.endswith("/health") else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b"true")

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/api"
    server.shutdown()


def test_prefect_api_reachability_is_checked_when_configured(prefect_api: str) -> None:
    assert check_prefect({"PREFECT_API_URL": prefect_api}).ok
    down = check_prefect({"PREFECT_API_URL": prefect_api.rsplit(":", 1)[0] + ":9/api"})
    assert not down.ok and "unreachable" in down.message and "PREFECT_API_URL" in down.action
