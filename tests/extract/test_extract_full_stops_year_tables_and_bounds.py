"""Forms written for these tests (twenty-first round): sentences ended with an ASCII full stop; a
place's table of years flattened one cell a line; a bound passed for the first time; a town's
rivers; a reef's cover by the sea; the share of sites named by the class they are in. Every
sentence and table is made up for the test."""

from __future__ import annotations

from scrapers.extract import extract_text
from scrapers.extract.page_noise import blank_page_noise
from tests.extract.figure_rows import figure_rows as _rows


def test_an_ascii_full_stop_ends_a_sentence_so_the_next_names_its_own_pollutant() -> None:
    text = "2019年，全市PM2.5年均浓度为37微克/立方米,同比持平.PM10年均浓度为61微克/立方米,同比下降1.6%."
    assert _rows(text) == [
        ("pm25_avg_concentration", 37.0, "flat", 0.0, 2019),
        ("pm10_avg_concentration", 61.0, "down", 1.6, 2019),
    ]


def test_an_ascii_full_stop_keeps_a_sentence_on_no_class_out_of_the_next_share() -> None:
    text = "2021年全县地表水水质保持稳定.无劣Ⅴ类断面.12个国控断面水质优良比例为91.7%."
    assert _rows(text) == [("surface_water_good_ratio", 91.7, None, None, 2021)]


def test_a_full_stop_is_read_as_one_only_where_no_decimal_or_list_number_can_be() -> None:
    assert blank_page_noise("占18.5%.全省") == "占18.5%。全省"
    assert blank_page_noise("比例为0.全省") == "比例为0。全省"
    assert blank_page_noise("1.全省优良天数比例为88.2%") == "1.全省优良天数比例为88.2%"
    assert blank_page_noise("浓度为十一.四微克") == "浓度为十一.四微克"
    assert blank_page_noise("平均优良天数.3天") == "平均优良天数.3天"
    assert blank_page_noise("详见www.example.cn...") == "详见www.example.cn..."


_YEAR_TABLE = (
    "表1 甲市环境空气质量状况\n|\n时间\n|\nSO2\n|\nNO2\n|\nPM10\n|\nCO\n|\n(第95百分位数)\n|\nO3_8h\n|\n"
    "(第90百分位数)\n|\nPM2.5\n|\n达标天数\n|\n有效天数\n|\n达标率\n|\nμg/m3\n|\nμg/m3\n|\nμg/m3\n|\n"
    "mg/m3\n|\nμg/m3\n|\nμg/m3\n|\n2019年\n|\n11\n|\n28\n|\n64\n|\n1.3\n|\n149\n|\n41\n|\n301\n|\n"
    "363\n|\n82.9%\n|\n2018年\n|\n14\n|\n30\n|\n70\n|\n1.5\n|\n152\n|\n45\n|\n290\n|\n362\n|\n80.1%"
)


def test_a_places_table_of_years_gives_each_years_figures_by_column() -> None:
    assert _rows(_YEAR_TABLE) == [
        ("so2_avg_concentration", 11.0, None, None, 2019),
        ("no2_avg_concentration", 28.0, None, None, 2019),
        ("pm10_avg_concentration", 64.0, None, None, 2019),
        ("o3_avg_concentration", 149.0, None, None, 2019),
        ("pm25_avg_concentration", 41.0, None, None, 2019),
        ("good_air_days_count", 301.0, None, None, 2019),
        ("good_air_days_ratio", 82.9, None, None, 2019),
        ("so2_avg_concentration", 14.0, None, None, 2018),
        ("no2_avg_concentration", 30.0, None, None, 2018),
        ("pm10_avg_concentration", 70.0, None, None, 2018),
        ("o3_avg_concentration", 152.0, None, None, 2018),
        ("pm25_avg_concentration", 45.0, None, None, 2018),
        ("good_air_days_count", 290.0, None, None, 2018),
        ("good_air_days_ratio", 80.1, None, None, 2018),
    ]


