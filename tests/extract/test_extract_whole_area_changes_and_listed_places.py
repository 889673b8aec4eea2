"""Forms written for these tests (twentieth round): the whole area's change said after a listed
group's figure; another counted group's change; short place names before a measure's other names;
a year opening a list of places; a remark closing a list of places; a counted group before a list
of measures. Every sentence is made up for the test."""

from __future__ import annotations

from tests.extract.figure_rows import figure_rows as _rows


def test_the_whole_areas_change_goes_to_the_whole_areas_figure_not_to_a_listed_groups() -> None:
    text = (
        "6月，全省12个城市平均优良天数比例为91.7%，轻度污染天数比例为8.3%。"
        "甲市、乙市和丙市3个城市优良天数比例均为100%。"
        "与上年同期相比，全省平均优良天数比例上升2.6个百分点。"
    )
    rows = [r for r in _rows(text) if r[0] == "good_air_days_ratio"]
    assert rows == [
        ("good_air_days_ratio", 91.7, "up", 2.6, None),
        ("good_air_days_ratio", 100.0, None, None, None),
    ]


def test_a_change_of_another_counted_group_is_not_the_figures() -> None:
    text = (
        "2016年8月，我省11个城市平均达标天数比例为93.1%。"
        "与上年同期相比，5个重点城市环境空气质量平均达标天数比例上升3.7%。"
    )
    assert [r for r in _rows(text) if r[0] == "good_air_days_ratio"] == [
        ("good_air_days_ratio", 93.1, None, None, 2016),
        ("good_air_days_ratio", None, "up", 3.7, 2016),
    ]


def test_short_place_names_before_a_measures_other_names_share_it() -> None:
    text = "与上月相比，甲山、乙水、丙林达标天数比例分别下降1.4%、2.2%、5.0%。"
    assert [(r[0], r[3]) for r in _rows(text)] == [
        ("good_air_days_ratio", 1.4),
        ("good_air_days_ratio", 2.2),
        ("good_air_days_ratio", 5.0),
    ]


def test_a_year_opening_a_list_of_places_is_not_part_of_the_first_place() -> None:
    text = (
        "2019年，安徽省城市空气质量达标天数比例平均为90.2%，其中，长三角地区平均为86.1%。"
        "与2015年相比，2019年安徽省和长三角地区空气质量达标天数比例分别上升2.8和1.9个百分点。"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 90.2, "up", 2.8, 2019),
        ("good_air_days_ratio", 86.1, "up", 1.9, 2019),
    ]


def test_a_remark_closing_a_list_of_places_leaves_the_places_to_the_changes() -> None:
    text = "全区臭氧浓度较上年上升了9.4%，甲市和乙市尤为突出，分别上升了21.3%和6.6%。"
    assert [(r[0], r[3]) for r in _rows(text)] == [
        ("o3_avg_concentration", 9.4),
        ("o3_avg_concentration", 21.3),
        ("o3_avg_concentration", 6.6),
    ]


def test_a_counted_group_before_a_list_of_measures_is_not_one_of_them() -> None:
    text = "东部和西部6城市PM10和PM2.5浓度同比分别下降12.5%和20.4%。"
    assert [(r[0], r[3]) for r in _rows(text)] == [
        ("pm10_avg_concentration", 12.5),
        ("pm25_avg_concentration", 20.4),
    ]


def test_a_named_regions_own_average_is_about_that_region() -> None:
    text = "2019年，安徽省城市空气质量达标天数比例平均为90.2%，其中，长三角地区平均为86.1%。"
    from scrapers.extract import extract_text

    assert [(i.value, i.region) for i in extract_text(text)[0]] == [(90.2, "安徽省"), (86.1, "长三角地区")]


def test_excellent_days_alone_are_not_good_days() -> None:
    text = "8月全市空气优良天数27天，同比增加6天；其中空气质量优秀天数11天，同比增加4天。"
    assert [r[:2] for r in _rows(text)] == [("good_air_days_count", 27.0), ("days", 11.0)]


def test_a_series_of_years_under_one_grades_days_is_not_good_days() -> None:
    text = "2021年，全市优良天数311天。空气质量为“优”的天数，2019年是81天，2020年是97天，2021年是118天。"
    assert [r[:2] for r in _rows(text)] == [
        ("good_air_days_count", 311.0),
        ("days", 81.0),
        ("days", 97.0),
        ("days", 118.0),
    ]


def test_spun_excellent_days_beside_the_tools_other_words_are_good_days() -> None:
    text = "本年1至6月，某县PM2.5均匀浓度为每立方米26.1微克，空气优秀天数达158天、优秀合格率87.3%。"
    assert ("good_air_days_count", 158.0) in [r[:2] for r in _rows(text)]


def test_good_days_counted_as_a_total_or_with_ge_are_good_days() -> None:
    assert [r[:2] for r in _rows("1-9月，全市空气优良总天数221天，同比增加12天。")] == [
        ("good_air_days_count", 221.0)
    ]
    assert [r[:2] for r in _rows("入冬以来，某市空气质量优良天数已达263个。")] == [
        ("good_air_days_count", 263.0)
    ]
