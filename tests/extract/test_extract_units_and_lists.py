"""Forms written for these tests (twelfth round): measure words and units the scanner did not
know (段, 站, 株, 尾, 户, 米, 千瓦时, 分贝 …), counts of people in 万 without 人, the done ones of a
count, a 分别 list whose members share one measure, what 达标 means when a class defines it, a
spinner's water words, the bound that picks out counted places, and a change after a count whose
words name a pollutant."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text
from tests.extract.figure_rows import figure_rows as _rows


def _all(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    """(code, value, written unit, value_base) of every figure, generic counts included."""
    return [(i.code, i.value, i.unit, i.value_base) for i in extract_text(text)[0]]


@pytest.mark.parametrize(
    ("text", "value", "unit", "base"),
    [
        ("全县31段河道中已有27段完成清淤。", 27.0, "段", 27.0),
        ("全市空气自动监测站由8站增加到13站。", 13.0, "站", 13.0),
        ("春季义务植树640万株。", 640.0, "万株", 6_400_000.0),
        ("向长江增殖放流鱼苗2300万尾。", 2300.0, "万尾", 23_000_000.0),
        ("农村改厕惠及4100余户。", 4100.0, "户", 4100.0),
        ("监测到越冬水鸟52种、1.3万只。", 1.3, "万只", 13_000.0),
        ("全年核发排污许可证870张。", 870.0, "张", 870.0),
    ],
)
def test_a_number_with_a_measure_word_the_scanner_knows_now_is_a_count(
    text: str, value: float, unit: str, base: float
) -> None:
    assert ("count", value, unit, base) in _all(text)


@pytest.mark.parametrize(
    "text",
    [
        "一段时间以来，甲县持续开展巡河。",
        "甲县一种模式、一张蓝图干到底。",
        "甲县分3批开展排查，第2批已结束。",
    ],
)
def test_measure_words_that_open_common_words_or_say_how_a_thing_was_done_count_nothing(text: str) -> None:
    assert [row for row in _all(text) if row[0] == "count"] == []


@pytest.mark.parametrize(
    ("text", "code", "value", "base"),
    [
        ("新建滨河步道3.6万米。", "length", 3.6, 36.0),
        ("全年光伏发电量7.2亿千瓦时。", "energy", 7.2, 720_000_000.0),
        ("新增风电装机容量45万千瓦。", "power", 45.0, 450_000.0),
        ("城区昼间区域声环境平均等效声级为53.7分贝。", "sound_level", 53.7, 53.7),
        ("道路交通夜间平均等效声级为61.2dB(A)。", "sound_level", 61.2, 61.2),
    ],
)
def test_lengths_in_metres_electricity_capacity_and_sound_levels_are_generic_figures(
    text: str, code: str, value: float, base: float
) -> None:
    rows = [row for row in _all(text) if row[0] == code]
    assert len(rows) == 1
    assert rows[0][1] == value
    assert rows[0][3] == pytest.approx(base)


def test_a_count_of_people_in_wan_without_ren_is_a_count_of_persons() -> None:
    rows = _all("项目带动3.4万农民就业，惠及28万居民。")
    assert [(code, value, unit, base) for code, value, unit, base in rows] == [
        ("count", 3.4, "万人", 34_000.0),
        ("count", 28.0, "万人", 280_000.0),
    ]


def test_the_done_ones_of_a_count_just_stated_are_problems_resolved() -> None:
    rows = _all("督察交办群众举报问题640个，已完成598个。")
    assert ("problems_resolved_count", 598.0, "个", 598.0) in rows


def test_a_member_of_a_respectively_list_takes_the_measure_the_last_member_names() -> None:
    text = "2022年，甲省建设用地和受污染耕地安全利用率分别为98%、93.5%，农村生活污水治理率达41.2%。"
    assert _rows(text) == [
        ("contaminated_land_safe_use_ratio", 98.0, None, None, 2022),
        ("contaminated_farmland_safe_use_ratio", 93.5, None, None, 2022),
        ("share", 41.2, None, None, 2022),
    ]


def test_a_bound_before_a_concentration_that_picks_out_counted_cities_is_no_figure() -> None:
    text = "2020年5月，甲省41个城市中有36个城市PM2.5月均浓度低于(含)35微克/立方米。"
    assert [row for row in _rows(text) if row[0] == "pm25_avg_concentration"] == []


def test_compliance_defined_as_class_three_is_the_good_share_and_a_plain_one_stays() -> None:
    assert _rows("2010年5月，甲省达标河段(符合Ⅲ类标准)占61.3%。") == [
        ("surface_water_good_ratio", 61.3, None, None, 2010)
    ]
    assert _rows("2010年5月，甲省考核断面水质达标率为88.4%。") == [
        ("section_compliance_ratio", 88.4, None, None, 2010)
    ]


def test_a_spinners_water_words_read_as_the_good_share_and_its_change() -> None:
    text = "2019年，甲省地表水国考断面水质优秀(Ⅰ~Ⅲ类)份额91.11%，甲湖点位水质优秀份额12.5%。"
    assert _rows(text) == [
        ("surface_water_good_ratio", 91.11, None, None, 2019),
        ("lake_reservoir_good_ratio", 12.5, None, None, 2019),
    ]
    spun = (
        "2018年前8月，甲市、乙市PM10均匀浓度别离为31微克/立方米、36微克/立方米，上升份额别离为14.0%、9.1%。"
    )
    assert _rows(spun) == [
        ("pm10_avg_concentration", 31.0, "up", 14.0, 2018),
        ("pm10_avg_concentration", 36.0, "up", 9.1, 2018),
    ]


def test_a_coastal_functional_zone_rate_is_no_good_share_and_classes_one_and_two_are() -> None:
    text = "2013年，甲省9个近岸海域环境功能区达标率为75.0%；Ⅰ类、Ⅱ类海水面积之和占比为88.2%。"
    assert _rows(text) == [
        ("share", 75.0, None, None, 2013),
        ("coastal_water_good_ratio", 88.2, None, None, 2013),
    ]


def test_the_share_of_polluted_reaches_after_the_good_share_is_a_plain_share() -> None:
    text = "11月，甲省40个重点河段中水质达到Ⅲ类的河段数有30个，占评价河段的75%，污染河段为10个，占评价河段的25%。"
    shares = [(code, value) for code, value, *_ in _rows(text)]
    assert ("share", 25.0) in shares
    assert ("surface_water_good_ratio", 25.0) not in shares


def test_a_change_after_a_pollutant_named_past_a_count_or_ending_in_a_digit_is_that_pollutants() -> None:
    assert _rows("2019年1-6月，六项污染指标中可吸入颗粒物(PM 10 ),同比下降15.5%。") == [
        ("pm10_avg_concentration", None, "down", 15.5, 2019)
    ]
    assert _rows("2019年1-6月，下降幅度最大的为NO 2 ,同比下降9.7%。") == [
        ("no2_avg_concentration", None, "down", 9.7, 2019)
    ]


def test_a_revised_figure_is_a_level_and_a_revised_standard_is_not() -> None:
    assert _rows("2018年甲区森林覆盖率修订为61.37%。") == [("forest_coverage", 61.37, None, None, 2018)]
    assert _rows("2012年国家标准将PM10年均浓度限值修订为70微克/立方米。") == []


def test_days_meeting_grade_two_are_good_days_and_tap_water_hygiene_is_no_source_compliance() -> None:
    assert _rows("甲县县城空气质量2016年达到二级标准天数达98.9%。") == [
        ("good_air_days_ratio", 98.9, None, None, 2016)
    ]
    assert _rows("2016年，甲县村镇饮用水卫生合格率达97%。") == [("share", 97.0, None, None, 2016)]


def test_a_report_title_naming_its_year_dates_the_figures_past_a_later_publication_date() -> None:
    text = (
        "2021年甲市环境保护情况\n\n信息来源:甲市政府网 日期:2022-03-15\n\n"
        "  全年市中心城区空气质量优良天数为306天，优良率为83.8%。"
    )
    assert _rows(text) == [
        ("good_air_days_count", 306.0, None, None, 2021),
        ("good_air_days_ratio", 83.8, None, None, 2021),
    ]


def test_days_over_the_standard_and_their_pollutants_are_no_good_days() -> None:
    text = "2014年，甲市城区空气达标天数为338天。全年27天超标，其中21天超标污染物为细颗粒物，6天为二氧化硫。"
    assert _rows(text) == [
        ("good_air_days_count", 338.0, None, None, 2014),
        ("days", 27.0, None, None, 2014),
        ("days", 21.0, None, None, 2014),
        ("days", 6.0, None, None, 2014),
    ]


def test_a_headline_bound_over_the_articles_exact_figure_is_the_same_figure() -> None:
    text = (
        "甲省空气质量持续向好 甲市优良比例超过86%\n2015年，甲市AQI优良天数比例为86.3%，同比提高2.5个百分点。"
    )
    assert _rows(text) == [("good_air_days_ratio", 86.3, "up", 2.5, 2015)]


def test_a_lead_figure_restated_for_the_monitored_network_below_is_counted_once() -> None:
    text = (
        "2021年，全省地表水优良率达91.4%。\n全省130个地表水国考断面水质优良率为91.4%，同比上升1.6个百分点。"
    )
    assert _rows(text) == [("surface_water_good_ratio", 91.4, "up", 1.6, 2021)]


def test_lakes_written_with_a_bracket_and_rivers_flowing_into_the_sea_are_their_own_bodies() -> None:
    text = (
        "2016年，全省70个地表水监测断面中88.6%达到Ⅲ类及以上水质类别；湖(库)监测垂线中75%达到Ⅲ类及以上"
        "水质类别；近岸海域水质优良比例为82.0%，独流入海河流水质优良比例为71.4%。"
    )
    assert _rows(text) == [
        ("surface_water_good_ratio", 88.6, None, None, 2016),
        ("lake_reservoir_good_ratio", 75.0, None, None, 2016),
        ("coastal_water_good_ratio", 82.0, None, None, 2016),
        ("surface_water_good_ratio", 71.4, None, None, 2016),
    ]


def test_a_share_of_the_years_task_done_is_task_completion_and_not_a_target() -> None:
    text = "2021年，全县企业污水入网工程完成年度目标任务的112.4%；占市下达的受污染耕地安全利用目标任务的96%。"
    assert _rows(text) == [
        ("task_completion_ratio", 112.4, None, None, 2021),
        ("task_completion_ratio", 96.0, None, None, 2021),
    ]


def test_places_counted_without_a_measure_word_are_counts() -> None:
    rows = _all("全县11乡镇全部建成污水处理设施，全市4区2县均完成任务。")
    assert [(value, unit) for code, value, unit, _ in rows if code == "count"] == [
        (11.0, "乡镇"),
        (4.0, "区"),
        (2.0, "县"),
    ]


def test_a_taiwan_project_is_a_project() -> None:
    assert ("project_count", 36.0, "件", 36.0) in _all("推動空污改善專案36件。")


def test_an_aside_after_a_comparison_with_a_year_keeps_the_year_after_it() -> None:
    text = (
        "与2016年相比（按2016年有数据的120个城市统计），这些城市PM2.5年均浓度平均下降8.1%。"
        "甲市PM2.5年平均浓度为61.2微克/立方米，相较2016年降低了4.4%。"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", None, "down", 8.1, 2017),
        ("pm25_avg_concentration", 61.2, "down", 4.4, 2017),
    ]


def test_one_character_says_which_way_after_a_comparison_with_a_year() -> None:
    text = "2021年路边PM2.5年均浓度达每立方米23微克，较2020年升8%；NO2年均浓度比2020年降11%。"
    assert _rows(text) == [
        ("pm25_avg_concentration", 23.0, "up", 8.0, 2021),
        ("no2_avg_concentration", None, "down", 11.0, 2021),
    ]


def test_taiwans_air_quality_index_under_100_and_a_lowercased_aqi_are_good_days_shares() -> None:
    assert _rows("2022年空气品质指标小于100的日数比例为93.4%。") == [
        ("good_air_days_ratio", 93.4, None, None, 2022)
    ]
    assert _rows("2019年1-10月，甲地区aqi达标率为86.1%。") == [
        ("good_air_days_ratio", 86.1, None, None, 2019)
    ]


def test_sections_meeting_their_functional_class_are_section_compliance() -> None:
    assert _rows("2017年，全省90.4%的断面水质达到水环境功能类别。") == [
        ("section_compliance_ratio", 90.4, None, None, 2017)
    ]


def test_a_table_with_rank_change_columns_keeps_its_columns_and_reads_improvement_as_a_fall() -> None:
    text = (
        "2021年5月各设区市空气质量\n"
        "城市 | 优良天数比例（%） | 同比变化（百分点） | 排名变化 | PM2.5浓度（微克/立方米） "
        "| 改善幅度（%） | 排名变化 |\n"
        "甲市 | 81.2 | 6.4 | 退2 | 41 | 8.9 | 进1 |\n"
        "乙市 | 93.5 | -1.2 | 持平 | 29 | -3.6 | 退1 |\n"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 81.2, "up", 6.4, 2021),
        ("pm25_avg_concentration", 41.0, "down", 8.9, 2021),
        ("good_air_days_ratio", 93.5, "down", 1.2, 2021),
        ("pm25_avg_concentration", 29.0, "up", 3.6, 2021),
    ]


def test_the_unit_written_around_the_number_is_the_same_unit() -> None:
    text = "2021年路边PM2.5年均浓度达每立方米24微克，较2020年降4%。"
    assert _rows(text) == [("pm25_avg_concentration", 24.0, "down", 4.0, 2021)]


def test_a_text_layer_that_spaces_numbers_from_words_keeps_the_years_of_comparisons() -> None:
    text = "甲省环境状况公报\n\n与 2017 年相比，2018 年全省PM 2.5平均浓度下降 7.6%。由每立方米 53 微克降至 49 微克。"
    rows = _rows(text)
    assert rows[0] == ("pm25_avg_concentration", None, "down", 7.6, 2018)
    assert ("pm25_avg_concentration", 49.0) in [(code, value) for code, value, *_ in rows]


def test_a_line_break_inside_a_listed_number_joins_the_number() -> None:
    text = "2014年，甲市、乙市、丙市空气质量达标天数比例分别为88.5%、71.2%、9\n4.3%。"
    assert [value for _, value, *_ in _rows(text)] == [88.5, 71.2, 94.3]


def test_the_indicator_that_changed_most_named_before_its_change_is_that_indicators() -> None:
    assert _rows("2018年改善幅度最大的是二氧化硫，平均浓度减少了12.6%。") == [
        ("so2_avg_concentration", None, "down", 12.6, 2018)
    ]
    assert _rows("2018年上升幅度最大的是路边监测站臭氧年均浓度，达27%。") == [
        ("o3_avg_concentration", None, "up", 27.0, 2018)
    ]


def test_a_reservoirs_compliance_rate_is_no_good_share_and_its_good_range_rate_is() -> None:
    text = "2022年，全区大中型水库水质达标率为95%；湖库Ⅰ~Ⅲ类水质达标率为80%。"
    assert _rows(text) == [
        ("share", 95.0, None, None, 2022),
        ("lake_reservoir_good_ratio", 80.0, None, None, 2022),
    ]


def test_a_respectively_list_of_places_with_one_value_gives_each_place_that_value() -> None:
    one = [
        (i.code, i.value, i.region)
        for i in extract_text("2019年，甲市和乙市PM2.5平均浓度分别为31微克/立方米。")[0]
    ]
    assert one == [("pm25_avg_concentration", 31.0, "甲市"), ("pm25_avg_concentration", 31.0, "乙市")]
    two = [
        (i.value, i.region)
        for i in extract_text("2019年，甲市和乙市PM2.5平均浓度分别为31、36微克/立方米。")[0]
    ]
    assert two == [(31.0, "甲市"), (36.0, "乙市")]
