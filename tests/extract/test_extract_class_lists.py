"""Forms written for these tests (fourteenth round): water classes Ⅳ and Ⅴ named together, the good
classes listed one by one with 分别, a change in points after a count of one class's sections, the
values compared with listed in brackets, changes listed under words pointing back at the figures
before them, a 分别 list whose words name a measure no catalog code names, points opening a
paragraph, the two worst air grades together, days at 良 or better, days with AQI ≤ 100 in brackets,
values listed after the size of a change, lists of assessment targets, places after a list's
opening words, one value of a measure named only by context, a figure recomputed by another
standard, abbreviation glosses, a city's main urban area, the year a figure is better than, changes
of measures no code names, sections at class Ⅲ or better, black and odorous water, days the air met
the standard, clauses a page separated with spaces, bulleted place lists, a year in brackets after a
figure, an area named after its number, a rank between listed changes, a month-on-month change after a
year-on-year one a level took, spun fall verbs and worst class, a value glued to an unclosed bracket,
the ozone percentile, last month's value in brackets, 优、良 days, reservoirs listed as sources, a
date with digits glued on, and 本年."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text
from scrapers.extract.naming import canonical
from tests.extract.figure_rows import changes as _changes
from tests.extract.figure_rows import figures as _figures


def _codes(text: str) -> list[str]:
    return [code for code, _ in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "全省Ⅰ~Ⅲ类水质断面占71.5%；Ⅳ、Ⅴ类水质断面占22.4%；劣Ⅴ类断面占6.1%。",
        "全市Ⅰ~Ⅲ类断面占80.3%，Ⅳ和Ⅴ类断面占17.2%。",
        "有42个断面水质达到或优于五类标准，占84.0%。",
    ],
)
def test_sections_of_classes_four_and_five_are_not_the_good_share(text: str) -> None:
    figures = _figures(text)
    assert not any(
        code == "surface_water_good_ratio" and value in (22.4, 17.2, 84.0) for code, value in figures
    )


def test_the_good_range_beside_classes_four_and_five_is_still_the_good_share() -> None:
    assert ("surface_water_good_ratio", 71.5) in _figures(
        "全省Ⅰ~Ⅲ类水质断面占71.5%；Ⅳ、Ⅴ类水质断面占22.4%；劣Ⅴ类断面占6.1%。"
    )


def test_the_good_classes_listed_one_by_one_with_respectively_are_one_class_each() -> None:
    text = "全省526个地表水省控断面中，属于优良水质的Ⅰ、Ⅱ、Ⅲ类断面分别占12.5%、70.2%、9.9%，无劣Ⅴ类断面。"
    assert "surface_water_good_ratio" not in _codes(text)
    assert [v for c, v in _figures(text) if c == "share"] == [12.5, 70.2, 9.9]


def test_the_good_classes_listed_as_one_subject_are_still_the_good_share() -> None:
    assert ("surface_water_good_ratio", 88.6) in _figures("全市Ⅰ、Ⅱ、Ⅲ类水质断面比例为88.6%。")


def test_a_change_in_points_after_a_count_of_good_sections_is_the_good_shares() -> None:
    text = "流域监测的40个断面中，Ⅰ~Ⅲ类水质断面37个，同比上升7.5个百分点；Ⅳ~Ⅴ类断面3个，同比下降5.0个百分点。"
    items = extract_text(text)[0]
    count = next(i for i in items if i.code == "surface_water_good_count")
    assert count.value == 37.0 and count.change is None
    assert [(i.code, i.change.value) for i in items if i.is_change_only and i.change is not None] == [
        ("surface_water_good_ratio", 7.5),
        ("change", 5.0),
    ]


def test_a_change_in_points_after_a_count_of_the_worst_class_is_the_worst_classs_share() -> None:
    text = "全省劣Ⅴ类断面2个，同比下降1.5个百分点。"
    assert ("worse_than_class_v_ratio", None, "down", 1.5) in _changes(text)


def test_points_written_on_a_concentration_stay_with_it() -> None:
    assert ("pm25_avg_concentration", 31.0, "down", 2.4) in _changes(
        "全市PM2.5浓度为31微克/立方米，同比下降2.4个百分点。"
    )


def test_values_compared_with_listed_in_brackets_do_not_take_the_listed_changes() -> None:
    text = "6月，甲市PM10浓度均值为41μg/m3，PM2.5浓度均值为23μg/m3，较上年同期(52μg/m3、30μg/m3)分别下降21.2%、23.3%。"
    assert _changes(text) == [
        ("pm10_avg_concentration", 41.0, "down", 21.2),
        ("pm25_avg_concentration", 23.0, "down", 23.3),
    ]


@pytest.mark.parametrize(
    "pointer",
    ["这6项指标同比", "上述六项指标较上年同期", "以上各项指标同比"],
)
def test_changes_listed_under_words_pointing_back_go_to_the_figures_before_them(pointer: str) -> None:
    text = (
        "5月，SO2、NO2、PM10、PM2.5浓度均值分别为7、26、48、25微克/立方米，CO浓度为0.8毫克/立方米，"
        f"臭氧浓度为150微克/立方米；{pointer}分别下降12.5%、10.3%、14.3%、16.7%、11.1%、6.3%。"
    )
    changes = _changes(text)
    assert ("so2_avg_concentration", 7.0, "down", 12.5) in changes
    assert ("pm25_avg_concentration", 25.0, "down", 16.7) in changes
    assert ("o3_avg_concentration", 150.0, "down", 6.3) in changes
    assert not any(i.is_change_only for i in extract_text(text)[0])


def test_a_pointing_list_of_another_length_than_the_figures_is_left_as_it_is() -> None:
    text = "全市PM10浓度为48微克/立方米，PM2.5浓度为25微克/立方米；这3项指标同比分别下降14.3%、16.7%、5.0%。"
    items = extract_text(text)[0]
    assert all(i.change is None for i in items if not i.is_change_only)


def test_later_values_of_a_list_naming_its_own_measure_are_not_the_topics_figure() -> None:
    text = (
        "全市空气质量优良天数比例为92.6%。声环境方面，各类功能区昼间达标率分别为95.0%、87.5%、100%，"
        "夜间达标率分别为90.0%、75.0%、62.5%。"
    )
    assert [v for c, v in _figures(text) if c == "good_air_days_ratio"] == [92.6]


def test_points_opening_a_paragraph_go_to_the_share_the_paragraph_before_ended_on() -> None:
    text = "2022年全市空气质量优良率达到97.3%。\n\n同比上升1.4个百分点，PM2.5年均浓度为24微克/立方米。"
    changes = _changes(text)
    assert ("good_air_days_ratio", 97.3, "up", 1.4) in changes
    assert not any(code == "pm25_avg_concentration" for code, *_ in changes)


def test_points_after_a_paragraph_ending_on_a_concentration_stay_in_their_own_paragraph() -> None:
    text = "全市PM10浓度为45微克/立方米。\n\n同比下降1.2个百分点，优良天数比例为88.0%。"
    assert ("pm10_avg_concentration", 45.0) in _figures(text)
    assert not any(code == "pm10_avg_concentration" for code, *_ in _changes(text))


def test_heavy_and_severe_days_together_are_the_heavy_pollution_share() -> None:
    assert ("heavy_pollution_days_ratio", 0.7) in _figures(
        "一季度，全市“重度污染”与“严重污染”天数合计占比0.7%。"
    )


def test_heavy_and_severe_days_each_with_its_own_value_stay_apart() -> None:
    assert "重度及以上" not in canonical("全市重度污染和严重污染天数分别为4天和2天")
    assert "重度及以上" in canonical("全市重度污染和严重污染天数占比为1.6%")


def test_days_at_good_or_better_are_the_good_days_and_their_share_the_good_share() -> None:
    figures = _figures("2023年，全县空气质量达到“良”及以上的天数共338天，占全年的92.6%。")
    assert ("good_air_days_count", 338.0) in figures
    assert ("good_air_days_ratio", 92.6) in figures


def test_days_named_with_aqi_at_most_100_in_brackets_after_them_are_the_good_days_share() -> None:
    text = "112年中部空品區健康日數(AQI≤100)比率為85.3%，臺中市為86.1%。"
    assert [v for c, v in _figures(text) if c == "good_air_days_ratio"] == [85.3, 86.1]


def test_values_listed_after_the_size_of_a_change_are_changes_not_levels() -> None:
    text = (
        "全市20个区县中有16个PM10浓度较去年同期下降，其中下降幅度相对较大的是甲区(41微克/立方米)、"
        "乙区(37微克/立方米)；4个区县上升，上升幅度分别为丁区8微克/立方米、戊市5微克/立方米。"
    )
    assert "pm10_avg_concentration" not in _codes(text)


def test_a_level_after_naming_which_place_improved_most_is_still_a_level() -> None:
    assert ("pm25_avg_concentration", 30.0) in _figures("改善幅度最大的是甲市，PM2.5浓度为30微克/立方米。")


@pytest.mark.parametrize("opening", ["考核指标为：", "考核指标为，", "考核目标："])
def test_a_list_after_the_assessment_targets_holds_targets_only(opening: str) -> None:
    text = (
        f"2021年各县（区）空气质量{opening}甲县优良天数285天，PM2.5浓度为48微克/立方米；乙县优良天数300天。"
    )
    assert [c for c in _codes(text) if c != "count"] == []


def test_a_figure_after_an_assessment_target_that_was_met_is_a_figure() -> None:
    assert ("good_air_days_ratio", 88.1) in _figures("全市超额完成考核指标，优良天数比例为88.1%。")


def test_places_after_the_words_opening_a_list_take_the_lists_indicator() -> None:
    text = "2021年全省优良天数比例平均为96.3%，其中主要城市甲原、乙川优良天数比例分别为93.4%、97%。"
    assert [v for c, v in _figures(text) if c == "good_air_days_ratio"] == [96.3, 93.4, 97.0]


def test_one_value_of_two_measures_one_named_only_by_context_is_a_figure_of_each() -> None:
    text = "2022年6月，全市16个国控断面中15个达到Ⅲ类以上水质，优Ⅲ比例和达标率均为93.8%。"
    codes = [c for c, v in _figures(text) if v == 93.8]
    assert sorted(codes) == ["section_compliance_ratio", "surface_water_good_ratio"]


def test_a_figure_recomputed_by_another_standard_in_brackets_is_the_same_indicator() -> None:
    text = "2019年，全省城市空气质量达标天数比例为92.0%(按新标准计算为95.3%)，同比上升1.2个百分点。"
    assert ("good_air_days_ratio", 95.3) in _figures(text)
    assert ("good_air_days_ratio", 92.0, "up", 1.2) in _changes(text)


def test_an_abbreviation_gloss_joins_no_members_of_the_list_before_respectively() -> None:
    text = (
        "2017年，全市细颗粒物和可吸入颗粒物(以下分别简称PM2.5和PM10)的年平均浓度分别为48 微克/ 立方米和"
        "79 微克/ 立方米，比2016 年分别下降11.1% 和9.2%。"
    )
    changes = _changes(text)
    assert ("pm25_avg_concentration", 48.0, "down", 11.1) in changes
    assert ("pm10_avg_concentration", 79.0, "down", 9.2) in changes


def test_a_citys_main_urban_area_is_a_place_of_a_list() -> None:
    text = "甲市主城、乙市丙区、丁市戊区优良天数比例分别为96.8%、97.0%和98.5%。"
    assert [v for c, v in _figures(text) if c == "good_air_days_ratio"] == [96.8, 97.0, 98.5]


def test_the_year_a_figure_is_better_than_is_not_the_year_of_the_next_sentence() -> None:
    text = "2016年全市环境空气质量优良率为97.1%，优于2015年的96.4%。全市二氧化硫平均浓度为7μg/m3。"
    so2 = next(i for i in extract_text(text)[0] if i.code == "so2_avg_concentration")
    assert so2.year == 2016


def test_a_change_of_a_measure_no_code_names_takes_no_code_from_the_sentence_before() -> None:
    text = "全市二氧化硫年均浓度同比下降27.4%。中心城区的酸雨频率减少9.1%，降尘量下降12.0%。"
    assert [c for c, *_ in _changes(text)] == ["so2_avg_concentration", "change", "change"]


def test_a_change_of_survival_rates_does_not_go_to_the_forest_coverage_before_it() -> None:
    text = "全省森林覆盖率由40.1%提高到41.9%，造林成活率、保存率提高4个百分点以上。"
    forest = next(i for i in extract_text(text)[0] if i.code == "forest_coverage")
    assert forest.change is None or forest.change.value != 4.0


def test_sections_meeting_or_better_than_class_three_are_the_good_ones() -> None:
    text = (
        "2017年全省地表水120个监测断面中，除9个断流外，水质达到或优于Ⅲ类的61个，占55.0%；Ⅳ类的20个，占18.0%。"
    )
    assert [(c, v) for c, v in _figures(text) if v in (55.0, 18.0)] == [
        ("surface_water_good_ratio", 55.0),
        ("share", 18.0),
    ]


def test_the_compliance_of_cleaned_up_black_and_odorous_water_is_no_drinking_sources() -> None:
    text = "全区集中式饮用水水源地水质达标率100%。全区原有黑臭水体水质达标率95%。"
    assert ("drinking_water_source_compliance_ratio", 95.0) not in _figures(text)


def test_days_counted_right_after_the_air_met_the_standard_are_the_good_days() -> None:
    assert ("good_air_days_count", 296.0) in _figures("2019年，全市空气质量达标296天，同比增加17天。")


def test_clauses_a_page_separated_with_spaces_keep_their_own_changes() -> None:
    text = (
        "工作回顾 · 大气 2023年全市PM2.5年均浓度为33.1微克/立方米 比2020年下降12% 优良天数比例为84.1% "
        "· 水环境 2023年全市国考断面水质优良比例为91.2% 较2020年提高9.8个百分点 无劣V类断面 "
        "2024年1-10月 国考断面水质优良比例为92.0% 同比提高1.6个百分点"
    )
    changes = _changes(text)
    assert ("surface_water_good_ratio", 91.2, "up", 9.8) in changes
    assert ("surface_water_good_ratio", 92.0, "up", 1.6) in changes
    assert not any(code == "good_air_days_ratio" for code, *_ in changes)
    assert "worse_than_class_v_ratio" not in _codes(text)


def test_a_spaced_headline_with_one_figure_is_still_a_headline_of_the_body() -> None:
    text = "本报讯 2023年4月20日\n全市优良天数比例86.1% 同比上升2.2个百分点\n一季度\n全市优良天数比例为86.1%，同比上升2.2个百分点。"
    assert [v for c, v in _figures(text) if c == "good_air_days_ratio"] == [86.1]


def test_places_of_a_bulleted_line_take_the_lists_indicator() -> None:
    text = "- 甲山、乙川、丙原三市森林覆盖率分别为61.79%、65%、67.56%，全域覆盖度高。"
    assert [v for c, v in _figures(text) if c == "forest_coverage"] == [61.79, 65.0, 67.56]


def test_a_year_in_brackets_right_after_a_figure_is_its_year() -> None:
    text = "截至2022年，全省森林覆盖率达44%以上。\n- 甲岭段森林覆盖率达80%(2023年)，目标为85%以上。"
    forest = [i for i in extract_text(text)[0] if i.code == "forest_coverage" and i.value == 80.0]
    assert [i.year for i in forest] == [2023]


def test_an_area_named_right_after_its_number_is_that_area() -> None:
    assert ("eco_redline_area", 2.4) in _figures("全区严格划定2.4万平方千米生态保护红线。")


def test_a_rank_between_listed_changes_is_no_bare_number_that_takes_the_next_change() -> None:
    text = "全省PM2.5平均浓度同比下降12.0%。其中，甲市下降23.1%、排名第1，乙市下降18.4%、排名第4。"
    assert [c for c, *_ in _changes(text)] == ["pm25_avg_concentration"] * 3


def test_a_month_on_month_change_after_a_yoy_change_a_level_took_is_no_item() -> None:
    text = (
        "9月全市环境空气平均优良天数率为92.1%。按照综合指数评价，环境空气质量由好到差依次为："
        "甲县、乙县、丙区、丁区、戊市。\n\n同比、环比情况：\n\n"
        "全市环境空气平均优良天数率同比下降1.8个百分点，环比上升9.7个百分点。"
    )
    items = extract_text(text)[0]
    assert not any(i.is_change_only and i.change is not None and i.change.value == 9.7 for i in items)


def test_a_spun_fall_verb_inside_a_list_of_changes_is_a_fall() -> None:
    text = "2022年，可吸入颗粒物(PM10)、二氧化氮(NO2)浓度别离为48、19微克/立方米，同比别离降落12.5%、15%。"
    changes = _changes(text)
    assert ("pm10_avg_concentration", 48.0, "down", 12.5) in changes
    assert ("no2_avg_concentration", 19.0, "down", 15.0) in changes


def test_the_worst_class_spun_to_a_synonym_is_the_worst_class() -> None:
    assert ("worse_than_class_v_ratio", 3.4) in _figures(
        "2019年，全国地表水差Ⅴ类断面比例为3.4%，同比上升1.1个百分点。"
    )


def test_a_pollutants_value_glued_to_its_unclosed_bracket_is_read() -> None:
    text = "1月，我县环境空气中可吸入颗粒物(PM1052微克/立方米；二氧化硫(SO29微克/立方米；细颗粒物(PM2.527微克/立方米。"
    figures = _figures(text)
    assert ("pm10_avg_concentration", 52.0) in figures
    assert ("so2_avg_concentration", 9.0) in figures
    assert ("pm25_avg_concentration", 27.0) in figures


def test_the_ozone_percentile_in_brackets_is_part_of_its_name() -> None:
    text = (
        "8月份，PM10平均浓度52微克/立方米、PM2.5平均浓度31微克/立方米、臭氧8小时(90%)浓度171微克/立方米，"
        "综合指数为3.67。与去年同期相比，PM10平均浓度下降4.3%，臭氧8小时(90%)浓度下降7.4%。"
    )
    figures = _figures(text)
    assert ("o3_avg_concentration", 171.0, "down", 7.4) in _changes(text)
    assert ("pm25_avg_concentration", 171.0) not in figures
    assert ("share", 90.0) not in figures


def test_the_value_compared_with_last_month_in_brackets_is_no_figure() -> None:
    text = "9月，全市饮用水水源地水质达标率为100%，水质达标率与上月(97.9%)相比有所上升。"
    assert [v for c, v in _figures(text) if c == "drinking_water_source_compliance_ratio"] == [100.0]


def test_the_good_and_fine_grades_written_apart_are_the_good_days() -> None:
    assert ("good_air_days_count", 308.0) in _figures(
        "2021年，全市空气质量优、良天数为308天，优良天数比例为84.4%。"
    )


def test_reservoirs_listed_in_brackets_of_drinking_sources_are_no_lake_figure() -> None:
    text = "全市城区饮用水水源地(甲水库、乙水库)及县级饮用水水源地(丙水库)水质达标率均为100%。"
    assert _codes(text) == ["drinking_water_source_compliance_ratio"]


def test_a_zero_padded_date_with_digits_glued_on_still_dates_the_page() -> None:
    text = "来源：网络 2021-08-27309 阅读\n据统计，今年1月至7月，全市PM2.5平均浓度为29微克/立方米。"
    assert [i.year for i in extract_text(text)[0] if i.code == "pm25_avg_concentration"] == [2021]


def test_this_year_written_as_ben_nian_after_a_dateline_is_the_datelines_year() -> None:
    text = (
        "发布时间：2021-09-26\n2020年全市PM2.5年均浓度为30微克/立方米。"
        "本年8月份，全市细颗粒物(PM2.5)月均浓度为21微克/立方米。"
    )
    years = {i.value: i.year for i in extract_text(text)[0] if i.code == "pm25_avg_concentration"}
    assert years == {30.0: 2020, 21.0: 2021}
