"""Sentences written for these tests (twenty-fourth round): a lead naming the size of a change
(降幅, 下降幅度分别为, 改善幅度) and a colon, then places each with its %: every member is a
change-only item of the indicator the lead names, in its place."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import placed_changes


def test_each_place_after_a_lead_naming_the_fall_is_a_change_only_item() -> None:
    assert placed_changes("PM2.5浓度同比降幅：东林市6.3%、西岭市3.4%、南川市1.5%。") == [
        ("pm25_avg_concentration", None, "东林市", "down", 6.3, "percent"),
        ("pm25_avg_concentration", None, "西岭市", "down", 3.4, "percent"),
        ("pm25_avg_concentration", None, "南川市", "down", 1.5, "percent"),
    ]


def test_a_lead_with_fenbie_wei_and_a_colon_lists_the_sizes_the_same_way() -> None:
    rows = placed_changes("PM10浓度同比下降幅度分别为：东林市6.3%、西岭市3.4%。")
    assert [(r[2], r[3], r[4]) for r in rows] == [("东林市", "down", 6.3), ("西岭市", "down", 3.4)]


def test_an_improvement_of_a_good_days_share_is_a_rise() -> None:
    rows = placed_changes("优良天数比例改善幅度：东林市2.1%、西岭市1.0%。")
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("good_air_days_ratio", "东林市", "up", 2.1),
        ("good_air_days_ratio", "西岭市", "up", 1.0),
    ]


def test_each_later_member_is_quoted_from_its_own_place() -> None:
    found = extract_text("PM2.5浓度同比降幅：东林市6.3%、西岭市3.4%。")[0]
    assert [i.quote for i in found] == ["降幅：东林市6.3%", "西岭市3.4%"]


def test_a_list_of_shares_after_a_colon_without_a_size_word_stays_shares() -> None:
    rows = placed_changes("优良天数比例：东林市96.3%、西岭市93.4%。")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("good_air_days_ratio", 96.3, None),
        ("good_air_days_ratio", 93.4, None),
    ]
