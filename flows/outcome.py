"""The outcome of an ingest run, the one thing ops alert on: success, partial or failed.

Pure (no Prefect, no I/O) so the flow, the CLI and the tests share one definition. It sits in
``flows/`` because it judges a whole run (the flow's final state and the CLI's exit code), not a
page: the scrapers report what happened to each page, this module weighs it.

- **failed** (Prefect state Failed; CLI exit 1): no entry point could be read, or nothing could be
  fetched although there was something to fetch;
- **partial** (Prefect Completed named ``Partial``; CLI exit 0, or 2 with ``--strict``): some pages
  failed, were blocked, incomplete, a listing page had links but no item (``listing_empty``), or a
  department list page showed articles that no rule could read (``listing_unreadable``);
- **success** (exit 0): everything discovered was fetched and parsed, or nothing was new.

Links refused by robots.txt or the allow-list (``skipped``) are listed in the run summary with
their reason; on their own they make no run partial (the crawl did what it was told).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from models.outcomes import PageKind, RunCounter, RunCounts, RunStatus

# Page outcomes that mean the page answered with something we could read.
_REACHED = (PageKind.FETCHED, PageKind.UNCHANGED, PageKind.DELETED, PageKind.NOT_EPISODE, PageKind.INCOMPLETE)
# Counters that make a run partial, in the order the verdict names them.
_PROBLEMS = (
    PageKind.FAILED,
    PageKind.BLOCKED,
    PageKind.INCOMPLETE,
    PageKind.LISTING_EMPTY,
    PageKind.LISTING_UNREADABLE,
)

EXIT_CODES = {RunStatus.SUCCESS: 0, RunStatus.PARTIAL: 0, RunStatus.FAILED: 1}
STRICT_PARTIAL_EXIT = 2


@dataclass(frozen=True, slots=True)
class Verdict:
    """A run's outcome and the reasons for it (empty for a success)."""

    outcome: RunStatus
    reasons: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """One line for logs, the Prefect state message and alerts."""
        return f"{self.outcome}: {'; '.join(self.reasons)}" if self.reasons else str(self.outcome)


def judge_run(counts: RunCounts, *, entry_points: int, entry_points_read: int) -> Verdict:
    """The outcome of a run from its counters (page outcomes, ``discovered``, ``skipped``,
    ``listing_empty``) and how many configured entry points answered with a readable page."""
    if entry_points == 0:
        return Verdict(RunStatus.FAILED, ("no entry point is configured",))
    if entry_points_read == 0:
        return Verdict(RunStatus.FAILED, (f"none of the {entry_points} entry points could be read",))
    to_fetch = counts[RunCounter.DISCOVERED] - counts[PageKind.SKIPPED]
    if to_fetch > 0 and sum(counts[k] for k in _REACHED) == 0:
        return Verdict(RunStatus.FAILED, (f"none of the {to_fetch} discovered pages could be fetched",))
    reasons = [f"{counts[k]} {k}" for k in _PROBLEMS if counts[k]]
    if entry_points_read < entry_points:
        reasons.append(f"{entry_points - entry_points_read} of {entry_points} entry points unreadable")
    return Verdict(RunStatus.PARTIAL, tuple(reasons)) if reasons else Verdict(RunStatus.SUCCESS)


class RunFailed(Exception):
    """The exception a failed run's Prefect state carries: its message is the verdict, and the run's
    counters and problems stay readable on ``result``."""

    def __init__(self, message: str, result: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.result = dict(result)


def exit_code(outcome: RunStatus | str, *, strict: bool = False) -> int:
    """The CLI exit code of an outcome: 0 success, 1 failed, 0 partial (2 with ``strict``)."""
    value = RunStatus(outcome)
    if value is RunStatus.PARTIAL and strict:
        return STRICT_PARTIAL_EXIT
    return EXIT_CODES[value]
