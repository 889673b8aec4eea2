"""Sentences written for these tests (twenty-seventh round): an area or an amount that grew or
shrank (扩大到, 缩小至) from a stated earlier value arrives at its later value the way a level that
rose or fell does: one figure, of the later year, with the earlier value as its change."""

from __future__ import annotations

from tests.extract.figure_rows import dated_changes


def test_an_area_widened_from_one_year_to_another_is_one_figure_of_the_later_year() -> None:
    text = "全市水土流失治理面积由2020年120平方公里扩大到2023年185平方公里。"
    assert dated_changes(text) == [("soil_erosion_control_area", 185.0, "全市", 2023, "up", 65.0, "km2")]


def test_an_area_narrowed_to_a_later_value_is_a_fall() -> None:
    text = "全省水土流失面积由2018年12.5万平方公里缩小至2023年11.8万平方公里。"
    rows = dated_changes(text)
    assert [(code, value, year, way) for code, value, _, year, way, _, _ in rows] == [
        ("soil_erosion_control_area", 11.8, 2023, "down")
    ]


def test_the_verb_before_the_later_year_does_not_make_it_a_target() -> None:
    text = "全县森林面积由2020年120万亩扩大到2023年128万亩。"
    assert [(code, value, year) for code, value, _, year, *_ in dated_changes(text)] == [
        ("forest_area", 128.0, 2023)
    ]


def test_a_widening_planned_by_a_year_is_still_a_target() -> None:
    assert dated_changes("到2025年，全县森林面积扩大到135万亩。") == []
