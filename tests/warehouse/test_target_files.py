"""report --out, export --parquet and snapshot write regular files only, through fresh temporary files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mee_interviews.cli import app
from tests.warehouse import sample_data as s
from warehouse.snapshot import make_snapshot
from warehouse.target_files import RefusedTargetError, check_target, replaced_atomically

runner = CliRunner()


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    return s.build_warehouse(tmp_path / "w.duckdb")


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def one_line_error(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert result.output.startswith("error: ")
    return result.output.strip()


@pytest.mark.parametrize(
    "kind", ["a directory", "a named pipe (FIFO)", "a character device", "a symbolic link"]
)
def test_a_target_that_is_not_a_regular_file_is_refused_with_what_it_is(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "t"
    if kind == "a directory":
        target.mkdir()
    elif kind == "a named pipe (FIFO)":
        fifo(target)
    elif kind == "a character device":
        target = Path("/dev/full")
    else:
        target.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(RefusedTargetError) as refused:
        check_target(target)
    assert str(refused.value).startswith(f"refusing to write {target}: it is {kind}")


def test_a_replaced_file_appears_whole_or_not_at_all_and_no_temporary_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replaced_atomically(target) as out:
        out.write(b"half")
        raise RuntimeError("the writer died")
    assert target.read_bytes() == b"old" and sorted(tmp_path.iterdir()) == [target]
    with replaced_atomically(target) as out:
        out.write(b"new")
    assert target.read_bytes() == b"new" and sorted(tmp_path.iterdir()) == [target]
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_report_out_refuses_a_fifo_and_dev_full_and_leaves_them_as_they_are(
    warehouse_file: Path, tmp_path: Path
) -> None:
    pipe = fifo(tmp_path / "report.html")
    line = one_line_error(["report", "--out", str(pipe), "--db", str(warehouse_file)])
    assert (
        line
        == f"error: refusing to write {pipe}: it is a named pipe (FIFO), not a regular file; give another path"
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    line = one_line_error(["report", "--out", "/dev/full", "--db", str(warehouse_file)])
    assert "/dev/full: it is a character device" in line
    assert stat.S_ISCHR(Path("/dev/full").lstat().st_mode)


def test_report_never_follows_a_symlink_planted_at_its_old_temporary_name(
    warehouse_file: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "report.html"
    (tmp_path / "report.html.tmp").symlink_to(victim)  # the name the report used to write first
    result = runner.invoke(app, ["report", "--out", str(out), "--db", str(warehouse_file)])
    assert result.exit_code == 0, result.output
    assert victim.read_text() == "keep me" and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_export_over_a_folder_named_like_a_table_file_is_one_clear_line(
    warehouse_file: Path, tmp_path: Path
) -> None:
    (tmp_path / "out" / "episodes.parquet").mkdir(parents=True)
    line = one_line_error(["export", "--parquet", str(tmp_path / "out"), "--db", str(warehouse_file)])
    assert line.startswith(
        f"error: refusing to write {tmp_path / 'out' / 'episodes.parquet'}: it is a directory"
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "episodes.parquet"
    ]  # nothing half-written


def test_export_into_a_path_that_is_a_file_is_one_clear_line(warehouse_file: Path, tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file")
    line = one_line_error(["export", "--parquet", str(tmp_path / "out"), "--db", str(warehouse_file)])
    assert (
        line == f"error: refusing to write into {tmp_path / 'out'}: it is not a directory; give another path"
    )


def test_a_snapshot_whose_target_is_a_fifo_is_skipped_and_the_fifo_kept(warehouse_file: Path) -> None:
    target = fifo(warehouse_file.with_name("w.snapshot.duckdb"))
    snapshot = make_snapshot(warehouse_file)
    assert not snapshot.written and "it is a named pipe (FIFO)" in snapshot.note
    assert stat.S_ISFIFO(target.lstat().st_mode)
    line = one_line_error(["snapshot", "--db", str(warehouse_file)])
    assert line.startswith("error: snapshot skipped: refusing to write")


def test_a_snapshot_never_follows_a_symlink_planted_at_its_old_temporary_name(warehouse_file: Path) -> None:
    victim = warehouse_file.with_name("victim.txt")
    victim.write_text("keep me")
    warehouse_file.with_name("w.snapshot.duckdb.tmp").symlink_to(victim)
    assert make_snapshot(warehouse_file).written
    assert victim.read_text() == "keep me"
