"""A run's counters have declared names: the ledger keeps some of them, and no other name is a counter."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.outcomes import PageKind, RunCounter, RunCounts, counter_named
from models.tables import IngestRunRow, table_of
from warehouse.engine import open_writer
from warehouse.query import run_readonly
from warehouse.runs import COUNTERS, finish_run, start_run
from warehouse.schema import ensure_schema

# The columns of ingest_runs that are not counters.
NOT_COUNTERS = {"run_id", "mode", "status", "started_at", "finished_at", "message"}


@pytest.mark.parametrize("name", ["discoverd", "listing_emtpy", "Fetched", ""])
def test_a_name_outside_the_declared_counters_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match="is not a run counter"):
        RunCounts.named({name: 1})
    counts = RunCounts()
    with pytest.raises(ValueError, match="is not a run counter"):
        counts[name] = 1  # what untyped code could try (a type error for mypy)
    with pytest.raises(ValueError, match="is not a run counter"):
        counts[name]  # reading it, too
    assert dict(counts) == {}


def test_every_ledger_column_is_a_declared_counter_name() -> None:
    assert [counter_named(str(k)) for k in COUNTERS] == list(COUNTERS)
    columns = {c.name for c in table_of(IngestRunRow).columns} - NOT_COUNTERS
    assert {str(k) for k in COUNTERS} == columns


def test_page_outcomes_and_the_other_counters_share_no_name() -> None:
    assert not {str(k) for k in PageKind} & {str(c) for c in RunCounter}


def test_counters_add_up_like_a_counter_and_read_zero_when_never_set() -> None:
    counts = RunCounts({RunCounter.DISCOVERED: 3, PageKind.FAILED: 1})
    counts.add(RunCounts.tally([PageKind.FETCHED, PageKind.FETCHED, PageKind.FAILED]))
    counts.add({RunCounter.NEW: 0})
    assert counts[PageKind.BLOCKED] == 0 and PageKind.BLOCKED not in counts
    assert counts.as_dict() == {"discovered": 3, "failed": 2, "fetched": 2, "new": 0}
    assert list(counts.as_dict()) == ["discovered", "failed", "fetched", "new"]  # first set, first shown
    assert counts == {"discovered": 3, "failed": 2, "fetched": 2, "new": 0}


def test_the_ledger_stores_each_counter_in_its_column_and_zero_for_the_unset(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    engine = open_writer(db)
    ensure_schema(engine)
    now = datetime.now(UTC)
    start_run(engine, run_id="r", mode="live", now=now)
    counts = RunCounts(
        {RunCounter.DISCOVERED: 5, PageKind.FETCHED: 4, PageKind.FAILED: 1, RunCounter.FIGURES: 7}
    )
    finish_run(engine, run_id="r", status="partial", counts=counts, now=now)
    engine.dispose()
    row = run_readonly(db, f"SELECT {', '.join(map(str, COUNTERS))} FROM ingest_runs").rows[0]
    assert dict(zip(map(str, COUNTERS), row, strict=True)) == {
        "discovered": 5,
        "fetched": 4,
        "unchanged": 0,
        "new": 0,
        "updated": 0,
        "blocked": 0,
        "deleted": 0,
        "failed": 1,
        "skipped": 0,
        "requests_sent": 0,
    }
