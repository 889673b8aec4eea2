"""Sentences written for these tests (twenty-sixth round): a change said as higher, lower, better
or worse than an earlier time (好于去年同期, 较“十三五”末高, 比上年低). Each is the figure's change;
better and worse turn with the figure (better is a fall of a concentration). Higher than the
national average is a gap, not a change."""

from __future__ import annotations

from tests.extract.figure_rows import changes, figure_rows


def test_better_than_the_same_period_last_year_raises_a_good_days_ratio() -> None:
    assert changes("2023年，全市优良天数比例为81.7%，好于去年同期3.6个百分点。") == [
        ("good_air_days_ratio", 81.7, "up", 3.6),
    ]


def test_better_than_last_year_lowers_a_concentration() -> None:
    assert changes("2023年，全市PM2.5浓度为31.7微克/立方米，优于去年同期4.4%。") == [
        ("pm25_avg_concentration", 31.7, "down", 4.4),
    ]


def test_higher_than_the_end_of_a_plan_period_is_a_rise() -> None:
    assert changes("全市优良天数比例达81.7%，较“十三五”末高3.6个百分点。") == [
        ("good_air_days_ratio", 81.7, "up", 3.6),
    ]


def test_lower_than_last_year_is_a_fall() -> None:
    assert changes("2023年，全市优良天数比例为81.7%，比上年低3.6个百分点。") == [
        ("good_air_days_ratio", 81.7, "down", 3.6),
    ]


def test_higher_than_the_national_average_is_no_change() -> None:
    rows = figure_rows("2023年，全市优良天数比例为81.7%，比全国平均高3.6个百分点。")
    assert rows == [("good_air_days_ratio", 81.7, None, None, 2023)]
