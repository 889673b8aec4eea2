"""A finished batch's parses staged as a load package, and what the run keeps of the batch.

The parses that make episodes go to disk (``warehouse.packages``, packed by ``flows.packing``);
the run keeps one light ``PageOutcome`` summary per page (kind, URL, source, reason, province)
for its counters and reports. So a run's memory no longer grows with its parses, and a batch
that finished before its run was killed is still there for the next run to load.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from flows.packing import pack_page
from flows.parsing import Staged, loadable
from flows.runtime import RunContext
from models.outcomes import PageKind, PageOutcome
from warehouse.packages import Package, StagedParse, write_package


@dataclass(frozen=True, slots=True)
class BatchResult:
    """A settled batch: one summary per page, in item order, and its package (None without parses)."""

    number: int
    outcomes: tuple[PageOutcome, ...]
    package: Package | None = None


def stage_batch(
    ctx: RunContext,
    number: int,
    outcomes: Sequence[PageOutcome],
    *,
    staged: Mapping[str, Staged] | None = None,
    name: str = "",
) -> BatchResult:
    """Write the batch's episode parses as a package of this run and keep their summaries: the
    parses packed by the parser processes (``staged``, by URL), and any whole parse among
    ``outcomes``."""
    parses = [StagedParse(s.episode_key, url, s.blob) for url, s in (staged or {}).items()]
    parses += [
        StagedParse(o.parsed.episode.key, o.url, pack_page(o.parsed))
        for o in outcomes
        if loadable(o) and o.parsed is not None and o.parsed.episode is not None
    ]
    summaries = tuple(o.summary() for o in outcomes)
    rows = [summary_row(o) for o in summaries]
    package = write_package(ctx.staging, ctx.run_id, name or f"batch-{number:05d}", parses, rows)
    return BatchResult(number, summaries, package)


def summary_row(o: PageOutcome) -> dict[str, str]:
    """A summary as the package's ``outcomes.json`` keeps it."""
    return {
        "kind": str(o.kind),
        "url": o.url,
        "source": o.source,
        "reason": o.reason,
        "province": o.province or "",
    }


def summary_of(row: dict[str, str]) -> PageOutcome:
    """A summary read back from a package."""
    return PageOutcome(
        PageKind(row["kind"]), row["url"], row["source"], None, row["reason"], row["province"] or None
    )
