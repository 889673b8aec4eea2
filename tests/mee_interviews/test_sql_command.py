"""The `sql` command: formats, SQL from a file or stdin, a cut table, a quiet closed pipe."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from mee_interviews.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


@pytest.fixture
def numbers(tmp_path: Path) -> Path:
    path = tmp_path / "n.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE n AS SELECT range AS i, 'v' || range AS label FROM range(120)")
    con.execute("INSERT INTO n VALUES (120, NULL)")
    con.close()
    return path


def sql(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["sql", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_csv_output_has_a_header_and_every_row_with_null_as_empty(numbers: Path) -> None:
    code, out, _ = sql("SELECT * FROM n ORDER BY i", "--db", str(numbers), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0] == ["i", "label"] and len(rows) == 122
    assert rows[1] == ["0", "v0"] and rows[-1] == ["120", ""]


def test_json_output_is_one_array_and_jsonl_one_object_per_line(numbers: Path) -> None:
    _, out, _ = sql("SELECT i, label FROM n WHERE i < 2 ORDER BY i", "--db", str(numbers), "--format", "json")
    assert json.loads(out) == [{"i": 0, "label": "v0"}, {"i": 1, "label": "v1"}]
    _, out, _ = sql("SELECT i FROM n WHERE i > 118 ORDER BY i", "--db", str(numbers), "--format", "jsonl")
    assert [json.loads(line) for line in out.splitlines()] == [{"i": 119}, {"i": 120}]


def test_an_empty_result_is_still_valid_json(numbers: Path) -> None:
    _, out, _ = sql("SELECT i FROM n WHERE i < 0", "--db", str(numbers), "--format", "json")
    assert json.loads(out) == []


def test_sql_comes_from_a_file_or_from_standard_input(numbers: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.sql"
    query.write_text("SELECT count(*) AS n FROM n\n", encoding="utf-8")
    _, out, _ = sql("--file", str(query), "--db", str(numbers), "--format", "jsonl")
    assert json.loads(out) == {"n": 121}
    _, out, _ = sql("-", "--db", str(numbers), "--format", "csv", stdin="SELECT max(i) AS m FROM n")
    assert out.splitlines() == ["m", "120"]


def test_a_big_table_shows_its_first_rows_and_says_how_many_were_cut(numbers: Path) -> None:
    code, out, err = sql("SELECT i FROM n ORDER BY i", "--db", str(numbers), "--max-rows", "5")
    assert code == 0 and "│ 4 " in out and "│ 5 " not in out
    assert "121 row(s); first 5 shown, 116 cut" in err


def test_a_refused_statement_is_one_error_line_and_exit_1(numbers: Path) -> None:
    code, out, err = sql("SELECT 1; DELETE FROM n", "--db", str(numbers))
    assert code == 1 and out == ""
    assert err.startswith("error: refused: 2 statements given") and "Traceback" not in err


def run_cli(*args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "60"}
    code = "from mee_interviews.cli import app; app()"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def test_a_closed_pipe_ends_quietly_without_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "big.duckdb"
    duckdb.connect(str(db)).close()
    proc = run_cli("sql", "SELECT * FROM range(2000000)", "--db", str(db), "--format", "csv")
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.readline() == b"range\n"
    proc.stdout.close()  # what `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141 and "Traceback" not in err and "BrokenPipe" not in err


def test_a_long_error_line_is_not_wrapped_when_stderr_is_piped(tmp_path: Path) -> None:
    long_name = "a_table_name_long_enough_to_wrap_a_sixty_column_terminal_" * 2
    proc = run_cli("sql", f"SELECT * FROM {long_name}", "--db", str(tmp_path / "none.duckdb"))
    _, err = proc.communicate(timeout=60)
    lines = err.decode().splitlines()
    assert proc.returncode == 1 and len(lines) == 1 and lines[0].startswith("error: no warehouse at")


def test_the_sql_path_never_imports_sqlalchemy_or_prefect(numbers: Path) -> None:
    code = (
        "import sys; from mee_interviews.cli import app\n"
        "try: app()\n"
        "except SystemExit: pass\n"
        "print(sorted(m for m in ('sqlalchemy', 'prefect') if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code, "sql", "SELECT 1", "--db", str(numbers), "--format", "csv"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.splitlines() == ["1", "1", "[]"], done.stderr


def test_version_prints_the_package_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("mee-interviews ")


def test_every_command_documents_its_exit_codes_in_help() -> None:
    names = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands]
    for name in names:
        text = " ".join(runner.invoke(app, [name, "--help"], env={"COLUMNS": "400"}).stdout.split())
        assert "Exit codes: 0 done; 1 error" in text, name
    parse_help = " ".join(runner.invoke(app, ["parse", "--help"], env={"COLUMNS": "400"}).stdout.split())
    assert "3 the page is not an episode" in parse_help


def test_json_of_a_query_ending_in_a_comment_and_of_a_show_statement(numbers: Path) -> None:
    _, out, _ = sql("SELECT max(i) AS m FROM n -- the largest", "--db", str(numbers), "--format", "jsonl")
    assert json.loads(out) == {"m": 120}
    _, out, _ = sql("SHOW TABLES", "--db", str(numbers), "--format", "jsonl")
    assert json.loads(out) == {"name": "n"}
