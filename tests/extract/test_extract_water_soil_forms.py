"""Forms written for these tests (eleventh round): what a share is of when the words around it
also name water (soil points, exceedance rates, a share of lake area or of people), days of grade
Ⅱ or better, aims that open a list, and the change of a level that is none."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text

Row = tuple[str, float | None, str | None, float | None, int | None]


def _rows(text: str) -> list[Row]:
    """(code, value, change direction, change value, year) of every figure but a generic count."""
    return [
        (
            i.code,
            i.value,
            i.change.direction if i.change else None,
            i.change.value if i.change else None,
            i.year,
        )
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("2015年，全市二级以上天数平均253天。", "good_air_days_count", 253.0),
        ("2015年，全市空气质量达到二级以上的天数为300天。", "good_air_days_count", 300.0),
        ("2015年，全市空气质量二级以上天数比例为85.2%。", "good_air_days_ratio", 85.2),
    ],
)
def test_days_of_grade_two_or_better_are_good_days(text: str, code: str, value: float) -> None:
    assert _rows(text) == [(code, value, None, None, 2015)]


def test_a_soil_compliance_rate_after_a_drinking_water_sentence_is_no_water_figure() -> None:
    text = (
        "2020年，全区12个集中式饮用水水源地水质达标率为81%。"
        "全区土壤国控监测点位总体达标率为98.1%，农用地土壤安全利用率在99%以上，"
        "重点建设用地土壤安全利用率达到100%。"
    )
    assert _rows(text) == [
        ("drinking_water_source_compliance_ratio", 81.0, None, None, 2020),
        ("share", 98.1, None, None, 2020),
        ("contaminated_farmland_safe_use_ratio", 99.0, None, None, 2020),
        ("contaminated_land_safe_use_ratio", 100.0, None, None, 2020),
    ]


def test_an_aim_followed_by_a_colon_makes_the_rest_of_its_sentence_targets() -> None:
    text = (
        "2016年全市环保工作的主要目标是：与2015年相比，PM2.5、PM10年均浓度分别下降3%、4%，"
        "空气质量优良天数比例达75%；地表水优良水体断面比例达到45%以上。"
    )
    assert _rows(text) == []


def test_a_measurement_after_an_aim_without_a_colon_or_in_the_next_sentence_stays() -> None:
    assert _rows("2016年的目标是PM2.5平均浓度下降3%，实际全年优良天数比例为75%。") == [
        ("good_air_days_ratio", 75.0, None, None, 2016)
    ]
    assert _rows("年度目标为：PM2.5平均浓度下降3%。2016年全年优良天数比例为75%。") == [
        ("good_air_days_ratio", 75.0, None, None, 2016)
    ]


def test_a_share_of_people_or_land_named_after_it_is_a_plain_share() -> None:
    text = "全国约有70%的人口以地下水为主要饮用水源，40%的耕地使用地下水灌溉。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [("share", 70.0), ("share", 40.0)]


def test_exceedance_rates_and_a_share_of_lake_area_are_no_good_water_shares() -> None:
    text = (
        "超Ⅲ类水质断面主要污染指标为化学需氧量、总磷，断面超标率分别为4.2%、3.5%。"
        "该区域湖泊面积为1平方公里以上的约有360个，总面积约占全国湖泊面积的12%。"
    )
    assert [(code, value) for code, value, *_ in _rows(text) if code not in ("area",)] == [
        ("share", 4.2),
        ("share", 3.5),
        ("share", 12.0),
    ]


def test_the_change_of_a_level_that_is_none_is_not_given_to_a_later_level() -> None:
    text = (
        "全省断面水质优良比例为92.2%，同比上升4.1个百分点；无劣Ⅴ类断面，同比下降0.5个百分点。\n"
        "省控河流水质优良比例为93.0%，劣Ⅴ类断面比例为0.7%。"
    )
    assert _rows(text) == [
        ("surface_water_good_ratio", 92.2, "up", 4.1, None),
        ("worse_than_class_v_ratio", None, "down", 0.5, None),
        ("surface_water_good_ratio", 93.0, None, None, None),
        ("worse_than_class_v_ratio", 0.7, None, None, None),
    ]


def test_days_meeting_grade_one_or_two_are_good_days_and_their_share_the_good_day_ratio() -> None:
    text = "2021年，全市环境空气质量符合二级标准(良)的天数为221天，一、二级标准的天数总计为300天，占比82.2%。"
    assert [r for r in _rows(text) if r[0] != "days"] == [
        ("good_air_days_count", 300.0, None, None, 2021),
        ("good_air_days_ratio", 82.2, None, None, 2021),
    ]


def test_a_pollutant_list_that_lost_a_separator_after_a_bracket_keeps_its_members() -> None:
    text = (
        "2020年，市区二氧化硫、二氧化氮、可吸入颗粒物(PM10)、细颗粒物(PM2.5)年平均浓度分别为10微克/立方米、"
        "28微克/立方米、55微克/立方米、37微克/立方米。与2019年相比，二氧化硫、二氧化氮、可吸入颗粒物(PM10)"
        "细颗粒物(PM2.5)年均浓度降幅分别为23.1%、6.7%、16.7%、11.9%。"
    )
    assert _rows(text) == [
        ("so2_avg_concentration", 10.0, "down", 23.1, 2020),
        ("no2_avg_concentration", 28.0, "down", 6.7, 2020),
        ("pm10_avg_concentration", 55.0, "down", 16.7, 2020),
        ("pm25_avg_concentration", 37.0, "down", 11.9, 2020),
    ]


def test_a_lead_change_goes_to_the_whole_citys_level_past_an_empty_line() -> None:
    text = (
        "《公报》显示，甲市环境空气质量优良率较2021年提高2.2个百分点。\n\n"
        "2022年，全市环境空气质量优良天数为338天，优良率为92.6%。"
    )
    assert _rows(text) == [
        ("good_air_days_count", 338.0, None, None, 2022),
        ("good_air_days_ratio", 92.6, "up", 2.2, 2022),
    ]


def test_a_change_after_its_level_and_an_aside_stays_with_that_level() -> None:
    text = (
        "1-3月，全省平均优良天数比例63.0%(56.7天)，同比下降2.6个百分点(2.3天)。\n\n"
        "关中7市区，1-3月平均优良天数比例46.7%(42.0天)，同比下降。"
    )
    assert [r for r in _rows(text) if r[0] == "good_air_days_ratio"] == [
        ("good_air_days_ratio", 63.0, "down", 2.6, None),
        ("good_air_days_ratio", 46.7, None, None, None),
    ]


def test_a_lead_figure_restated_below_with_the_air_medium_named_is_one_figure() -> None:
    text = "公报显示，全省平均优良天数率为85.8%。\n\n从各市来看，全省城市环境空气质量平均优良天数率为85.8%，重污染天数平均为2.6天。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("good_air_days_ratio", 85.8),
        ("heavy_pollution_days_count", 2.6),
    ]


def test_a_rank_of_the_water_after_an_air_figure_is_not_the_air_figures() -> None:
    air_then_water = extract_text("全省平均优良天数率为85.8%，水环境质量跃居全国第一。")[0]
    assert [(i.code, i.ranks) for i in air_then_water] == [("good_air_days_ratio", ())]
    air_ranked = extract_text("全省优良天数比例为95.2%，排名全国第一。")[0]
    assert [(i.code, [r.position for r in i.ranks]) for i in air_ranked] == [("good_air_days_ratio", [1])]


def test_a_date_the_data_run_to_inside_an_aside_makes_no_plan_of_what_follows() -> None:
    text = (
        "2019年1月至10月，城区空气质量优良天数比例为92.8%(以省环保部门发布为准，数据累计到2019年10月)，"
        "有效天数总计304天，其中优良282天、重度污染2天。"
    )
    assert [(code, value) for code, value, *_ in _rows(text) if code != "days"] == [
        ("good_air_days_ratio", 92.8),
        ("good_air_days_count", 282.0),
        ("heavy_pollution_days_count", 2.0),
    ]


def test_a_plan_year_still_makes_targets_and_an_aim_in_brackets_stays_in_them() -> None:
    assert _rows("到2025年，全市PM2.5平均浓度控制在30微克/立方米以下。") == []
    text = "2020年，全市优良天数比例为80%(力争到2025年达到85%)，PM2.5平均浓度为30微克/立方米。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("good_air_days_ratio", 80.0),
        ("pm25_avg_concentration", 30.0),
    ]


def test_met_targets_of_a_year_are_no_plan_of_what_follows() -> None:
    text = (
        "2021年，劣Ⅴ类断面比例为1.2%，均达到2021年水质目标要求；"
        "876个地级以上城市在用集中式生活饮用水水源监测断面(点位)中，825个全年均达标，占94.2%。"
    )
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("worse_than_class_v_ratio", 1.2),
        ("drinking_water_source_compliance_ratio", 94.2),
    ]


def test_a_change_against_the_base_year_in_brackets_is_against_that_period_and_not_of_it() -> None:
    found = extract_text(
        "2020年，甲市优良天数率同比增加2.6个百分点。与基准年(2015年)同比，PM2.5平均浓度改善46.0%。"
    )[0]
    assert [(i.code, i.year, i.change.basis if i.change else None) for i in found] == [
        ("good_air_days_ratio", 2020, "yoy"),
        ("pm25_avg_concentration", 2020, "vs_period"),
    ]


def test_a_report_printed_twice_keeps_each_change_with_the_level_before_it() -> None:
    once = (
        "2020年市区空气质量优良天数共297天。\n"
        "市区二氧化硫、二氧化氮年平均浓度分别为10微克/立方米、28微克/立方米。\n"
        "与2019年相比，二氧化硫、二氧化氮年均浓度降幅分别为23.1%、6.7%，"  # cut off mid-sentence
    )
    expected = [
        ("good_air_days_count", 297.0, None, None, 2020),
        ("so2_avg_concentration", 10.0, "down", 23.1, 2020),
        ("no2_avg_concentration", 28.0, "down", 6.7, 2020),
    ]
    assert _rows(once) == expected
    assert _rows(once + "\n" + once) == expected


def test_a_national_network_named_with_the_air_is_no_water() -> None:
    text = (
        "2022年4月甲市国考空气质量排名情况\n"
        "排名 | 区县 | 优良率 | 综合指数 |\n1 | 东城区 | 100.00% | 3.33 |\n2 | 西城区 | 96.67% | 3.34 |\n"
    )
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("good_air_days_ratio", 100.0),
        ("air_quality_composite_index", 3.33),
        ("good_air_days_ratio", 96.67),
        ("air_quality_composite_index", 3.34),
    ]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("2023年，路边二氧化氮年均浓度为每立方米63微克，较前一年微跌2%。", "down"),
        ("2023年，路边二氧化氮年均浓度为每立方米63微克，较前一年微升2%。", "up"),
    ],
)
def test_a_small_rise_or_fall_is_a_change(text: str, direction: str) -> None:
    assert _rows(text) == [("no2_avg_concentration", 63.0, direction, 2.0, 2023)]


def test_points_go_past_an_aside_figure_to_the_percentage_before_it() -> None:
    text = "2022年，全市森林覆盖率达18.51%(按土地总面积6833平方公里计算)，同比上升了0.49个百分点。"
    assert [r for r in _rows(text) if r[0] != "area"] == [("forest_coverage", 18.51, "up", 0.49, 2022)]


def test_a_places_change_after_the_whole_provinces_figure_is_that_places() -> None:
    found = extract_text("2023年7月，全省O3浓度平均为109微克/立方米，同比下降6.8%，湘西州同比上升1.1%。")[0]
    assert [(i.code, i.value, i.region, i.change.direction if i.change else None) for i in found] == [
        ("o3_avg_concentration", 109.0, "全省", "down"),
        ("o3_avg_concentration", None, "湘西州", "up"),
    ]


def test_a_plan_periods_streak_before_a_change_is_no_place() -> None:
    text = "2020年，优良水质断面比例为89.4%，同比上升1.5个百分点，“十三五”以来实现“八连升”，累计上升21.6个百分点。"
    assert _rows(text) == [("surface_water_good_ratio", 89.4, "up", 1.5, 2020)]
