"""Parser worker processes end with the run that started them, even when it is killed with -9."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STARTER = """
import os, sys, time
from flows.parsing import start_workers
pool = start_workers(2)
pids = {pool.submit(os.getpid).result() for _ in range(8)}
print(" ".join(map(str, sorted(pids))), flush=True)
time.sleep(120)
"""


def alive(pid: int) -> bool:
    """Running or sleeping; a zombie waiting for its reaper has ended."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")


def test_the_parser_workers_of_a_run_killed_with_sigkill_end_within_seconds() -> None:
    run = subprocess.Popen(
        [sys.executable, "-c", STARTER], cwd=ROOT, stdout=subprocess.PIPE, text=True, env=None
    )
    try:
        assert run.stdout is not None
        workers = [int(p) for p in run.stdout.readline().split()]
        assert workers and all(alive(p) for p in workers), "the pool's workers did not start"
        run.send_signal(signal.SIGKILL)
        run.wait(10)
        deadline = time.monotonic() + 15
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in workers if alive(p)], "parser workers outlived their killed run"
    finally:
        run.kill()
