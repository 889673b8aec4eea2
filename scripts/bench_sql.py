"""How fast is `mee-interviews sql` next to a bare DuckDB script? Prints one table of ratios.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_sql.py [--rows 10000] [--repeats 7]

Each case starts a fresh interpreter, as a user does: the baseline is ``python -c`` importing
duckdb, opening the same file read-only and writing the same rows with the standard library's
csv/json; the project is the `sql` command writing ``--format csv`` / ``--format jsonl``.
Runs are interleaved and the median wall time of each is compared (goal: ratio <= 2).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
QUERY = "SELECT * FROM questions ORDER BY episode_key, q_no"

BASELINES = {
    "csv": (
        "import csv, sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "cur = con.execute(sys.argv[2])\n"
        "w = csv.writer(sys.stdout, lineterminator='\\n')\n"
        "w.writerow([d[0] for d in cur.description])\n"
        "w.writerows(cur.fetchall())\n"
    ),
    "jsonl": (
        "import json, sys, duckdb\n"
        "con = duckdb.connect(sys.argv[1], read_only=True)\n"
        "cur = con.execute(sys.argv[2])\n"
        "cols = [d[0] for d in cur.description]\n"
        "for row in cur.fetchall():\n"
        "    print(json.dumps(dict(zip(cols, row)), ensure_ascii=False, default=str))\n"
    ),
}
PROJECT = "from mee_interviews.cli import app; app()"


def build(path: Path, rows: int) -> None:
    """A questions-like table: keys, numbers, a timestamp and a sentence of Chinese text per row."""
    con = duckdb.connect(str(path))
    con.execute(f"""
        CREATE TABLE questions AS
        SELECT 'ep-' || (i // 10) AS episode_key, i % 10 AS q_no,
               '请问贵省在第' || i || '个问题上采取了哪些措施？PM2.5浓度下降' || (i % 30) || '%' AS question,
               TIMESTAMP '2024-01-01' + INTERVAL (i) MINUTE AS fetched_at, i * 0.5 AS score
        FROM range({rows}) t(i)""")
    con.close()


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        build(db, args.rows)
        print(f"sql benchmark: {args.rows} rows, median of {args.repeats} interleaved runs, wall seconds")
        print(f"{'format':<8}{'sql command':>13}{'duckdb script':>15}{'ratio':>8}")
        for fmt, baseline in BASELINES.items():
            ours: list[float] = []
            base: list[float] = []
            for _ in range(args.repeats):
                base.append(timed([sys.executable, "-c", baseline, str(db), QUERY]))
                ours.append(
                    timed([sys.executable, "-c", PROJECT, "sql", QUERY, "--db", str(db), "--format", fmt])
                )
            a, b = statistics.median(ours), statistics.median(base)
            print(f"{fmt:<8}{a:>13.3f}{b:>15.3f}{a / b:>7.2f}×")


if __name__ == "__main__":
    main()