def test_a_table_of_years_cut_by_bars_on_each_line_reads_the_same() -> None:
    text = (
        "甲市历年空气质量\n"
        "| 年份 | PM2.5(μg/m3) | PM10(μg/m3) | CO(mg/m3) | 优良天数 | 有效天数 | 达标率 |\n"
        "| 2020年 | 38 | 66 | 1.2 | 300 | 366 | 82.0% |\n"
        "| 2021年 | 35 | 60 | 1.1 | 310 | 365 | 84.9% |\n"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 38.0, None, None, 2020),
        ("pm10_avg_concentration", 66.0, None, None, 2020),
        ("good_air_days_count", 300.0, None, None, 2020),
        ("good_air_days_ratio", 82.0, None, None, 2020),
        ("pm25_avg_concentration", 35.0, None, None, 2021),
        ("pm10_avg_concentration", 60.0, None, None, 2021),
        ("good_air_days_count", 310.0, None, None, 2021),
        ("good_air_days_ratio", 84.9, None, None, 2021),
    ]


def test_a_year_in_a_table_of_places_is_still_no_row() -> None:
    text = (
        "2023年各市空气质量\n| 城市 | PM2.5(μg/m3) | PM10(μg/m3) | 优良天数比例 |\n"
        "| 甲市 | 30 | 55 | 88.1% |\n| 乙市 | 33 | 61 | 85.2% |\n"
    )
    assert [(r[0], r[1], r[4]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 30.0, 2023),
        ("pm10_avg_concentration", 55.0, 2023),
        ("good_air_days_ratio", 88.1, 2023),
        ("pm25_avg_concentration", 33.0, 2023),
        ("pm10_avg_concentration", 61.0, 2023),
        ("good_air_days_ratio", 85.2, 2023),
    ]


def test_a_bound_reached_for_the_first_time_is_no_figure_and_leaves_it_the_change() -> None:
    text = "2023年，全省近岸海域优良水质面积比例为86.4%，首次达到85%以上，同比上升1.9个百分点。"
    assert _rows(text) == [("coastal_water_good_ratio", 86.4, "up", 1.9, 2023)]


def test_a_towns_rivers_after_its_drinking_sources_are_surface_water() -> None:
    text = (
        "2022年，全市4个集中式饮用水水源地水质达标率为100%。"
        "甲市城市内河Ⅰ类~Ⅲ类水质比例为62.5%，同比上升12.5个百分点。"
    )
    assert _rows(text) == [
        ("drinking_water_source_compliance_ratio", 100.0, None, None, 2022),
        ("surface_water_good_ratio", 62.5, "up", 12.5, 2022),
    ]


def test_a_reefs_cover_by_the_sea_is_no_share_of_good_sea_water() -> None:
    text = "全省近岸海域优良水质面积比例为91.3%。乙岛海域的珊瑚覆盖度为4.7%。"
    assert [r[:2] for r in _rows(text)] == [("coastal_water_good_ratio", 91.3), ("share", 4.7)]


def test_the_share_of_sites_in_the_worst_class_is_that_class_share() -> None:
    text = "2016年，全省监测断面中，有17.5%的断面为劣Ⅴ类水质。"
    assert _rows(text) == [("worse_than_class_v_ratio", 17.5, None, None, 2016)]


def test_a_bound_that_picks_out_the_places_counted_is_still_no_figure() -> None:
    text = "2016年，全省优良天数比例达到90%以上的城市为9个。"
    assert [r for r in _rows(text) if r[0] == "good_air_days_ratio"] == []


def test_places_after_a_change_with_bare_values_share_its_verb() -> None:
    text = "与2015年相比，甲地区PM2.5平均浓度下降了31.2%，乙地区24.5%，丙三角17.9%。"
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(text)] == [
        ("pm25_avg_concentration", None, "down", 31.2),
        ("pm25_avg_concentration", None, "down", 24.5),
        ("pm25_avg_concentration", None, "down", 17.9),
    ]


def test_a_gap_to_another_place_after_a_change_is_no_change_of_its_own() -> None:
    text = "2018年森林覆盖率上升至47.5%，比上年增长1.3个百分点，高于全省2个百分点。"
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(text)] == [("forest_coverage", 47.5, "up", 1.3)]


