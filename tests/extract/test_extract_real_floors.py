"""The accuracy gate on real text: the copied real development set, scored as issue 12 defines it.

Floors are the measured figures rounded down to two decimals; they only move up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.extract.real_eval import evaluate_real
from scrapers.extract.real_report import RealReport

REAL_SET = Path(__file__).parent / "data" / "real-dev-set.jsonl"
# script -> (catalog precision, catalog recall, generic recall)
FLOORS = {
    "hans": (0.95, 0.95, 0.98),
    "hant": (0.96, 0.94, 0.98),
}


@pytest.fixture(scope="module")
def report() -> RealReport:
    return evaluate_real(REAL_SET)


@pytest.mark.parametrize("script", sorted(FLOORS))
def test_catalog_precision_and_recall_stay_above_the_floors(report: RealReport, script: str) -> None:
    precision, recall, _ = FLOORS[script]
    score = report.catalog(script)
    assert score.precision >= precision, "\n".join(report.misses)
    assert score.recall >= recall, "\n".join(report.misses)


@pytest.mark.parametrize("script", sorted(FLOORS))
def test_generic_recall_stays_above_the_floor(report: RealReport, script: str) -> None:
    assert report.generic_recall(script) >= FLOORS[script][2]


def test_the_report_prints_per_code_per_script_and_causes(report: RealReport) -> None:
    table = report.format_table()
    for row in ("pm25_avg_concentration", "catalog hans", "catalog hant", "generic recall", "no year"):
        assert row in table


def test_the_copied_set_is_whole() -> None:
    from scrapers.extract.real_eval import load_real_set

    rows = load_real_set(REAL_SET)
    assert len(rows) == 106
    assert sum(len(r["expected"]) for r in rows) == 868
    for r in rows:
        for item in r["expected"]:
            assert item["quote"] in r["text"], (r["id"], item["quote"])
