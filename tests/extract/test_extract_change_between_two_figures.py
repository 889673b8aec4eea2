"""Sentences written for these tests (twenty-fourth round): a change clause between two figures of
the same indicator (the whole's, then a part's after 其中 or a place) is the change of the figure
right before it; a change stated before the level it reached still goes to that level."""

from __future__ import annotations

from tests.extract.figure_rows import with_changes


def test_a_change_after_the_whole_s_figure_is_not_given_to_a_place_after_qizhong() -> None:
    assert with_changes("全省优良天数比例为92.3%，同比上升2.1个百分点，其中东林市为96.5%。") == [
        ("good_air_days_ratio", 92.3, "up", 2.1),
        ("good_air_days_ratio", 96.5, None, None),
    ]


def test_a_change_after_the_whole_s_figure_is_not_given_to_a_basin_after_it() -> None:
    assert with_changes("全省地表水优良水体比例为92.3%，同比上升2.1个百分点，长江流域为96.5%。") == [
        ("surface_water_good_ratio", 92.3, "up", 2.1),
        ("surface_water_good_ratio", 96.5, None, None),
    ]


def test_two_quarters_each_keep_their_own_change() -> None:
    text = "一季度功能区达标率为41.5%，同比提高20个百分点，二季度为57.5%，同比提高15.5个百分点。"
    assert [(r[1], r[2], r[3]) for r in with_changes(text)] == [(41.5, "up", 20.0), (57.5, "up", 15.5)]


def test_a_change_stated_before_the_level_it_reached_still_goes_to_that_level() -> None:
    assert with_changes("2024年，全省优良天数比例同比提高1.8个百分点，达到90.3%，东林市为96.5%。") == [
        ("good_air_days_ratio", 90.3, "up", 1.8),
        ("good_air_days_ratio", 96.5, None, None),
    ]
