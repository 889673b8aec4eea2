"""Prefect artifacts of a run: a markdown summary, a per-source/province table, data quality."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from prefect.artifacts import create_markdown_artifact, create_table_artifact
from sqlalchemy.engine import Engine

from models.outcomes import PageKind, PageOutcome
from warehouse.reports import failed_checks

OUTCOME_COLUMNS = tuple(str(kind) for kind in PageKind)


def outcome_table(outcomes: Sequence[PageOutcome]) -> list[dict[str, object]]:
    """One row per (source, province) with the count of each page outcome."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        province = o.parsed.episode.province.slug if o.parsed and o.parsed.episode else "-"
        cells[(o.source, province)]["discovered"] += 1
        cells[(o.source, province)][o.kind] += 1
    return [
        {"source": s, "province": p, "discovered": c["discovered"], **{k: c[k] for k in OUTCOME_COLUMNS}}
        for (s, p), c in sorted(cells.items())
    ]


def summary_markdown(run_id: str, counts: Mapping[str, int]) -> str:
    lines = [f"# Ingest run `{run_id}`", "", "| counter | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(counts.items())]
    return "\n".join(lines)


def publish_run_artifacts(
    engine: Engine, run_id: str, counts: Mapping[str, int], outcomes: Sequence[PageOutcome]
) -> None:
    """Write the three run artifacts (keys are stable so the UI versions them across runs)."""
    create_markdown_artifact(
        key="ingest-summary",
        markdown=summary_markdown(run_id, counts),
        description="Counters of the latest ingest run",
    )
    create_table_artifact(
        key="ingest-pages",
        table=outcome_table(outcomes),
        description="Pages per source and province, by outcome",
    )
    checks = failed_checks(engine)
    create_table_artifact(
        key="ingest-data-quality",
        table=checks or [{"check": "all", "status": "pass", "detail": "no failed checks"}],
        description="Data-quality checks that did not pass",
    )
