"""Benchmark: the whole ingest with and without Prefect, the warehouse load against a plain
column-wise bulk insert, and reparse throughput, on a synthetic corpus of N distinct episodes.

    PYTHONPATH=. .venv/bin/python scripts/bench.py [--sizes 32,320,1000,3000,10000] [--json] [--save F]
    PYTHONPATH=. .venv/bin/python scripts/bench.py --sizes 1000,3000 --only plain,prefect   # JSON

For each size the corpus is served on a local HTTP server (scripts/bench_corpus.py) and each
measurement runs in its own child process, one after the other, against a Prefect server started
once beforehand: ``plain`` (the stage functions without Prefect, then the load comparison),
``prefect`` (the ingest flow), ``reparse`` (the reparse flow over the flow's archive). Each
child reports wall and CPU seconds, its peak RSS and its peak OS thread count. Prints one table
of ratios against the baselines measured in the same run, then each goal and the peak RSS per N;
asserts nothing. ``--save F`` rewrites F (JSON) after every size, so a long run that is stopped
keeps the sizes it finished. N = 10,000 takes most of an hour on a shared 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.bench_measure import CHILDREN  # noqa: E402
from scripts.bench_report import render, summary  # noqa: E402

KINDS = ("plain", "prefect", "reparse")  # the order they run in


def run_child(kind: str, size: int, db: Path, env: dict[str, str]) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its last stdout line is a JSON object."""
    cmd = [sys.executable, str(Path(__file__)), "--child", kind, "--size", str(size), "--db", str(db)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{kind} N={size} failed:\n{_first_error(done.stderr)}\n{done.stderr[-1500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _first_error(stderr: str) -> str:
    """The first line of a child's stderr that names an exception (the tail is often SQL)."""
    return next((line for line in stderr.splitlines() if "Error:" in line or "Exception:" in line), "")


def measure_size(size: int, api_url: str, workdir: Path, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    """The measurements ``kinds`` at one corpus size, one after another in one process tree."""
    from scripts.bench_corpus import corpus_site

    dbs = {"plain": "plain", "prefect": "prefect", "reparse": "prefect"}  # reparse reads the flow's
    with corpus_site(size) as site_env:
        env = {**os.environ, **site_env, "PREFECT_API_URL": api_url, "PYTHONPATH": str(ROOT)}
        out: dict[str, Any] = {"size": size}
        for kind in kinds:
            out[kind] = run_child(kind, size, workdir / f"{dbs[kind]}-{size}.duckdb", env)
            done = out[kind].get("episodes", out[kind].get("pages"))
            if done != size:  # a figure for fewer pages than N would read as a figure for N
                raise RuntimeError(f"{kind} N={size} handled {done} episodes, not {size}")
    return {**out, "load_average": os.getloadavg()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="32,320,1000,3000", help="comma-separated corpus sizes")
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    parser.add_argument(
        "--save", type=Path, help="write the measurements so far to this JSON file after each size"
    )
    parser.add_argument(
        "--only",
        help=f"comma-separated measurements, of {','.join(KINDS)} (reparse reads prefect's warehouse); "
        "prints JSON, since the table needs all three",
    )
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(CHILDREN[args.child](args.size, args.db)))
        return
    chosen = set(args.only.split(",")) if args.only else set(KINDS)
    if chosen - set(KINDS) or ("reparse" in chosen and "prefect" not in chosen):
        parser.error(f"--only takes {', '.join(KINDS)}, and reparse needs prefect (got {args.only})")
    kinds = tuple(k for k in KINDS if k in chosen)
    results = run_all([int(s) for s in args.sizes.split(",")], kinds, save=args.save)
    table = args.json or kinds != KINDS
    print(json.dumps(results, indent=2) if table else render(results) + "\n" + summary(results))


def run_all(
    sizes: list[int], kinds: tuple[str, ...] = KINDS, save: Path | None = None
) -> list[dict[str, Any]]:
    """Start a temporary Prefect server, then measure every size against it."""
    home = Path(tempfile.mkdtemp(prefix="prefect-bench-"))
    os.environ.setdefault("PREFECT_HOME", str(home))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=180)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            results: list[dict[str, Any]] = []
            for size in sizes:
                results.append(measure_size(size, server.api_url, Path(tmp), kinds))
                print(f"N={size} measured", file=sys.stderr, flush=True)
                if save is not None:
                    save.write_text(json.dumps(results, indent=2) + "\n")
            return results
    finally:
        server.stop()


if __name__ == "__main__":
    main()
