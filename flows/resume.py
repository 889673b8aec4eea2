"""Resuming the work of killed runs: their staged load packages and their archived pages.

A run killed after K of its N page batches (``kill -9``, the OOM killer, a reboot) left K whole
load packages beside the warehouse and archived the pages it had fetched; its ledger row is
marked ``failed`` / abandoned by the next run's start. That next run takes over every such run
since the last completed one: it adopts their packages that no load recorded (``load_packages``),
takes their archived pages from the archive instead of fetching them again, and loads the
packages with its own. Packages of any other run are leftovers (already loaded, or dropped by a
run that failed) and are removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flows.loading import STORED
from flows.runtime import RunContext
from flows.staging import summary_of
from models.outcomes import PageOutcome
from warehouse.packages import Package, loaded_ids, remove_run, run_packages, staged_runs
from warehouse.runs import abandoned_since_completed, archived_by


@dataclass(frozen=True, slots=True)
class Resume:
    """What this run takes over from killed runs."""

    runs: tuple[tuple[str, int], ...] = ()  # (run id, batches reused)
    packages: tuple[Package, ...] = ()
    archived: frozenset[str] = frozenset()  # article URLs they archived: not fetched again
    settled: dict[str, PageOutcome] = field(default_factory=dict)  # pages their packages settled

    @property
    def notes(self) -> list[str]:
        """``resumed run <id>: K batches reused``, one line per run taken over."""
        return [f"resumed run {run_id}: {count} batches reused" for run_id, count in self.runs]


def take_over(ctx: RunContext) -> Resume:
    """The packages and pages of the killed runs this run resumes (see the module docstring);
    leftover packages of other runs are removed."""
    dead = [r for r in abandoned_since_completed(ctx.engine) if r != ctx.run_id]
    for run_id in set(staged_runs(ctx.staging)) - {*dead, ctx.run_id}:
        remove_run(ctx.staging, run_id)
    # a load's own package of known copies is recomputed by every load, never adopted
    packages = [p for r in dead for p in run_packages(ctx.staging, r) if p.name != STORED]
    with ctx.engine.connect() as conn:
        done = loaded_ids(conn, [p.package_id for p in packages])
    packages = [p for p in packages if p.package_id not in done]
    if not dead:
        return Resume()
    settled = {row["url"]: summary_of(row) for p in packages for row in p.outcomes()}
    runs = tuple((r, sum(1 for p in packages if p.run_id == r)) for r in dead)
    return Resume(runs, tuple(packages), frozenset(archived_by(ctx.engine, dead)), settled)
