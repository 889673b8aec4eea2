"""Sentences written for these tests (twenty-sixth round): a 分别 list of levels, then one change
that 均 says all of them share (同比均上升…). Each listed figure takes it."""

from __future__ import annotations

from tests.extract.figure_rows import changes


def test_a_change_all_listed_levels_share_goes_to_each_of_them() -> None:
    text = "2023年，PM10、PM2.5浓度分别为76微克/立方米、43微克/立方米，同比均上升5.9%。"
    assert changes(text) == [
        ("pm10_avg_concentration", 76.0, "up", 5.9),
        ("pm25_avg_concentration", 43.0, "up", 5.9),
    ]


def test_a_listed_change_per_level_still_goes_one_to_each() -> None:
    text = "2023年，PM10、PM2.5浓度分别为76微克/立方米、43微克/立方米，同比分别上升5.9%、2.2%。"
    assert changes(text) == [
        ("pm10_avg_concentration", 76.0, "up", 5.9),
        ("pm25_avg_concentration", 43.0, "up", 2.2),
    ]


def test_a_shared_change_does_not_reach_a_figure_of_another_unit() -> None:
    text = "2023年，优良天数比例、PM2.5浓度分别为87.3%、43微克/立方米，同比均下降5.9%。"
    assert [row[0] for row in changes(text)] == ["pm25_avg_concentration"]
