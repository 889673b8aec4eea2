"""Benchmark: reading a batch of archived bodies, against the one-column layout it replaced.

    PYTHONPATH=. .venv/bin/python scripts/bench_archive.py [--sizes 500,2000] [--kb 300] [--limit-mb 1024]

For each archive size N, N distinct pages of ``--kb`` KB are archived twice: with
``warehouse.archive.archive_pages`` (bodies in ``raw_bodies``, 8 KiB parts) and into a baseline
table that keeps each body in one BLOB column, as ``raw_pages`` did before migration 7. Then,
in a fresh process per layout, under the writer's memory limit, four batches of 25 random pages
are read (``raw_pages_of``; for the baseline the same ``IN`` query on the one table). Prints
per layout the milliseconds per batch and the peak RSS growth while reading, or the error.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.records import FetchedPage  # noqa: E402

BASELINE_DDL = "CREATE TABLE one_column (requested_url VARCHAR, sha256 VARCHAR, body BLOB, PRIMARY KEY (requested_url, sha256))"
BATCHES, BATCH = 4, 25


def page(n: int, size: int) -> FetchedPage:
    """Page ``n``: ``size`` bytes of varied HTML-like text (not one repeated phrase, which DuckDB
    would compress away)."""
    rng = random.Random(n)
    words = ["污染防治", "攻坚", "<p>", "</p>", "生态环境", "PM2.5", "27", "微克/立方米", "<span>", "同比"]
    body = bytearray(f"<html><!-- {n} -->".encode())
    while len(body) < size:
        body += "".join(rng.choice(words) for _ in range(64)).encode()
    url = f"https://mp.weixin.qq.com/s/{n}"
    return FetchedPage(url, url, 200, (), bytes(body[:size]), datetime(2026, 1, 1, tzinfo=UTC))


def build(path: Path, count: int, size: int) -> None:
    """Archive ``count`` pages both ways into ``path``."""
    from warehouse.archive import archive_pages
    from warehouse.engine import open_writer
    from warehouse.schema import ensure_schema

    engine = open_writer(path)
    ensure_schema(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(BASELINE_DDL)
    for start in range(0, count, BATCH):
        pages = [page(n, size) for n in range(start, min(count, start + BATCH))]
        archive_pages(engine, [(p, "wechat") for p in pages], kind="article", run_id="bench")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO one_column SELECT unnest(?), unnest(?), unnest(?)",
                ([p.requested_url for p in pages], [p.sha256 for p in pages], [p.body for p in pages]),
            )
    engine.dispose()


def read(path: Path, layout: str, count: int, size: int, limit_mb: int) -> dict[str, float | str]:
    """Read ``BATCHES`` random batches in this (fresh) process; ms per batch, peak RSS growth."""
    from warehouse.archive import raw_pages_of
    from warehouse.engine import open_writer

    engine = open_writer(path, memory_limit_mb=limit_mb)
    rng = random.Random(0)
    batches = [rng.sample(range(count), BATCH) for _ in range(BATCHES)]
    keys = {n: (p.requested_url, p.sha256) for n in {n for b in batches for n in b} if (p := page(n, size))}
    Path("/proc/self/clear_refs").write_text("5")  # resets the peak (VmHWM) to the current RSS
    before = _status_mb("VmRSS")
    start = time.perf_counter()
    try:
        with engine.connect() as conn:
            for batch in batches:
                wanted = [keys[n] for n in batch]
                if layout == "parts":
                    got = [p.body for p in raw_pages_of(conn, wanted)]
                else:
                    rows = conn.exec_driver_sql(
                        "SELECT body FROM one_column WHERE requested_url IN (SELECT unnest(?))",
                        ([url for url, _ in wanted],),
                    ).fetchall()
                    got = [bytes(r[0]) for r in rows]
                assert len(got) == BATCH and all(
                    hashlib.sha256(b).hexdigest() in {k[1] for k in wanted} for b in got
                )
    except Exception as exc:  # the baseline runs out of memory: that is the figure
        return {"error": str(exc).splitlines()[0][:120]}
    finally:
        engine.dispose()
    ms = (time.perf_counter() - start) * 1000 / BATCHES
    return {
        "ms_per_batch": ms,
        "rss_growth_mb": _status_mb("VmHWM") - before,
    }


def _status_mb(field: str) -> float:
    """A size from /proc/self/status (VmRSS: now, VmHWM: the peak since the last reset), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="500,2000", help="archive sizes (pages), comma-separated")
    parser.add_argument("--kb", type=int, default=300, help="page size in KB")
    parser.add_argument("--limit-mb", type=int, default=1024, help="the writer's memory limit")
    parser.add_argument("--child", nargs=3, metavar=("PATH", "LAYOUT", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    size = args.kb * 1000
    if args.child:
        path, layout, count = args.child
        print(json.dumps(read(Path(path), layout, int(count), size, args.limit_mb)))
        return
    print(f"batches of {BATCH} random pages of {args.kb} KB, writer limit {args.limit_mb} MB")
    print("| archive pages | layout | ms per batch | peak RSS growth MB |")
    print("|---|---|---|---|")
    for count in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "archive.duckdb"
            build(path, count, size)
            for layout in ("parts", "one column"):
                cmd = [sys.executable, __file__, "--kb", str(args.kb), "--limit-mb", str(args.limit_mb)]
                done = subprocess.run(
                    [*cmd, "--child", str(path), layout, str(count)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                out = json.loads(done.stdout.strip().splitlines()[-1])
                if "error" in out:
                    print(f"| {count} | {layout} | failed: {out['error']} | |")
                else:
                    print(f"| {count} | {layout} | {out['ms_per_batch']:.0f} | {out['rss_growth_mb']:.0f} |")


if __name__ == "__main__":
    main()
