"""How long after a `kill -9` of a real ingest does the next run write? (issue 21)

    PYTHONPATH=. .venv/bin/python scripts/bench_kill_recovery.py [--rounds 2] [--no-server]

For each way of running Prefect (a temporary server per CLI run; a long-lived `prefect server
start`), kills a real `mee-interviews ingest` with SIGKILL once its ledger row is written, then:

- *next*: starts the next ingest after the kill; prints the time from the kill to its first write
  (its ledger row), and how much of it was the temporary server starting;
- *waiting*: a second ingest already waits for the first when it is killed; prints the time from
  the kill to the waiting run's first write (the run lock handing over);
- *baseline*, side by side: the time from starting a run nothing hinders to its first write.

Each next run may wait 10 s at most for the warehouse (writer_wait_seconds): before the fix a dead
run's slot made it fail after that wait. The bundled sample, paced at 5 s a request, is the run
that is killed; nothing goes online.
"""

from __future__ import annotations

import argparse
import signal
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tests.support.killed_runs import (
    SLOW,
    cli_env,
    kill,
    kill_once_writing,
    ledger,
    long_lived_server,
    run_ingest,
    seconds_to_write,
    server_ready_seconds,
    start_ingest,
    wait_for_ledger_row,
)


def next_after_kill(db: Path, env: dict[str, str], rounds: int) -> list[tuple[float, float]]:
    """(kill -> next run's write, its temporary server's start) for ``rounds`` kills in a row: each
    next run is killed in its turn, but the last, which runs to its end."""
    killed, _ = kill_once_writing(db, env, group=True)
    timings = []
    for n in range(1, rounds + 1):
        if n < rounds:
            following, err = kill_once_writing(db, env, group=n % 2 == 0)
            started = ledger(db)[following.run_id][2]
        else:
            done = run_ingest(db, env)
            if done.returncode != 0:
                raise SystemExit(f"the run after the kill failed: {done.stderr.strip().splitlines()[-1]}")
            started, err = max(row[2] for row in ledger(db).values()), done.stderr
        timings.append((seconds_to_write(killed, started), server_ready_seconds(err)))
        if n < rounds:
            killed = following
    return timings


def waiting_when_killed(db: Path, env: dict[str, str]) -> float:
    """Kill -> first write of a run that already waited for the killed one."""
    first = start_ingest(db, env | SLOW)
    first_id = wait_for_ledger_row(db, first)
    second = start_ingest(db, env)
    assert second.stderr is not None
    next(line for line in second.stderr if "waiting up to" in line)
    killed, _ = kill(first, first_id, group=True)
    second.communicate(timeout=300)
    (second_id,) = set(ledger(db)) - {first_id}  # a warehouse of its own: these two runs only
    return seconds_to_write(killed, ledger(db)[second_id][2])


def unhindered(db: Path, env: dict[str, str]) -> tuple[float, float]:
    """The baseline: (start -> first write, temporary server's start) of a run nothing hinders."""
    started = datetime.now(UTC)
    done = run_ingest(db, env)
    if done.returncode != 0:
        raise SystemExit(f"the baseline run failed: {done.stderr.strip().splitlines()[-1]}")
    ((run_started,),) = [(row[2],) for row in ledger(db).values()]
    return (run_started - started).total_seconds(), server_ready_seconds(done.stderr)


def report(label: str, db: Path, env: dict[str, str], rounds: int) -> None:
    for n, (took, boot) in enumerate(next_after_kill(db, env, rounds), 1):
        extra = f" (of which the temporary server's start {boot:.1f} s)" if boot else ""
        print(f"{label}: kill {n} -> next run writing {took:.1f} s{extra}")
    patient = cli_env(Path(env["PREFECT_HOME"]), env.get("PREFECT_API_URL"), wait_seconds=600)
    waiting = waiting_when_killed(db.with_suffix(".waiting.duckdb"), patient)
    print(f"{label}: kill -> the run already waiting writes {waiting:.1f} s")
    took, boot = unhindered(db.with_suffix(".baseline.duckdb"), env)  # after the others: Prefect is migrated
    extra = f" (of which the temporary server's start {boot:.1f} s)" if boot else ""
    print(f"{label}: baseline, a run nothing hinders: start -> writing {took:.1f} s{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=2, help="kills in a row (default 2; the last run is not killed)"
    )
    parser.add_argument("--no-server", action="store_true", help="skip the long-lived prefect server")
    args = parser.parse_args()
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with tempfile.TemporaryDirectory(prefix="kill-recovery-") as tmp:
        root = Path(tmp)
        report("temporary servers", root / "a.duckdb", cli_env(root / "home-a"), args.rounds)
        if args.no_server:
            return
        with long_lived_server(root / "home-b", root / "server.log") as api:
            if api is None:
                print(f"long-lived server: did not start ({(root / 'server.log').read_text()[-200:]})")
                return
            report("long-lived server", root / "b.duckdb", cli_env(root / "home-b", api), args.rounds)


if __name__ == "__main__":
    main()
