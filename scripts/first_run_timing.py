"""Benchmark: wall time of the first and second sample ingest from a fresh PREFECT_HOME, before/after.

"before" is the sample flow started under Prefect's own temporary server (what ``ingest`` did
before issue 8), or with ``--before PATH`` the ``mee-interviews ingest`` of another checkout;
"after" is this checkout's ``mee-interviews ingest``. Rounds interleave the two so they share
the machine's load; ``--busy N`` adds N busy-loop processes. Prints figures and ratios; asserts
nothing (a failed run prints its exit code and last stderr line).

    .venv/bin/python scripts/first_run_timing.py [--rounds 2] [--busy 2] [--before /path/to/main]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]
IMPLICIT = (
    "import sys; from mee_interviews.cli import _quiet_prefect; _quiet_prefect();"
    "from flows.ingest import ingest; ingest(db_path=sys.argv[1], mode='sample')"
)
CLI = "import sys; from mee_interviews.cli import app; sys.argv[0] = 'mee-interviews'; app()"


def command(variant: str, before: Path | None, db: Path) -> tuple[list[str], str]:
    """The command line and the PYTHONPATH for one variant's ingest into ``db``."""
    if variant == "after":
        return [sys.executable, "-c", CLI, "ingest", "--db", str(db)], str(ROOT)
    if before is not None:
        return [sys.executable, "-c", CLI, "ingest", "--db", str(db)], str(before)
    return [sys.executable, "-c", IMPLICIT, str(db)], str(ROOT)


def timed_pair(variant: str, before: Path | None) -> list[str]:
    """First and second ingest from one fresh PREFECT_HOME and warehouse: seconds, or the failure."""
    with tempfile.TemporaryDirectory(prefix="first-run-") as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        results = []
        for _ in range(2):
            args, pythonpath = command(variant, before, Path(tmp) / "w.duckdb")
            env.update(PREFECT_HOME=str(Path(tmp) / "prefect"), PYTHONPATH=pythonpath)
            start = time.perf_counter()
            done = subprocess.run(args, env=env, capture_output=True, text=True, cwd=tmp)
            seconds = time.perf_counter() - start
            last = (done.stderr.strip().splitlines() or [""])[-1][:100]
            results.append(f"{seconds:.1f}" if done.returncode == 0 else f"FAIL({done.returncode}) {last}")
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--busy", type=int, default=0, help="busy-loop processes to run meanwhile")
    parser.add_argument("--before", type=Path, help="a checkout whose CLI is the baseline")
    options = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so `finally` ends the busy loops
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(options.busy)]
    rows: dict[str, list[list[str]]] = {"before": [], "after": []}
    try:
        print(f"load average at start: {os.getloadavg()[0]:.2f}, busy loops: {options.busy}", flush=True)
        for _ in range(options.rounds):
            for variant in rows:
                rows[variant].append(timed_pair(variant, options.before))
                print(variant, *rows[variant][-1], flush=True)
        print(f"load average at end: {os.getloadavg()[0]:.2f}")
    finally:
        for process in busy:
            process.kill()
    report(rows)


def report(rows: dict[str, list[list[str]]]) -> None:
    """Median first and second run per variant, and after/before ratios when both succeeded."""
    medians = {}
    for variant, pairs in rows.items():
        medians[variant] = [_median([pair[i] for pair in pairs]) for i in (0, 1)]
        print(f"{variant:7s} first {medians[variant][0]}  second {medians[variant][1]} (median, s)")
    for i, name in enumerate(("first", "second")):
        before, after = medians["before"][i], medians["after"][i]
        if isinstance(before, float) and isinstance(after, float):
            print(f"after/before, {name} run: {after / before:.2f}")


def _median(values: list[str]) -> float | str:
    numbers = [float(v) for v in values if not v.startswith("FAIL")]
    failed = len(values) - len(numbers)
    return round(median(numbers), 1) if numbers and not failed else f"{failed}/{len(values)} failed"


if __name__ == "__main__":
    main()
