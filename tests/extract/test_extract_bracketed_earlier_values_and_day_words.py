"""Sentences written for these tests (twenty-fifth round): the earlier value a comparison puts in
brackets before its verb (同比（33微克/立方米）下降6.1%) is no figure of its own, and the change is
the figure's before it; good days and heavy-pollution days named in other words (达到优良的天数,
重污染天气占比) are the catalog's."""

from __future__ import annotations

from tests.extract.figure_rows import with_changes


def test_an_earlier_value_in_brackets_after_tongbi_is_only_what_the_figure_is_compared_with() -> None:
    assert with_changes("全省PM10平均浓度为64微克/立方米，同比（68微克/立方米）下降5.9%。") == [
        ("pm10_avg_concentration", 64.0, "down", 5.9),
    ]


def test_an_earlier_value_in_brackets_after_a_named_year_leaves_the_change_to_the_figure() -> None:
    assert with_changes("PM2.5平均浓度为21微克/立方米，比上年同期（24微克/立方米）下降12.5%。") == [
        ("pm25_avg_concentration", 21.0, "down", 12.5),
    ]


def test_a_share_compared_with_a_bracketed_earlier_share_keeps_its_points() -> None:
    assert with_changes("优良天数比例为91.7%，较2023年（89.9%）提高1.8个百分点。") == [
        ("good_air_days_ratio", 91.7, "up", 1.8),
    ]


def test_days_that_reached_good_are_the_good_days_count_and_their_share_its_ratio() -> None:
    assert with_changes("全年空气质量达到优良的天数为317天，占比86.6%。") == [
        ("good_air_days_count", 317.0, None, None),
        ("good_air_days_ratio", 86.6, None, None),
    ]


def test_the_share_of_heavy_pollution_weather_is_the_heavy_days_ratio() -> None:
    assert with_changes("全年重污染天气占比为0.6%。") == [("heavy_pollution_days_ratio", 0.6, None, None)]
