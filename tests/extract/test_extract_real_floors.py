"""The accuracy gate on real text: both real development sets in ../shared/data, scored as
docs/extract-real-text.md defines it (the scoring of issue 12, unchanged).

Floors are the figures measured at the end of issue 23 (its second round), rounded down to two
decimals; they only move up. Each set's held-back fifth (``holdout``), kept out of development, has its own floor.
"""

from __future__ import annotations

from functools import cache

import pytest

from scrapers.extract.real_eval import evaluate_real, load_real_set
from scrapers.extract.real_report import RealReport
from tests.extract.shared_data import REAL_SETS, shared_set

# set -> script -> (catalog precision, catalog recall, generic recall)
FLOORS = {
    "real-dev-set.jsonl": {"hans": (0.98, 0.98, 0.98), "hant": (1.0, 1.0, 0.98)},
    "real-dev-set-2.jsonl": {"hans": (0.97, 0.94, 0.91), "hant": (0.95, 0.97, 1.0)},
}
# set -> catalog F1 of its held-back fifth
HELD_BACK_F1 = {"real-dev-set.jsonl": 0.95, "real-dev-set-2.jsonl": 0.85}
# set -> (passages, expected items)
SIZES = {"real-dev-set.jsonl": (106, 868), "real-dev-set-2.jsonl": (80, 676)}


@cache
def _report(name: str, part: str = "all") -> RealReport:
    return evaluate_real(shared_set(name), part)


@pytest.mark.parametrize(("name", "script"), [(n, s) for n in REAL_SETS for s in ("hans", "hant")])
def test_catalog_precision_and_recall_stay_above_the_floors(name: str, script: str) -> None:
    precision, recall, _ = FLOORS[name][script]
    report = _report(name)
    score = report.catalog(script)
    assert score.precision >= precision, "\n".join(report.misses)
    assert score.recall >= recall, "\n".join(report.misses)


@pytest.mark.parametrize(("name", "script"), [(n, s) for n in REAL_SETS for s in ("hans", "hant")])
def test_generic_recall_stays_above_the_floor(name: str, script: str) -> None:
    assert _report(name).generic_recall(script) >= FLOORS[name][script][2]


@pytest.mark.parametrize("name", REAL_SETS)
def test_the_held_back_fifth_stays_above_its_floor(name: str) -> None:
    assert _report(name, "held-back").catalog().f1 >= HELD_BACK_F1[name]


def test_the_report_prints_per_code_per_script_causes_and_kinds() -> None:
    table = _report(REAL_SETS[0]).format_table()
    for row in (
        "pm25_avg_concentration",
        "catalog hans",
        "catalog hant",
        "generic recall",
        "no year",
        "false positive",
    ):
        assert row in table


@pytest.mark.parametrize("name", REAL_SETS)
def test_the_shared_set_is_whole(name: str) -> None:
    rows = load_real_set(shared_set(name))
    assert (len(rows), sum(len(r["expected"]) for r in rows)) == SIZES[name]
    for r in rows:
        for item in r["expected"]:
            assert item["quote"] in r["text"], (r["id"], item["quote"])
