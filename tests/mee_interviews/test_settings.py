"""Settings are validated: bad types, ranges, URLs, unknown keys and sections name their origin."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mee_interviews.cli import app
from mee_interviews.doctor import exit_code, run_doctor
from models.settings import SettingsError
from models.settings_load import load_settings


def problems_of(path: Path | None = None, **env: str) -> tuple[str, ...]:
    with pytest.raises(SettingsError) as caught:
        load_settings(path, env=env)
    return caught.value.problems


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_negative_delay_from_the_environment_is_refused_naming_the_variable() -> None:
    (problem,) = problems_of(MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS="-5")
    assert problem.startswith("http.min_delay_seconds = -5:")
    assert "greater than or equal to 0" in problem
    assert "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS" in problem


def test_a_misspelt_key_in_a_file_is_an_error_not_a_silent_default(tmp_path: Path) -> None:
    path = write(tmp_path, '[warehouse]\npathh = "x.duckdb"\n')
    (problem,) = problems_of(path)
    assert "unknown key warehouse.pathh" in problem and str(path) in problem
    assert "known keys: path" in problem


def test_a_word_where_a_number_belongs_is_refused_before_any_flow_runs(tmp_path: Path) -> None:
    path = write(tmp_path, '[http]\nmin_delay_seconds = "three"\n')
    (problem,) = problems_of(path)
    assert "http.min_delay_seconds = 'three'" in problem and "valid number" in problem
    assert str(path) in problem


def test_an_out_of_range_port_in_a_base_url_is_an_error() -> None:
    (problem,) = problems_of(MEE_INTERVIEWS__SOURCES__MEE__BASE_URL="http://127.0.0.1:99999")
    assert problem.startswith("sources.mee.base_url = 'http://127.0.0.1:99999': has an invalid port")
    assert "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL" in problem


def test_a_base_url_without_http_scheme_or_host_is_an_error() -> None:
    assert "http(s) URL with a host" in problems_of(MEE_INTERVIEWS__SOURCES__MEE__BASE_URL="ftp://x")[0]
    assert "http(s) URL with a host" in problems_of(MEE_INTERVIEWS__SOURCES__MEE__BASE_URL="https://")[0]


def test_zero_timeouts_and_negative_retries_are_refused_together() -> None:
    got = problems_of(
        MEE_INTERVIEWS__HTTP__READ_TIMEOUT_SECONDS="0",
        MEE_INTERVIEWS__HTTP__RETRIES="-1",
        MEE_INTERVIEWS__HTTP__MAX_CONCURRENT_PER_HOST="0",
    )
    assert sorted(p.split(" =")[0] for p in got) == [
        "http.max_concurrent_per_host",
        "http.read_timeout_seconds",
        "http.retries",
    ]


def test_an_unknown_section_names_the_variable_that_made_it() -> None:
    (problem,) = problems_of(MEE_INTERVIEWS__HTTPP__RETRIES="1")
    assert problem == "unknown section [httpp] (from MEE_INTERVIEWS__HTTPP__RETRIES)"


def test_an_unknown_section_in_a_file_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[discovry]\nincremental = false\n")
    assert problems_of(path) == (f"unknown section [discovry] (from {path})",)


def test_a_new_source_without_its_required_keys_lists_each_missing_key() -> None:
    got = problems_of(MEE_INTERVIEWS__SOURCES__EXTRA__BASE_URL="https://extra.example.org")
    assert "missing key sources.extra.canonical_host (from MEE_INTERVIEWS__SOURCES__EXTRA__BASE_URL)" in got
    assert "missing key sources.extra.entry_points (from MEE_INTERVIEWS__SOURCES__EXTRA__BASE_URL)" in got


def test_a_priority_naming_an_unknown_source_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, '[sources]\npriority = ["nowhere"]\n')
    assert problems_of(path) == (f"sources.priority names unknown sources ['nowhere'] (from {path})",)


def test_an_override_below_a_plain_value_is_an_error() -> None:
    with pytest.raises(SettingsError, match=r"http\.retries is a value, not a settings section"):
        load_settings(env={"MEE_INTERVIEWS__HTTP__RETRIES__MAX": "1"})


def test_valid_overrides_still_apply_from_file_and_environment(tmp_path: Path) -> None:
    path = write(tmp_path, '[warehouse]\npath = "elsewhere.duckdb"\n[http]\nretries = 0\n')
    settings = load_settings(path, env={"MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0.5"})
    assert settings.warehouse_path == Path("elsewhere.duckdb")
    assert (settings.http.retries, settings.http.min_delay_seconds) == (0, 0.5)


def test_replacing_a_section_validates_the_new_values() -> None:
    settings = load_settings()
    assert not settings.with_overrides(
        discovery=replace(settings.discovery, incremental=False)
    ).discovery.incremental
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        replace(settings.http, min_delay_seconds=-1.0)


def test_doctor_lists_every_invalid_setting_and_still_runs_its_other_checks(tmp_path: Path) -> None:
    path = write(tmp_path, '[http]\nmin_delay_seconds = "three"\nretries = -2\n[warehouse]\npathh = "x"\n')
    findings = run_doctor(tmp_path / "missing.duckdb", path, env={})
    bad = [f.message for f in findings if f.name == "settings"]
    assert len(bad) == 3 and all(not f.ok for f in findings if f.name == "settings")
    assert any("http.retries = -2" in m for m in bad) and any("warehouse.pathh" in m for m in bad)
    assert {"warehouse", "prefect"} <= {f.name for f in findings}
    assert exit_code(findings) == 1


def test_an_invalid_setting_stops_ingest_before_any_flow_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS", "-5")
    result = CliRunner().invoke(app, ["ingest", "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith("error: http.min_delay_seconds = -5")
    assert not (tmp_path / "w.duckdb").exists()


def test_doctor_without_db_still_lists_invalid_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the default warehouse path is relative: none here
    path = write(tmp_path, "[http]\nretries = -1\n")
    result = CliRunner().invoke(app, ["doctor", "--settings", str(path)])
    assert result.exit_code == 1
    assert (
        "✗ settings: http.retries = -1" in result.stdout and "✗ warehouse: no warehouse at" in result.stdout
    )


def test_a_writer_memory_limit_below_16_mb_is_refused_naming_the_variable() -> None:
    (problem,) = problems_of(MEE_INTERVIEWS__WAREHOUSE__WRITER_MEMORY_LIMIT_MB="8")
    assert problem.startswith("warehouse.writer_memory_limit_mb = 8:")
    assert "MEE_INTERVIEWS__WAREHOUSE__WRITER_MEMORY_LIMIT_MB" in problem


def test_the_writer_memory_limit_defaults_to_64_mb_and_can_be_changed() -> None:
    assert load_settings(env={}).writer_memory_limit_mb == 64
    assert (
        load_settings(env={"MEE_INTERVIEWS__WAREHOUSE__WRITER_MEMORY_LIMIT_MB": "512"}).writer_memory_limit_mb
        == 512
    )
