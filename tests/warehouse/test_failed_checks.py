"""The data-quality artifact's rows: one per check and status, counted, with a few examples."""

from __future__ import annotations

from pathlib import Path

from models.tables import QualityCheckRow
from warehouse.bulk import insert_rows
from warehouse.engine import open_writer
from warehouse.reports import failed_checks
from warehouse.schema import ensure_schema


def _check(n: int, episode: str, name: str, status: str) -> dict[str, object]:
    return {
        "check_id": f"c{n}",
        "episode_key": episode,
        "check_name": name,
        "status": status,
        "code": "pm25" if n % 2 else None,
        "detail": f"found {n}",
        "quote": None,
        "run_id": "r1",
    }


def test_checks_that_did_not_pass_are_summarised_per_check_with_counts_and_the_first_examples(
    tmp_path: Path,
) -> None:
    engine = open_writer(tmp_path / "w.duckdb")
    ensure_schema(engine)
    rows = [_check(n, f"e{n % 40:03d}", "range", "fail") for n in range(1000)]
    rows += [_check(1000 + n, "e001", "cross_source", "warn") for n in range(3)]
    rows += [_check(2000 + n, "e002", "range", "pass") for n in range(50)]
    with engine.begin() as conn:
        insert_rows(conn, QualityCheckRow.__table__, rows)
    summary = failed_checks(engine, examples=2)
    engine.dispose()
    assert [(r["check"], r["status"], r["rows"], r["episodes"]) for r in summary] == [
        ("range", "fail", 1000, 40),
        ("cross_source", "warn", 3, 1),
    ]
    # the first two by episode, code (NULL last), detail: e000 holds checks 0, 40, 80 … (even: no code)
    assert summary[0]["examples"] == "e000: found 0 | e000: found 120"
    assert summary[1]["examples"] == "e001 pm25: found 1001 | e001: found 1000"
