from pathlib import Path

import pytest

from scrapers.extract import load_catalog
from scrapers.extract.catalog_doc import render_markdown
from scrapers.extract.naming import match_code

GENERIC = {"money", "count", "share", "area"}
DOC = Path(__file__).parents[2] / "docs" / "indicator-catalog.md"


def test_catalog_has_the_generic_codes_and_marks_the_scored_ones() -> None:
    entries = load_catalog()
    assert {e.code for e in entries if e.generic} >= GENERIC
    scored = [e for e in entries if e.scored]
    assert len(scored) == 18 and not any(e.generic for e in scored)


def test_catalog_codes_are_unique_and_ranges_ordered() -> None:
    entries = load_catalog()
    assert len({e.code for e in entries}) == len(entries)
    for e in entries:
        if e.min_value is not None and e.max_value is not None:
            assert e.min_value < e.max_value, e.code


def test_concentration_codes_use_micrograms_and_ratios_use_percent() -> None:
    by_code = {e.code: e for e in load_catalog()}
    assert by_code["pm25_avg_concentration"].unit_base == "ug/m3"
    assert by_code["forest_coverage"].unit_base == "%"
    assert by_code["eco_redline_area"].unit_base == "km2"


def test_documented_catalog_matches_catalog_toml() -> None:
    assert DOC.read_text(encoding="utf-8") == render_markdown(), "regenerate docs/indicator-catalog.md"


@pytest.mark.parametrize(
    ("naming", "kind", "code"),
    [
        ("好于Ⅱ类水体比例", "percent", "better_than_class_ii_ratio"),
        ("地表水国考断面水质优良比例", "percent", "surface_water_good_ratio"),
        ("Ⅰ～Ⅲ类水质断面比例", "percent", "surface_water_good_ratio"),
        ("劣Ⅴ类断面比例", "percent", "worse_than_class_v_ratio"),
        ("空气优良天数比率", "percent", "good_air_days_ratio"),
        ("优良天数", "days", "good_air_days_count"),
        ("招录人员", "count", None),
    ],
)
def test_codes_match_on_keywords_and_unit_kind(naming: str, kind: str, code: str | None) -> None:
    assert match_code(naming, kind) == code
