"""Prefect artifacts of a run: a markdown summary, a per-source/province table, data quality."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from prefect.artifacts import create_markdown_artifact, create_table_artifact
from sqlalchemy.engine import Engine

from models.outcomes import PageKind, PageOutcome, RunCounter, RunCounts
from warehouse.reports import failed_checks

# Outcomes of listing pages (scrapers/crawl.py), not of discovered episode links.
LISTING_KINDS = (
    PageKind.LISTING_EMPTY,
    PageKind.LISTING_SKIPPED,
    PageKind.LISTING_FAILED,
    PageKind.LISTING_BLOCKED,
    PageKind.LISTING_UNREADABLE,
    PageKind.FALLBACK,
)
# The table's columns: every episode-page outcome, and the one listing outcome ops act on.
OUTCOME_COLUMNS = (*(str(k) for k in PageKind if k not in LISTING_KINDS), str(PageKind.LISTING_EMPTY))


def outcome_table(outcomes: Sequence[PageOutcome]) -> list[dict[str, object]]:
    """One row per (source, province) with the count of each page outcome, and the URLs of the
    source's listing pages that had links but no item."""
    cells: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    empty: dict[tuple[str, str], list[str]] = defaultdict(list)
    for o in outcomes:
        province = o.province_slug or "-"
        if o.kind not in LISTING_KINDS:
            cells[(o.source, province)][RunCounter.DISCOVERED] += 1
        elif o.kind != PageKind.LISTING_EMPTY:
            continue
        cells[(o.source, province)][o.kind] += 1
        if o.kind == PageKind.LISTING_EMPTY:
            empty[(o.source, province)].append(o.url)
    return [
        {
            "source": s,
            "province": p,
            "discovered": c[RunCounter.DISCOVERED],
            **{k: c[k] for k in OUTCOME_COLUMNS},
        }
        | {"listing_empty_urls": " ".join(empty[(s, p)])}
        for (s, p), c in sorted(cells.items())
    ]


def summary_markdown(
    run_id: str, counts: RunCounts, outcomes: Sequence[PageOutcome] = (), notes: Sequence[str] = ()
) -> str:
    """Counters and notes (the killed runs resumed, how long discovery took), then every listing
    page that was empty, refused or read by a generic fallback, and every link skipped by
    robots.txt or the allow-list, with the reason."""
    lines = [f"# Ingest run `{run_id}`", "", "| counter | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(counts.items())]
    if notes:
        lines += ["", *(f"- {note}" for note in notes)]
    noted = [o for o in outcomes if o.kind in (*LISTING_KINDS, PageKind.SKIPPED)]
    if noted:
        lines += [
            "",
            "## Listing pages and skipped links",
            "",
            "| kind | source | url | reason |",
            "|---|---|---|---|",
        ]
        lines += [f"| {o.kind} | {o.source} | {o.url} | {o.reason} |" for o in noted]
    return "\n".join(lines)


def publish_run_artifacts(
    engine: Engine,
    run_id: str,
    counts: RunCounts,
    outcomes: Sequence[PageOutcome],
    notes: Sequence[str] = (),
) -> None:
    """Write the three run artifacts (keys are stable so the UI versions them across runs)."""
    create_markdown_artifact(
        key="ingest-summary",
        markdown=summary_markdown(run_id, counts, outcomes, notes),
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
