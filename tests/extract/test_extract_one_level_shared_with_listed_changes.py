"""Sentences written for these tests (twenty-seventh round): one level said with 均 of several
listed places or measures, followed by 分别 and a change for each, is one figure per change: the
places share the level and each has its own change; listed measures take the changes in order."""

from __future__ import annotations

from tests.extract.figure_rows import with_changes


def test_two_groups_of_cities_sharing_a_level_each_have_their_own_change() -> None:
    text = "今年8月，全省11个中心城市、75个县(市、区)空气质量平均优良天数比率均为100%，同比分别提高0.3个百分点和0.8个百分点。"
    rows = [row for row in with_changes(text) if row[0] != "count"]
    assert rows == [
        ("good_air_days_ratio", 100.0, "up", 0.3),
        ("good_air_days_ratio", 100.0, "up", 0.8),
    ]


def test_a_count_of_cities_in_the_list_takes_none_of_the_changes() -> None:
    text = "全省11个设区市和县级城市PM2.5平均浓度均为30微克/立方米，同比分别下降3.2%和4.1%。"
    assert with_changes(text) == [
        ("count", 11.0, None, None),
        ("pm25_avg_concentration", 30.0, "down", 3.2),
        ("pm25_avg_concentration", 30.0, "down", 4.1),
    ]


def test_listed_measures_sharing_a_level_take_the_listed_changes_in_order() -> None:
    text = "全市8个国考断面达标率、优Ⅲ类比例均为100%，同比分别提高25和37.5个百分点。"
    rows = [row for row in with_changes(text) if row[0] != "count"]
    assert rows == [
        ("section_compliance_ratio", 100.0, "up", 25.0),
        ("surface_water_good_ratio", 100.0, "up", 37.5),
    ]


def test_better_than_class_three_cut_short_is_the_good_share() -> None:
    text = "全市国考断面优三类比例为92.3%。"
    assert [row[:2] for row in with_changes(text)] == [("surface_water_good_ratio", 92.3)]


def test_two_levels_each_with_their_own_value_are_not_spread() -> None:
    text = "全市PM2.5平均浓度为30微克/立方米，PM10为55微克/立方米，同比分别下降3.2%和4.1%。"
    assert with_changes(text) == [
        ("pm25_avg_concentration", 30.0, "down", 3.2),
        ("pm10_avg_concentration", 55.0, "down", 4.1),
    ]
