"""How fast is `make_snapshot` next to a plain copy of the warehouse file? Prints the ratio.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_snapshot.py [--mb 20] [--repeats 5]

Builds a warehouse with the current schema whose ``raw_pages`` holds about ``--mb`` MB of bodies
(most of a real warehouse is its raw archive), then times, interleaved: ``make_snapshot`` through
the writer's engine (CHECKPOINT + copy + rename) and ``shutil.copyfile`` of the same file.
Goal: ratio <= 3.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

from warehouse.engine import open_writer
from warehouse.schema import ensure_schema
from warehouse.snapshot import make_snapshot


def build(path: Path, megabytes: int) -> None:
    """Current schema plus ``megabytes`` of 50 KB random (incompressible) raw bodies."""
    engine = open_writer(path)
    ensure_schema(engine)
    rows = [
        {"url": f"https://example.org/{i}", "sha": f"{i:064x}", "body": os.urandom(50_000)}
        for i in range(megabytes * 20)
    ]
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO raw_pages (requested_url, sha256, final_url, status_code, headers_json, encoding,"
                " body, source, fetched_at, run_id, kind)"
                " VALUES (:url, :sha, :url, 200, '{}', 'utf-8', :body, 'mee', now(), 'bench', 'article')"
            ),
            rows,
        )
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "w.duckdb"
        build(db, args.mb)
        writer = open_writer(db)
        ours, copies = [], []
        for _ in range(args.repeats):
            start = time.perf_counter()
            assert make_snapshot(db, writer).written
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            shutil.copyfile(db, Path(tmp) / "plain-copy.duckdb")
            copies.append(time.perf_counter() - start)
        writer.dispose()
        a, b = statistics.median(ours), statistics.median(copies)
        size = db.stat().st_size / 1_000_000
        print(f"snapshot benchmark: {size:.1f} MB warehouse, median of {args.repeats} interleaved runs")
        print(f"make_snapshot {a:.3f} s   file copy {b:.3f} s   ratio {a / b:.2f}×")


if __name__ == "__main__":
    main()
