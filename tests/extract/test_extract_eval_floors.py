"""The accuracy gate on the project's own sentences: F1 on the labelled set may not drop below these floors.

The gate on real text is test_extract_real_floors.py."""

from scrapers.extract import evaluate
from scrapers.extract.real_eval import load_real_set
from tests.extract.shared_data import REAL_SETS, shared_set

# Measured on scrapers/extract/eval/labelled.jsonl and rounded down. Only moves up.
FLOORS = {
    "catalog": 0.99,
    "generic": 0.98,
    "overall": 0.99,
    "catalog (all fields)": 0.99,
    "generic (all fields)": 0.98,
    "claims": 1.0,
}


def test_f1_stays_above_the_pinned_floors() -> None:
    report = evaluate()
    scores = {
        "catalog": report.catalog,
        "generic": report.generic,
        "overall": report.overall,
        "catalog (all fields)": report.catalog_strict,
        "generic (all fields)": report.generic_strict,
        "claims": report.claims,
    }
    below = {name: round(scores[name].f1, 3) for name, floor in FLOORS.items() if scores[name].f1 < floor}
    assert not below, f"F1 fell below the floor: {below}\n" + "\n".join(report.mismatches)


def test_the_labelled_set_covers_both_scripts_and_all_levels() -> None:
    from scrapers.extract.evaluate import load_dataset

    records = load_dataset()
    assert {"hans", "hant"} <= {r["script"] for r in records}
    assert {"provincial", "municipal", "national"} <= {r["level"] for r in records}
    assert len([r for r in records if not r["id"].startswith("seed")]) >= 40


def test_the_report_prints_per_code_and_overall_rows() -> None:
    table = evaluate().format_table()
    assert "pm25_avg_concentration" in table and "overall" in table and "claims" in table


def test_every_catalog_code_is_labelled_in_the_project_set_or_a_real_set() -> None:
    from scrapers.extract import load_catalog
    from scrapers.extract.evaluate import load_dataset

    labelled = {label["code"] for r in load_dataset() for label in r["indicators"]}
    for name in REAL_SETS:
        labelled |= {item["indicator"] for r in load_real_set(shared_set(name)) for item in r["expected"]}
    assert {e.code for e in load_catalog() if not e.generic} <= labelled
