"""Forms written for these tests (eleventh round): what a share is of when the words around it
also name water (soil points, exceedance rates, a share of lake area or of people), days of grade
Ⅱ or better, aims that open a list, and the change of a level that is none."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text
from tests.extract.figure_rows import figure_rows as _rows


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("2016年，全区二级以上天数平均281天。", "good_air_days_count", 281.0),
        ("2016年，全区空气质量达到二级以上的天数为306天。", "good_air_days_count", 306.0),
        ("2016年，全区空气质量二级以上天数比例为83.6%。", "good_air_days_ratio", 83.6),
    ],
)
def test_days_of_grade_two_or_better_are_good_days(text: str, code: str, value: float) -> None:
    assert _rows(text) == [(code, value, None, None, 2016)]


def test_a_soil_compliance_rate_after_a_drinking_water_sentence_is_no_water_figure() -> None:
    text = (
        "2021年，甲县8个集中式饮用水水源地水质达标率为87.5%。"
        "甲县土壤监测点位达标率为96.4%，农用地土壤安全利用率在95%以上，"
        "建设用地土壤安全利用率达到100%。"
    )
    assert _rows(text) == [
        ("drinking_water_source_compliance_ratio", 87.5, None, None, 2021),
        ("share", 96.4, None, None, 2021),
        ("contaminated_farmland_safe_use_ratio", 95.0, None, None, 2021),
        ("contaminated_land_safe_use_ratio", 100.0, None, None, 2021),
    ]


def test_an_aim_followed_by_a_colon_makes_the_rest_of_its_sentence_targets() -> None:
    text = (
        "2019年甲县生态环境工作的主要目标是：与上年相比，PM2.5、PM10年均浓度分别下降5%、6%，"
        "空气质量优良天数比例达82%；地表水优良水体断面比例达到60%以上。"
    )
    assert _rows(text) == []


def test_a_measurement_after_an_aim_without_a_colon_or_in_the_next_sentence_stays() -> None:
    assert _rows("2019年的目标是PM2.5平均浓度下降5%，实际全年优良天数比例为81%。") == [
        ("good_air_days_ratio", 81.0, None, None, 2019)
    ]
    assert _rows("年度目标为：PM2.5平均浓度下降5%。2019年全年优良天数比例为81%。") == [
        ("good_air_days_ratio", 81.0, None, None, 2019)
    ]


def test_a_share_of_people_or_land_named_after_it_is_a_plain_share() -> None:
    text = "甲省约有55%的人口以地下水为主要饮用水源，25%的耕地使用地下水灌溉。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [("share", 55.0), ("share", 25.0)]


def test_exceedance_rates_and_a_share_of_lake_area_are_no_good_water_shares() -> None:
    text = (
        "超Ⅲ类断面的主要污染指标为总磷、氨氮，断面超标率分别为6.1%、2.8%。"
        "甲地湖泊面积在1平方公里以上的有120个，总面积约占全省湖泊面积的18%。"
    )
    assert [(code, value) for code, value, *_ in _rows(text) if code not in ("area",)] == [
        ("share", 6.1),
        ("share", 2.8),
        ("share", 18.0),
    ]


def test_the_change_of_a_level_that_is_none_is_not_given_to_a_later_level() -> None:
    text = (
        "甲省断面水质优良比例为88.6%，同比上升2.7个百分点；无劣Ⅴ类断面，同比下降1.2个百分点。\n"
        "甲省河流水质优良比例为90.1%，劣Ⅴ类断面比例为0.9%。"
    )
    assert _rows(text) == [
        ("surface_water_good_ratio", 88.6, "up", 2.7, None),
        ("worse_than_class_v_ratio", None, "down", 1.2, None),
        ("surface_water_good_ratio", 90.1, None, None, None),
        ("worse_than_class_v_ratio", 0.9, None, None, None),
    ]


def test_days_meeting_grade_one_or_two_are_good_days_and_their_share_the_good_day_ratio() -> None:
    text = "2020年，甲市符合二级标准(良)的天数为190天，一、二级标准的天数总计为310天，占比84.7%。"
    assert [r for r in _rows(text) if r[0] != "days"] == [
        ("good_air_days_count", 310.0, None, None, 2020),
        ("good_air_days_ratio", 84.7, None, None, 2020),
    ]


def test_a_pollutant_list_that_lost_a_separator_after_a_bracket_keeps_its_members() -> None:
    text = (
        "2021年，甲市二氧化硫、二氧化氮、可吸入颗粒物(PM10)、细颗粒物(PM2.5)年平均浓度分别为8微克/立方米、"
        "25微克/立方米、61微克/立方米、33微克/立方米。与上年相比，二氧化硫、二氧化氮、可吸入颗粒物(PM10)"
        "细颗粒物(PM2.5)年均浓度降幅分别为11.1%、3.8%、9.0%、8.3%。"
    )
    assert _rows(text) == [
        ("so2_avg_concentration", 8.0, "down", 11.1, 2021),
        ("no2_avg_concentration", 25.0, "down", 3.8, 2021),
        ("pm10_avg_concentration", 61.0, "down", 9.0, 2021),
        ("pm25_avg_concentration", 33.0, "down", 8.3, 2021),
    ]


def test_a_lead_change_goes_to_the_whole_citys_level_past_an_empty_line() -> None:
    text = (
        "《公报》显示，甲市环境空气质量优良率较上年提高1.8个百分点。\n\n"
        "2021年，全市环境空气质量优良天数为321天，优良率为88.2%。"
    )
    assert _rows(text) == [
        ("good_air_days_count", 321.0, None, None, 2021),
        ("good_air_days_ratio", 88.2, "up", 1.8, 2021),
    ]


def test_a_change_after_its_level_and_an_aside_stays_with_that_level() -> None:
    text = (
        "1-4月，全省平均优良天数比例72.5%(87.0天)，同比下降3.1个百分点(3.7天)。\n\n"
        "北部5市，1-4月平均优良天数比例58.3%(70.0天)，同比下降。"
    )
    assert [r for r in _rows(text) if r[0] == "good_air_days_ratio"] == [
        ("good_air_days_ratio", 72.5, "down", 3.1, None),
        ("good_air_days_ratio", 58.3, None, None, None),
    ]


def test_a_lead_figure_restated_below_with_the_air_medium_named_is_one_figure() -> None:
    text = "公报显示，全省平均优良天数率为87.3%。\n\n从各市来看，全省城市环境空气质量平均优良天数率为87.3%，重污染天数平均为1.4天。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("good_air_days_ratio", 87.3),
        ("heavy_pollution_days_count", 1.4),
    ]


def test_a_rank_of_the_water_after_an_air_figure_is_not_the_air_figures() -> None:
    air_then_water = extract_text("全省平均优良天数率为87.3%，水环境质量位居全国第二。")[0]
    assert [(i.code, i.ranks) for i in air_then_water] == [("good_air_days_ratio", ())]
    air_ranked = extract_text("全省优良天数比例为93.4%，排名全国第二。")[0]
    assert [(i.code, [r.position for r in i.ranks]) for i in air_ranked] == [("good_air_days_ratio", [2])]


def test_a_date_the_data_run_to_inside_an_aside_makes_no_plan_of_what_follows() -> None:
    text = (
        "2018年1月至9月，城区空气质量优良天数比例为89.4%(以省生态环境厅发布为准，数据统计到2018年9月)，"
        "有效天数总计273天，其中优良244天、重度污染3天。"
    )
    assert [(code, value) for code, value, *_ in _rows(text) if code != "days"] == [
        ("good_air_days_ratio", 89.4),
        ("good_air_days_count", 244.0),
        ("heavy_pollution_days_count", 3.0),
    ]


def test_a_plan_year_still_makes_targets_and_an_aim_in_brackets_stays_in_them() -> None:
    assert _rows("到2027年，全市PM2.5平均浓度控制在28微克/立方米以下。") == []
    text = "2022年，全市优良天数比例为86%(力争到2025年达到90%)，PM2.5平均浓度为31微克/立方米。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("good_air_days_ratio", 86.0),
        ("pm25_avg_concentration", 31.0),
    ]


def test_met_targets_of_a_year_are_no_plan_of_what_follows() -> None:
    text = (
        "2022年，劣Ⅴ类断面比例为0.8%，均达到2022年水质目标要求；"
        "甲省120个县级以上集中式饮用水水源监测断面(点位)中，114个全年均达标，占95.0%。"
    )
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("worse_than_class_v_ratio", 0.8),
        ("drinking_water_source_compliance_ratio", 95.0),
    ]


def test_a_change_against_the_base_year_in_brackets_is_against_that_period_and_not_of_it() -> None:
    found = extract_text(
        "2020年，甲市优良天数率同比增加1.7个百分点。与基准年(2015年)同比，PM2.5平均浓度改善31.5%。"
    )[0]
    assert [(i.code, i.year, i.change.basis if i.change else None) for i in found] == [
        ("good_air_days_ratio", 2020, "yoy"),
        ("pm25_avg_concentration", 2020, "vs_period"),
    ]


def test_a_report_printed_twice_keeps_each_change_with_the_level_before_it() -> None:
    once = (
        "2021年甲市空气质量优良天数共312天。\n"
        "甲市二氧化硫、二氧化氮年平均浓度分别为9微克/立方米、22微克/立方米。\n"
        "与上年相比，二氧化硫、二氧化氮年均浓度降幅分别为10.0%、4.3%，"  # cut off mid-sentence
    )
    expected = [
        ("good_air_days_count", 312.0, None, None, 2021),
        ("so2_avg_concentration", 9.0, "down", 10.0, 2021),
        ("no2_avg_concentration", 22.0, "down", 4.3, 2021),
    ]
    assert _rows(once) == expected
    assert _rows(once + "\n" + once) == expected


def test_a_national_network_named_with_the_air_is_no_water() -> None:
    text = (
        "2021年5月甲市国考空气质量排名情况\n"
        "排名 | 区县 | 优良率 | 综合指数 |\n1 | 东城区 | 96.77% | 3.12 |\n2 | 西城区 | 93.55% | 3.27 |\n"
    )
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("good_air_days_ratio", 96.77),
        ("air_quality_composite_index", 3.12),
        ("good_air_days_ratio", 93.55),
        ("air_quality_composite_index", 3.27),
    ]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("2022年，路边监测站二氧化氮年均浓度为每立方米48微克，较前一年微跌3%。", "down"),
        ("2022年，路边监测站二氧化氮年均浓度为每立方米48微克，较前一年微升3%。", "up"),
    ],
)
def test_a_small_rise_or_fall_is_a_change(text: str, direction: str) -> None:
    assert _rows(text) == [("no2_avg_concentration", 48.0, direction, 3.0, 2022)]


def test_points_go_past_an_aside_figure_to_the_percentage_before_it() -> None:
    text = "2021年，全市森林覆盖率达42.36%(按土地总面积4120平方公里计算)，同比上升了0.52个百分点。"
    assert [r for r in _rows(text) if r[0] != "area"] == [("forest_coverage", 42.36, "up", 0.52, 2021)]


def test_a_places_change_after_the_whole_provinces_figure_is_that_places() -> None:
    found = extract_text("2022年6月，全省O3浓度平均为131微克/立方米，同比下降4.4%，北山州同比上升2.3%。")[0]
    assert [(i.code, i.value, i.region, i.change.direction if i.change else None) for i in found] == [
        ("o3_avg_concentration", 131.0, "全省", "down"),
        ("o3_avg_concentration", None, "北山州", "up"),
    ]


def test_a_plan_periods_streak_before_a_change_is_no_place() -> None:
    text = "2020年，优良水质断面比例为86.2%，同比上升2.4个百分点，“十三五”以来实现“五连升”，累计上升14.8个百分点。"
    assert _rows(text) == [("surface_water_good_ratio", 86.2, "up", 2.4, 2020)]
