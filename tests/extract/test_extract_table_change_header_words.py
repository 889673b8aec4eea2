"""Tables written for these tests (twenty-fifth round): the words bulletins head a column of
changes with besides 同比 and 变化 (增减, 较上年, 与上年比较, 同期比, 变动, 降幅). Each such column
is the change of the value before it, and never a row's place."""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import placed_changes


def _table(change_head: str, first_change: str = "-3.6") -> str:
    return (
        f"城市 | PM2.5浓度(微克/立方米) | {change_head} | 优良天数比例(%)\n"
        f"北岗市 | 27 | {first_change} | 91.2\n南坞市 | 34 | -2.9 | 88.0\n"
    )


@pytest.mark.parametrize(
    "head", ["增减(%)", "较上年(%)", "比上年(%)", "与上年比较(%)", "同期比(%)", "变动(%)", "与2023年比(%)"]
)
def test_a_column_of_changes_under_other_words_is_the_change_of_the_value_before_it(head: str) -> None:
    assert placed_changes(_table(head)) == [
        ("pm25_avg_concentration", 27.0, "北岗市", "down", 3.6, "percent"),
        ("good_air_days_ratio", 91.2, "北岗市", None, None, None),
        ("pm25_avg_concentration", 34.0, "南坞市", "down", 2.9, "percent"),
        ("good_air_days_ratio", 88.0, "南坞市", None, None, None),
    ]


def test_a_change_column_in_points_headed_zengjian_is_no_place_and_the_share_keeps_its_column() -> None:
    text = (
        "城市 | PM2.5浓度(微克/立方米) | 增减(%) | 优良天数比例(%) | 增减(百分点)\n"
        "北岗市 | 27 | -3.6 | 91.2 | 1.4\n南坞市 | 34 | -2.9 | 88.0 | -0.6\n"
    )
    assert [(r[0], r[2], r[3], r[4], r[5]) for r in placed_changes(text)] == [
        ("pm25_avg_concentration", "北岗市", "down", 3.6, "percent"),
        ("good_air_days_ratio", "北岗市", "up", 1.4, "percentage_point"),
        ("pm25_avg_concentration", "南坞市", "down", 2.9, "percent"),
        ("good_air_days_ratio", "南坞市", "down", 0.6, "percentage_point"),
    ]


def test_a_positive_value_under_a_column_of_falls_is_a_fall() -> None:
    rows = placed_changes(_table("降幅(%)", first_change="3.6"))
    assert [(r[2], r[3], r[4]) for r in rows if r[0] == "pm25_avg_concentration"] == [
        ("北岗市", "down", 3.6),
        ("南坞市", "up", 2.9),
    ]


def test_a_signed_column_of_changes_keeps_its_signs() -> None:
    rows = placed_changes(_table("增减(%)", first_change="3.6"))
    assert [(r[2], r[3]) for r in rows if r[0] == "pm25_avg_concentration"] == [
        ("北岗市", "up"),
        ("南坞市", "down"),
    ]
