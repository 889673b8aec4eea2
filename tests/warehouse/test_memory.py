"""The writer's memory limit during a load: raised for the uncommitted rows' indexes, then restored."""

from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.engine import open_writer
from warehouse.memory import IndexRoom, index_memory_mb, memory_limit_mb, set_memory_limit


def test_the_limit_reads_back_in_mib_whatever_unit_it_was_set_in(tmp_path: Path) -> None:
    engine = open_writer(tmp_path / "w.duckdb", memory_limit_mb=64)  # 64 MB = 61.0 MiB
    with engine.connect() as conn:
        assert memory_limit_mb(conn) == pytest.approx(61.0, abs=0.1)
        set_memory_limit(conn, 80.5)
        assert memory_limit_mb(conn) == pytest.approx(80.5)
        set_memory_limit(conn, "1 GiB")
        assert memory_limit_mb(conn) == pytest.approx(1024.0)
        with pytest.raises(ValueError, match="not a memory limit"):
            set_memory_limit(conn, "1'; DROP TABLE x; --")
    engine.dispose()


def test_a_load_whose_uncommitted_keys_outgrow_a_quarter_of_the_limit_gets_room_to_commit_them_and_gives_it_back(
    tmp_path: Path,
) -> None:
    engine = open_writer(tmp_path / "w.duckdb", memory_limit_mb=16)
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE k (a VARCHAR, b INTEGER, PRIMARY KEY (a, b))")
        conn.commit()
    with engine.begin() as conn:
        room = IndexRoom(conn)
        room.follow(conn)
        assert room.current == room.base  # no indexes held yet: the writer's own limit
        # 600,000 composite keys in one transaction: an index DuckDB keeps in memory until the commit
        conn.exec_driver_sql("INSERT INTO k SELECT 'episode-' || (i // 100), i % 100 FROM range(600000) t(i)")
        held = index_memory_mb(conn)
        assert 2 * held > room.base / 2
        room.follow(conn)
        assert memory_limit_mb(conn) == pytest.approx(2 * held + room.base / 2, abs=0.2)
    # the commit above merged the keys into the table's index, which needed them twice
    room.restore(engine)
    with engine.connect() as conn:
        assert memory_limit_mb(conn) == pytest.approx(room.base, abs=0.15)  # DuckDB shows 0.1 MiB steps
        assert conn.exec_driver_sql("SELECT count(*) FROM k").scalar() == 600_000
    engine.dispose()