def test_what_a_figure_is_to_fall_by_is_an_aim() -> None:
    text = "第三个目标是甲区域,细颗粒物平均浓度要下降20%。到2025年，全市PM2.5浓度要比2020年下降10%。"
    assert _rows(text) == []


def test_a_places_table_of_months_gives_each_months_figures() -> None:
    text = (
        "2021年甲市空气质量月报\n| 月份 | PM2.5(μg/m3) | PM10(μg/m3) | 优良天数比例 |\n"
        "| 1月 | 52 | 77 | 71.0% |\n| 2月 | 41 | 66 | 82.1% |\n"
    )
    assert [(i.code, i.value, i.year, i.period) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 52.0, 2021, "1月"),
        ("pm10_avg_concentration", 77.0, 2021, "1月"),
        ("good_air_days_ratio", 71.0, 2021, "1月"),
        ("pm25_avg_concentration", 41.0, 2021, "2月"),
        ("pm10_avg_concentration", 66.0, 2021, "2月"),
        ("good_air_days_ratio", 82.1, 2021, "2月"),
    ]


def test_an_indicator_table_reads_a_share_row_and_a_change_in_points() -> None:
    text = (
        "乙市主要指标完成情况\n| 指标 | 2022年 | 2021年 | 同比变化 |\n"
        "| PM2.5(μg/m3) | 29 | 31 | -6.5% |\n| 优良天数比例(%) | 87.4 | 84.9 | +2.5个百分点 |\n"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 29.0, "down", 6.5, 2022),
        ("good_air_days_ratio", 87.4, "up", 2.5, 2022),
    ]


def test_a_table_of_places_by_year_under_a_captions_measure_gives_the_first_years_figure() -> None:
    text = (
        "表2 各市PM2.5浓度(μg/m3)\n| 城市 | 2022年 | 2021年 | 变化率 |\n"
        "| 甲市 | 28 | 31 | -9.7% |\n| 乙市 | 36 | 35 | 2.9% |\n"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 28.0, "down", 9.7, 2022),
        ("pm25_avg_concentration", 36.0, "up", 2.9, 2022),
    ]


def test_a_year_in_brackets_inside_a_comparison_is_the_year_compared_with() -> None:
    text = "清查结果显示，截止2016年，丙省森林覆盖率38.6%。与上次清查(2011年)结果相比，丙省森林覆盖率增加1.7个百分点。"
    assert _rows(text) == [("forest_coverage", 38.6, "up", 1.7, 2016)]


def test_class_ii_water_or_better_with_water_between_is_the_class_ii_share() -> None:
    text = "2021年，入境断面II类水以上比例为95%，全市Ⅲ类水以上断面比例为100%。"
    assert [r[:2] for r in _rows(text)] == [
        ("better_than_class_ii_ratio", 95.0),
        ("surface_water_good_ratio", 100.0),
    ]


def test_a_trophic_states_share_of_sections_is_no_good_share() -> None:
    text = "在丁湖支流40个监测断面中，以中营养状态断面为主，占57.5%，处于富营养状态的断面比例为30.0%。"
    assert [r[:2] for r in _rows(text)] == [("share", 57.5), ("share", 30.0)]


def test_flat_against_last_year_keeps_a_places_equal_figure_its_own() -> None:
    text = (
        "2022年各县市情况:\n"
        "甲县监测有效天数365天，优良天数352天，优良天数比例96.4%，与去年持平；\n"
        "乙市监测有效天数365天，优良天数352天，优良天数比例96.4%，同比上升0.8个百分点；"
    )
    assert [r for r in _rows(text) if r[0] == "good_air_days_ratio"] == [
        ("good_air_days_ratio", 96.4, "flat", 0.0, 2022),
        ("good_air_days_ratio", 96.4, "up", 0.8, 2022),
    ]


