"""``mee-interviews eval --set PATH`` scores any file in the real-set format, and a held-back
fifth of it is fixed by passage id alone (passages written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mee_interviews.cli import app
from scrapers.extract.holdout import held_back_ids, select
from scrapers.extract.real_eval import evaluate_real


def _item(
    code: str, value: float | None, unit: str | None, quote: str, change: dict[str, object] | None = None
) -> dict[str, object]:
    return {
        "indicator": code,
        "value": value,
        "unit": unit,
        "value_base": value,
        "year": 2023,
        "change": change,
        "rank": None,
        "region": "全市",
        "quote": quote,
    }


ROWS = [
    {
        "id": "own-1",
        "script": "hans",
        "text": "2023年，全市PM2.5平均浓度为27微克/立方米，同比下降6.9%；优良天数比例为91.5%。",
        "expected": [
            _item(
                "pm25_avg_concentration",
                27,
                "ug/m3",
                "PM2.5平均浓度为27微克/立方米，同比下降6.9%",
                {"direction": "down", "value": 6.9, "unit": "%", "basis": "yoy"},
            ),
            _item("good_air_days_ratio", 91.5, "%", "优良天数比例为91.5%"),
        ],
    },
    {
        "id": "own-2",
        "script": "hant",
        "text": "2023年，全市森林覆蓋率為44.1%，臭氧濃度同比上升3.2%。",
        "expected": [
            _item("forest_coverage", 44.1, "%", "森林覆蓋率為44.1%"),
            _item(
                "o3_avg_concentration",
                None,
                None,
                "臭氧濃度同比上升3.2%",
                {"direction": "up", "value": 3.2, "unit": "%", "basis": "yoy"},
            ),
            _item("surface_water_good_ratio", 90.0, "%", "森林覆蓋率為44.1%"),
        ],
    },
]


@pytest.fixture
def own_set(tmp_path: Path) -> Path:
    path = tmp_path / "own-set.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_eval_scores_any_file_in_the_format_and_lists_misses(own_set: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--set", str(own_set), "--misses"])
    assert result.exit_code == 0, result.output
    assert "catalog overall                             4    0    1" in result.output
    assert "own-2: missing: surface_water_good_ratio 90.0" in result.output
    assert "catalog errors by kind:" in result.output and "subject from context 1" in result.output


def test_a_change_only_item_is_found_by_its_change_alone(own_set: Path) -> None:
    assert evaluate_real(own_set).per_code["o3_avg_concentration"].tp == 1


def test_an_unknown_part_is_one_clear_line(own_set: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--set", str(own_set), "--part", "test"])
    assert result.exit_code != 0
    assert "unknown part 'test'; known parts: all, dev, held-back" in result.output


def test_the_held_back_fifth_is_a_fifth_of_each_script_and_fixed_by_id() -> None:
    rows = [{"id": f"p-{i:03d}", "script": "hans" if i % 3 else "hant"} for i in range(100)]
    held = held_back_ids(rows)
    assert held == held_back_ids(list(reversed(rows)))
    assert sum(1 for r in rows if r["id"] in held and r["script"] == "hans") == round(66 / 5)
    assert sum(1 for r in rows if r["id"] in held and r["script"] == "hant") == round(34 / 5)


def test_dev_and_held_back_split_the_set_without_overlap() -> None:
    rows = [{"id": f"q-{i}", "script": "hans"} for i in range(23)]
    dev, held = select(rows, "dev"), select(rows, "held-back")
    assert len(dev) + len(held) == 23 and not {r["id"] for r in dev} & {r["id"] for r in held}


def test_a_figure_read_once_for_two_labelled_items_is_counted_once_not_a_year_miss(tmp_path: Path) -> None:
    text = "2023年，全市3个地下饮用水水源地和2个地表水水源地水质达标率均为100%。"
    row = {
        "id": "own-3",
        "script": "hans",
        "text": text,
        "expected": [
            _item("drinking_water_source_compliance_ratio", 100, "%", "水质达标率均为100%"),
            _item("drinking_water_source_compliance_ratio", 100, "%", "水质达标率均为100%"),
        ],
    }
    path = tmp_path / "once.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_real(path)
    assert report.causes["counted once"] == 1 and report.causes["no year"] == 0
    assert report.kinds["counted once"] == 1
