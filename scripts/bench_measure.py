"""The measurements ``scripts/bench.py`` runs, each in its own child process.

Every child returns a JSON-able dict: wall and CPU seconds (CPU includes worker processes),
peak RSS in MB (``ru_maxrss``: the whole life of the process, imports included), the peak RSS of
its largest worker process (a parser) and the peak number of OS threads (sampled from /proc
every 20 ms).
"""

from __future__ import annotations

import resource
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from models.outcomes import PageKind
from models.records import EpisodeBundle, PageStatus, ParsedPage


class Probe:
    """Wall, CPU, peak RSS and peak thread count of the code run inside ``with Probe()``."""

    def __enter__(self) -> Probe:
        self.threads = _threads()
        self._stop = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._start = (time.perf_counter(), time.process_time(), _children_cpu())
        self._sampler.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        wall, cpu, children = self._start
        self.wall = time.perf_counter() - wall
        self.cpu = time.process_time() - cpu + _children_cpu() - children
        self._stop.set()
        self._sampler.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.threads = max(self.threads, _threads())

    def result(self) -> dict[str, float]:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # the largest finished child: a parser process (they end with the run)
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return {
            "wall_s": self.wall,
            "cpu_s": self.cpu,
            "peak_rss_mb": rss,
            "children_peak_rss_mb": children,
            "peak_threads": self.threads,
        }


def _threads() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    return threading.active_count()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def plain(size: int, db: Path) -> dict[str, Any]:
    """The ingest stages without Prefect, then the load comparison on the same parses."""
    from scripts.bench_stages import run_without_prefect

    with Probe() as probe:
        run = run_without_prefect(str(db))
    out: dict[str, Any] = {**probe.result(), "episodes": run.counts["episodes"], "new": run.counts["new"]}
    out["load"] = compare_load(archived_parses(db), db.parent / f"load-{size}")
    return out


def archived_parses(db: Path) -> list[ParsedPage]:
    """Every archived episode page of the warehouse at ``db``, parsed again (two worker processes):
    the load comparison's input, whatever the ingest kept in memory."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from flows.parsing import parse_batch
    from models.outcomes import ArchivedPage
    from warehouse.archive import pages_to_reparse, raw_pages_of
    from warehouse.engine import open_writer

    engine = open_writer(db)
    with engine.connect() as conn:
        keys = pages_to_reparse(conn)
        batches = []
        for start in range(0, len(keys), 100):
            chunk = keys[start : start + 100]
            sources = {(url, sha): source for source, url, sha in chunk}
            pages = raw_pages_of(conn, [(url, sha) for _, url, sha in chunk])
            batches.append(
                [ArchivedPage(p, sources[(p.requested_url, p.sha256)], PageKind.UNCHANGED) for p in pages]
            )
    engine.dispose()
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        outcomes = [o for batch in pool.map(parse_batch, batches) for o in batch]
    return [o.parsed for o in outcomes if o.parsed is not None and o.parsed.status == PageStatus.OK]


def prefect(size: int, db: Path) -> dict[str, Any]:
    """The ingest flow (the Prefect server is already up: PREFECT_API_URL)."""
    from flows.ingest import ingest

    with Probe() as probe:
        result = ingest(db_path=str(db), mode="live", return_state=True).result()
    return {**probe.result(), "episodes": result["episodes"], "new": result["new"]}


def reparse(size: int, db: Path) -> dict[str, Any]:
    """The reparse flow over the archive the ingest flow wrote."""
    from flows.reparse import reparse as reparse_flow

    with Probe() as probe:
        result = reparse_flow(db_path=str(db))
    pages = sum(result.get(str(kind), 0) for kind in PageKind)
    return {**probe.result(), "pages": pages, "pages_per_s": pages / probe.wall, "updated": result["updated"]}


def compare_load(parsed: list[ParsedPage], workdir: Path) -> dict[str, float]:
    """``load_bundles`` into a fresh warehouse against a column-wise ``INSERT … SELECT unnest(?)``
    of the same rows (built beforehand, untimed) into another fresh warehouse; the best of
    ``LOAD_ROUNDS`` interleaved rounds of each."""
    from models.settings_load import load_settings
    from scrapers.merge import merge_parsed
    from warehouse.load import load_bundles

    bundles = merge_parsed(parsed, load_settings().priority)
    workdir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    rows = baseline_rows(bundles, now)
    ours: list[float] = []
    bulk: list[float] = []
    for round_ in range(LOAD_ROUNDS):  # interleaved, best of each: one-off timings here are noisy
        ours.append(
            _timed(
                workdir / f"ours-{round_}.duckdb",
                lambda engine: load_bundles(engine, bundles, run_id="bench", now=now),
            )
        )
        bulk.append(_timed(workdir / f"bulk-{round_}.duckdb", lambda engine: unnest_insert(engine, rows)))
    n = max(len(bundles), 1)
    return {
        "episodes": len(bundles),
        "ours_ms_per_episode": min(ours) * 1000 / n,
        "bulk_ms_per_episode": min(bulk) * 1000 / n,
    }


LOAD_ROUNDS = 3


def _timed(path: Path, load: Callable[[Any], object]) -> float:
    from warehouse.engine import open_writer
    from warehouse.schema import ensure_schema

    engine = open_writer(path)
    ensure_schema(engine)
    start = time.perf_counter()
    load(engine)
    seconds = time.perf_counter() - start
    engine.dispose()
    return seconds


def baseline_rows(bundles: list[EpisodeBundle], now: datetime) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as ``warehouse.rows`` builds them."""
    from warehouse import rows as r
    from warehouse.load import check_row

    tables: dict[str, list[dict[str, Any]]] = {
        "episodes": [r.episode_row(b, r.content_hash(b), first_seen=now, now=now) for b in bundles]
    }
    for name, build in (
        ("questions", r.question_rows),
        ("answer_points", r.point_rows),
        ("indicators", r.indicator_rows),
        ("claims", r.claim_rows),
    ):
        tables[name] = [row for b in bundles for row in build(b)]
    checks = {c["check_id"]: c for b in bundles for c in (check_row(x, "bench") for x in b.checks)}
    tables["quality_checks"] = list(checks.values())
    tables["episode_sources"] = [
        {"episode_key": b.episode.key, "url": c.url, "source": str(c.source), "script": c.script,
         "canonical_key": c.canonical_key, "raw_sha256": c.raw_sha256, "is_best": c.url == b.episode.url,
         "first_seen": now, "removed_at": None}
        for b in bundles for c in b.sources
    ]  # fmt: skip
    return tables


def unnest_insert(engine: Any, tables: dict[str, list[dict[str, Any]]]) -> None:
    """The baseline: per table one ``INSERT … SELECT unnest(?), …`` of its columns, one transaction."""
    raw = engine.raw_connection()
    duck = raw.driver_connection
    duck.execute("BEGIN TRANSACTION")
    for table, rows in tables.items():
        if rows:
            names = list(rows[0])
            columns = ", ".join(f'"{n}"' for n in names)
            select = ", ".join("unnest(?)" for _ in names)
            duck.execute(
                f"INSERT INTO {table} ({columns}) SELECT {select}", [[row[n] for row in rows] for n in names]
            )
    duck.execute("COMMIT")
    raw.close()


CHILDREN: dict[str, Callable[[int, Path], dict[str, Any]]] = {
    "plain": plain,
    "prefect": prefect,
    "reparse": reparse,
}