def test_a_change_right_after_a_places_figure_across_a_full_stop_is_that_figures() -> None:
    text = (
        "2022年,甲州大气环境质量总体良好。\n其他县市情况:\n"
        "东宁县监测有效天数366天，优良天数350天，优良天数比例95.6%，与去年持平；\n"
        "南平市监测有效天数366天，优良天数346天，优良天数比例94.5%，比去年上升2.1个百分点；\n"
        "北安市监测有效天数366天，优良天数346天，优良天数比例94.5%。同比下降0.7个百分点。"
    )
    assert [r for r in _rows(text) if r[0] == "good_air_days_ratio"] == [
        ("good_air_days_ratio", 95.6, "flat", 0.0, 2022),
        ("good_air_days_ratio", 94.5, "up", 2.1, 2022),
        ("good_air_days_ratio", 94.5, "down", 0.7, 2022),
    ]


def test_a_last_column_of_ranks_by_the_index_is_neither_the_index_nor_the_next_rows_rank() -> None:
    text = (
        "2024年11月各城区环境空气质量\n名称\n优良率(%)\n综合指数\n综合指数排名\n"
        "甲城区\n100.0\n2.81\n3\n乙城区\n96.7\n3.02\n5\n丙城区\n93.3\n3.40\n6"
    )
    assert [r[:2] for r in _rows(text)] == [
        ("good_air_days_ratio", 100.0),
        ("air_quality_composite_index", 2.81),
        ("good_air_days_ratio", 96.7),
        ("air_quality_composite_index", 3.02),
        ("good_air_days_ratio", 93.3),
        ("air_quality_composite_index", 3.4),
    ]


def test_the_largest_worsening_among_counties_written_with_their_kinds_is_that_countys_change() -> None:
    text = "3月份，细颗粒物浓度最低的县(市、区)是甲区，为26微克/立方米；同比恶化幅度最大的县(市、区)是乙县，为12.5%。"
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 26.0, None, None),
        ("pm25_avg_concentration", None, "up", 12.5),
    ]


def test_a_table_of_a_share_by_year_reads_the_first_years_share_and_its_change_in_points() -> None:
    text = (
        "表3 甲市2023年1-3月各县情况\n县城 |\n空气优良天数比率(%) | ||\n"
        "2023年 |\n2022年 |\n同比变化 | ||\n乙县 |\n97.8 |\n100 |\n-2.2 |\n"
        "丙县 |\n94.4 |\n94.4 |\n持平 |\n丁县 |\n91.1 |\n87.8 |\n+3.3 |"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 97.8, "down", 2.2, 2023),
        ("good_air_days_ratio", 94.4, None, None, 2023),
        ("good_air_days_ratio", 91.1, "up", 3.3, 2023),
    ]


def test_good_days_written_with_their_grade_word_head_a_column_of_days() -> None:
    text = (
        "乙省2016年8月主要城市空气质量\n名称 |\n优良级天数(天) |\n优良级天数比例(%) |\n"
        "甲市 |\n24 |\n77.4 |\n乙市 |\n28 |\n90.3 |"
    )
    assert [r[:2] for r in _rows(text)] == [
        ("good_air_days_count", 24.0),
        ("good_air_days_ratio", 77.4),
        ("good_air_days_count", 28.0),
        ("good_air_days_ratio", 90.3),
    ]


def test_the_other_end_of_a_remark_on_the_largest_improvement_is_that_places_change() -> None:
    text = "6月份，可吸入颗粒物同比改善幅度最大的是甲镇，为35.2%，最小的是乙镇，为2.6%；二氧化硫同比改善幅度最大的是丙街道，为40.0%。"
    assert [(r[0], r[2], r[3]) for r in _rows(text)] == [
        ("pm10_avg_concentration", "down", 35.2),
        ("pm10_avg_concentration", "down", 2.6),
        ("so2_avg_concentration", "down", 40.0),
    ]


def test_day_and_night_compliance_after_drinking_sources_is_noise_not_water() -> None:
    text = "2023年，全市集中式饮用水水源地水质达标率为100%。市中心城区功能区昼间达标率为97.5%，夜间达标率为91.7%。"
    assert [r[:2] for r in _rows(text)] == [
        ("drinking_water_source_compliance_ratio", 100.0),
        ("share", 97.5),
        ("share", 91.7),
    ]
