"""Benchmark: requests per discovered episode on a full crawl of the fixture site, then on an
incremental run, plus wall time. Prints figures; asserts nothing.

    .venv/bin/python scripts/bench_crawl.py [EPISODES]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.bench_stages import run_without_prefect
from tests.support.fixture_site import fixture_site
from warehouse.engine import open_writer


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, fixture_site(count, with_faults=False) as site:
        os.environ.update(site.env())
        db = str(Path(tmp) / "bench.duckdb")
        for label in ("full crawl", "incremental"):
            for srv in (site.wechat, site.mee, site.mirror):
                srv.clear()
            start = time.perf_counter()
            run = run_without_prefect(db)
            seconds = time.perf_counter() - start
            engine = open_writer(db)
            sent = [r for srv in (site.wechat, site.mee, site.mirror) for r in srv.requests]
            conditional = sum(1 for r in sent if r.header("if-none-match") or r.header("if-modified-since"))
            with engine.connect() as conn:
                episodes = conn.exec_driver_sql("SELECT count(*) FROM episodes").scalar()
            engine.dispose()
            print(
                f"{label:12s}: {episodes} episodes, {run.counts['discovered']} episode URLs, "
                f"{len(sent)} requests ({run.listing_pages} listing pages, {conditional} conditional GETs, "
                f"{run.counts.get('fetched', 0)} full downloads) = {len(sent) / max(episodes, 1):.2f} "
                f"requests per episode, {seconds:.2f} s"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 32)
