"""The snapshot is a checkpointed file copy, skipped (keeping the last good one) on a short disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.warehouse import sample_data as s
from warehouse.engine import open_writer
from warehouse.query import run_readonly
from warehouse.snapshot import make_snapshot


@pytest.fixture
def warehouse_file(tmp_path: Path) -> Path:
    return s.build_warehouse(tmp_path / "w.duckdb")


def episodes(path: Path) -> int:
    return int(run_readonly(path, "SELECT count(*) FROM episodes").rows[0][0])


def test_rows_committed_by_the_writer_reach_the_snapshot_before_its_wal_is_checkpointed(
    warehouse_file: Path,
) -> None:
    writer = open_writer(warehouse_file)
    with writer.begin() as conn:
        conn.exec_driver_sql(
            "DELETE FROM episodes WHERE episode_key = (SELECT min(episode_key) FROM episodes)"
        )
    snapshot = make_snapshot(warehouse_file, writer)
    writer.dispose()
    assert snapshot.written and snapshot.note.startswith(f"wrote {snapshot.path} (")
    assert episodes(snapshot.path) == episodes(warehouse_file) == 2


def test_a_short_disk_skips_the_snapshot_and_keeps_the_last_good_one(warehouse_file: Path) -> None:
    first = make_snapshot(warehouse_file)
    before = first.path.read_bytes()
    writer = open_writer(warehouse_file)
    with writer.begin() as conn:
        conn.exec_driver_sql("DELETE FROM episodes")
    size = warehouse_file.stat().st_size
    skipped = make_snapshot(
        warehouse_file, writer, free=lambda _: size
    )  # room for the copy, not the headroom
    writer.dispose()
    assert not skipped.written
    assert (
        skipped.note.startswith("snapshot skipped: only ")
        and "kept the last good snapshot of" in skipped.note
    )
    assert first.path.read_bytes() == before and episodes(first.path) == 3
    assert not first.path.with_name(first.path.name + ".tmp").exists()


def test_with_no_earlier_snapshot_a_short_disk_says_so(warehouse_file: Path) -> None:
    skipped = make_snapshot(warehouse_file, free=lambda _: 0)
    assert not skipped.written and skipped.note.endswith("there is no earlier snapshot")
    assert not skipped.path.exists()


def test_a_disk_without_room_for_the_checkpoint_skips_it_and_the_wal_replays_at_the_next_open(
    warehouse_file: Path,
) -> None:
    writer = open_writer(warehouse_file)
    with writer.begin() as conn:
        conn.exec_driver_sql("DELETE FROM episodes")
    wal = warehouse_file.with_name(warehouse_file.name + ".wal")
    committed = wal.stat().st_size
    size = warehouse_file.stat().st_size
    skipped = make_snapshot(warehouse_file, writer, free=lambda _: size + committed)  # not the headroom
    assert not skipped.written and "the checkpoint and the copy need" in skipped.note
    assert wal.stat().st_size == committed > 0  # no checkpoint was tried on the short disk
    writer.dispose()
    assert episodes(warehouse_file) == 0  # the commit is there, from the WAL
