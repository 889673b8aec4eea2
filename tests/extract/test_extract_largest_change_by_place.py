"""Sentences written for these tests (twenty-fifth round): a place, the indicator, then the
size of its change called the largest (甲市PM2.5浓度降幅最大，为…%), and the next places of the
same remark (乙市次之 / 其次是乙市). Each % is a change-only item of that indicator in that place,
not a share."""

from __future__ import annotations

from tests.extract.figure_rows import placed_changes


def test_the_indicator_named_between_the_place_and_the_largest_fall_is_the_one_changed() -> None:
    assert placed_changes("2024年，北岗市PM2.5浓度降幅最大，为7.7%。") == [
        ("pm25_avg_concentration", None, "北岗市", "down", 7.7, "percent"),
    ]


def test_the_largest_fall_in_brackets_is_read_the_same_way() -> None:
    assert placed_changes("北岗市PM10浓度降幅最大（8.4%）。") == [
        ("pm10_avg_concentration", None, "北岗市", "down", 8.4, "percent"),
    ]


def test_a_largest_improvement_of_a_concentration_is_a_fall() -> None:
    rows = placed_changes("各市中，北岗市二氧化氮浓度改善幅度最大，达9.1%。")
    assert rows == [("no2_avg_concentration", None, "北岗市", "down", 9.1, "percent")]


def test_the_place_that_comes_next_takes_the_same_remark() -> None:
    rows = placed_changes("2024年，北岗市PM2.5浓度降幅最大，为7.7%；南坞市次之，为5.2%。")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("pm25_avg_concentration", "北岗市", "down", 7.7),
        ("pm25_avg_concentration", "南坞市", "down", 5.2),
    ]


def test_qici_shi_names_the_next_place_with_its_size_in_brackets() -> None:
    rows = placed_changes("北岗市优良天数比例升幅最大，为4.4%，其次是南坞市（2.9%）。")
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("good_air_days_ratio", None, "北岗市", "up", 4.4),
        ("good_air_days_ratio", None, "南坞市", "up", 2.9),
    ]


def test_the_next_place_after_a_highest_share_stays_a_share() -> None:
    rows = placed_changes(
        "2024年，PM2.5浓度降幅最大的是西渡市，为6.6%；"
        "优良天数比例最高的是北岗市，为96.4%，南坞市次之，为94.8%。"
    )
    assert [(r[0], r[1], r[2], r[3]) for r in rows[1:]] == [
        ("good_air_days_ratio", 96.4, "北岗市", None),
        ("good_air_days_ratio", 94.8, "南坞市", None),
    ]


def test_words_between_the_place_and_the_size_that_name_no_indicator_make_no_change() -> None:
    rows = placed_changes("北岗市城区降幅最大，为7.7%。")
    assert all(r[3] is None for r in rows)
