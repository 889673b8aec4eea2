"""Forms of round 6 (sentences written for these tests): a change named by its size and its
place, lists of changes without 分别, a remark closing a list of places, shares written before
their subject, and class bounds a few words before their class."""

from __future__ import annotations

from scrapers.extract import extract_text
from scrapers.extract.naming import match_code


def _items(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [
        (i.code, i.value, i.region, None if i.change is None else f"{i.change.direction} {i.change.value:g}")
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def test_the_largest_improvement_and_the_only_worsening_are_changes_of_the_headings_pollutant() -> None:
    text = (
        "三、细颗粒物(PM2.5)\n细颗粒物浓度最好的城市是甲市，为31μg/m3；"
        "同比改善幅度最大的城市是乙市，为39.1%；同比恶化的城市仅有丙市，为7.1%。"
    )
    assert _items(text) == [
        ("pm25_avg_concentration", 31.0, "甲市", None),
        ("pm25_avg_concentration", None, "乙市", "down 39.1"),
        ("pm25_avg_concentration", None, "丙市", "up 7.1"),
    ]


def test_the_largest_fall_after_a_figure_is_a_change_of_that_figures_indicator() -> None:
    text = "全省PM2.5平均浓度为39微克/立方米，同比下降5.2%。其中，降幅最大的是甲市，为24.4%。"
    assert _items(text)[1] == ("pm25_avg_concentration", None, "甲市", "down 24.4")


def test_improving_a_good_days_ratio_is_a_rise() -> None:
    text = "全省优良天数比例为85.4%。其中，改善幅度最大的是甲市，为5.8%。"
    assert _items(text)[1] == ("good_air_days_ratio", None, "甲市", "up 5.8")


def test_as_many_changes_as_listed_pollutants_are_one_each_without_fen_bie() -> None:
    text = "2022年，PM2.5、PM10、NO2年均浓度同比下降9.4%、2.1%、11.8%。"
    assert [(code, change) for code, _, _, change in _items(text)] == [
        ("pm25_avg_concentration", "down 9.4"),
        ("pm10_avg_concentration", "down 2.1"),
        ("no2_avg_concentration", "down 11.8"),
    ]


def test_a_later_list_of_changes_goes_to_the_figures_of_an_earlier_paragraph() -> None:
    text = (
        "2022年甲市PM2.5年均浓度下降至30微克/立方米；PM10、NO2年均浓度分别为54微克/立方米、23微克/立方米。"
        "\n\n主任介绍，2022年，PM2.5、PM10、NO2年均浓度同比下降9.4%、2.1%、11.8%，SO2保持低位。"
    )
    assert [(code, value, change) for code, value, _, change in _items(text)] == [
        ("pm25_avg_concentration", 30.0, "down 9.4"),
        ("pm10_avg_concentration", 54.0, "down 2.1"),
        ("no2_avg_concentration", 23.0, "down 11.8"),
    ]


def test_one_change_after_a_list_of_pollutants_is_not_split_among_them() -> None:
    text = "全市PM2.5、PM10浓度同比下降9.4%。"
    assert [change for *_, change in _items(text)] == ["down 9.4", "down 9.4"]


def test_a_remark_on_the_change_closing_a_list_of_places_is_not_a_place() -> None:
    text = "12个城市PM2.5浓度同比下降，其中甲州和乙北降幅明显，分别同比下降24.4%和17.1%。"
    assert _items(text) == [
        ("pm25_avg_concentration", None, "甲州", "down 24.4"),
        ("pm25_avg_concentration", None, "乙北", "down 17.1"),
    ]


def test_a_share_written_before_its_subject_is_the_share_of_that_subject() -> None:
    text = "在监测的64个河段和9个湖库中，91.2%的河段和7个湖库水质达到或优于国家地表水Ⅲ类标准。"
    assert _items(text) == [("surface_water_good_ratio", 91.2, None, None)]


def test_a_share_of_a_level_or_of_a_target_is_not_read_from_after_it() -> None:
    assert _items("全省优良天数比例保持在90%的水平。") == [("good_air_days_ratio", 90.0, "全省", None)]
    assert _items("全年完成了80%的年度目标任务。") == []


def test_a_class_iii_bound_is_the_good_water_share_not_the_class_ii_one() -> None:
    assert match_code("国控断面水质达到Ⅲ类及以上", "percent") == "surface_water_good_ratio"
    assert match_code("Ⅱ类及以上水质比例", "percent") == "better_than_class_ii_ratio"
    assert match_code("水质优于国家地表水Ⅲ类标准的断面比例", "percent") == "surface_water_good_ratio"
    assert match_code("Ⅲ类水质断面比例", "percent") != "surface_water_good_ratio"


def _years(text: str) -> list[tuple[str, float | None, int | None]]:
    return [(i.code, i.value, i.year) for i in extract_text(text)[0] if i.code != "count"]


def test_values_listed_over_a_range_of_years_take_one_year_each() -> None:
    assert _years("2013-2017年，甲市空气重污染天数分别为61、52、44、37、20天。") == [
        ("heavy_pollution_days_count", 61.0, 2013),
        ("heavy_pollution_days_count", 52.0, 2014),
        ("heavy_pollution_days_count", 44.0, 2015),
        ("heavy_pollution_days_count", 37.0, 2016),
        ("heavy_pollution_days_count", 20.0, 2017),
    ]


def test_values_listed_over_a_list_of_years_take_one_year_each() -> None:
    assert [
        year for *_, year in _years("2019、2020、2021年，全市PM2.5平均浓度分别为40、35、30微克/立方米。")
    ] == [
        2019,
        2020,
        2021,
    ]


def test_a_year_written_after_the_range_is_the_lists_year() -> None:
    text = "2013-2017年间持续改善，2017年全市PM2.5和PM10平均浓度分别为40、65微克/立方米。"
    assert [year for *_, year in _years(text)] == [2017, 2017]


def test_days_meeting_the_standard_are_good_air_days() -> None:
    assert _years("2013年达标天数为176天，2017年达标天数为226天。") == [
        ("good_air_days_count", 176.0, 2013),
        ("good_air_days_count", 226.0, 2017),
    ]
    assert _years("空气质量优良天比率达85.5%。") == [("good_air_days_ratio", 85.5, None)]


def test_the_figures_above_restated_for_another_period_are_not_figures() -> None:
    text = "10月份，13个城市平均达标天数比例为37.5%，平均超标天数比例为63.1%，而9月份上述数据分别为41.2%、59.4%。"
    assert [value for _, value, _ in _years(text)] == [37.5, 63.1]


def test_a_spun_page_reads_like_the_text_it_was_spun_from() -> None:
    text = (
        "11个设区都会PM2。5浓度均匀为17微克/立方米，同比降落12。4%。"
        "11个设区都会AQI精良率规模为64。2%~100%，个中甲市和乙市抵达100%，均匀为86。7%。"
    )
    assert [(i.code, i.value) for i in extract_text(text)[0] if i.code != "count"] == [
        ("pm25_avg_concentration", 17.0),
        ("good_air_days_ratio", 100.0),
        ("good_air_days_ratio", 86.7),
    ]
    assert extract_text(text)[0][1].change is not None


def test_a_full_stop_between_digits_is_a_decimal_point_only_inside_a_figure() -> None:
    (pm,) = [i for i in extract_text("全市PM2.5平均浓度为30。8微克/立方米。")[0]]
    assert pm.value == 30.8
    values = [
        i.value for i in extract_text("全市优良天数为300天。2021年全市PM2.5平均浓度为30微克/立方米。")[0]
    ]
    assert values == [300.0, 30.0]


def test_a_city_said_to_have_worsened_by_a_share_has_a_change_of_the_last_named_indicator() -> None:
    text = "综合指数最好的城市是甲市，为4.54。16市同比改善，改善幅度最大的城市是乙市，为27.1%；丙市同比恶化，为2.0%。"
    assert _items(text)[1:] == [
        ("air_quality_composite_index", None, "乙市", "down 27.1"),
        ("air_quality_composite_index", None, "丙市", "up 2"),
    ]


def test_what_a_plan_would_hold_a_ratio_within_is_a_target() -> None:
    assert _items("“十四五”期间，计划重污染天数比例控制在1.8%以内，臭氧浓度力争下降10%。") == []


def test_a_share_of_a_plan_is_still_a_figure() -> None:
    assert [value for _, value, _, _ in _items("完成的工程分别占冬春计划的75%、98%。")] == [75.0, 98.0]


def _catalog(text: str) -> list[tuple[str, float | None]]:
    return [
        (i.code, i.value) for i in extract_text(text)[0] if i.code not in ("count", "share", "concentration")
    ]


def test_forecasts_requirements_and_aims_for_a_year_are_targets() -> None:
    assert _catalog("预计全年PM2.5平均浓度可降至30微克/立方米左右。") == []
    assert _catalog("要求各地集中式饮用水水源地水质达标率保持100%。") == []
    assert _catalog("争取2024年优良天数比例达到85%。") == []
    assert _catalog("拟于2025年前实现森林覆盖率达到45%。") == []


def test_a_gap_to_an_average_is_not_a_level() -> None:
    assert _catalog("全市PM2.5浓度比全国平均低5.5微克/立方米。") == []


def test_the_same_words_in_a_report_leave_its_figures_alone() -> None:
    assert _catalog("按照国家要求，全市PM2.5平均浓度为30微克/立方米。") == [("pm25_avg_concentration", 30.0)]
    assert _catalog("全市争取中央资金3亿元，PM2.5平均浓度为30微克/立方米。") == [
        ("funds_committed", 3.0),
        ("pm25_avg_concentration", 30.0),
    ]
    assert _catalog("全省PM2.5平均浓度为32微克/立方米，比全国平均水平低2微克/立方米。") == [
        ("pm25_avg_concentration", 32.0)
    ]
    assert _catalog("全市森林覆盖率达到45.5%，拟于明年开展新一轮森林城市创建。") == [
        ("forest_coverage", 45.5)
    ]


def test_a_second_comparison_after_a_semicolon_is_the_figures_note_not_an_item() -> None:
    text = "2021年，全市PM2.5平均浓度为30微克/立方米，较2020年下降5.6%；较2015年下降30.4%。"
    assert _items(text) == [("pm25_avg_concentration", 30.0, "全市", "down 5.6")]
    alone = "2021年，全市PM2.5平均浓度为30微克/立方米；较2015年下降30.4%。"
    assert _items(alone) == [("pm25_avg_concentration", 30.0, "全市", "down 30.4")]


def test_turning_to_a_water_body_leaves_the_air_indicator_named_before_behind() -> None:
    text = (
        "全市重污染天数比例控制在1.8%以内的目标已经下达。\n"
        "2017年，我国沿海水域一级、二级、三级和四级水质点的比例分别为34.8%、33.6%、10.4%和6.8%。"
    )
    assert {code for code, *_ in _items(text)} == {"share"}


def test_the_place_picked_out_by_rank_is_the_figures_place_and_takes_its_change() -> None:
    text = "3. 细颗粒物(PM2.5)\n细颗粒物浓度最好的是甲市，为27μg/m3，最差的是乙市，为58μg/m3。17市同比改善，改善幅度最大的是甲市，为27%。"
    assert _items(text) == [
        ("pm25_avg_concentration", 27.0, "甲市", "down 27"),
        ("pm25_avg_concentration", 58.0, "乙市", None),
    ]


def test_a_place_highest_or_lowest_with_its_value_in_brackets_takes_the_ranked_indicator() -> None:
    assert _items("按2024年AQI优良率排名，甲区最高(90.6%)，乙区最低(84.6%)。") == [
        ("good_air_days_ratio", 90.6, "甲区", None),
        ("good_air_days_ratio", 84.6, "乙区", None),
    ]
    assert _items("按PM2.5平均浓度排名，甲区平均浓度最低(21.4微克/立方米)。") == [
        ("pm25_avg_concentration", 21.4, "甲区", None)
    ]


def test_the_size_of_the_largest_absolute_change_is_not_a_level() -> None:
    text = "重污染天数最多的是甲市，为6天。重污染天数同比减少最多的是乙市，为2天；丙市同比增加最多，为6天。"
    assert _items(text) == [("heavy_pollution_days_count", 6.0, "甲市", None)]


def test_a_place_named_before_its_value_in_a_list_takes_the_lead_figures_indicator() -> None:
    text = "3月份，全省14个城市PM2.5月均浓度值为27微克/立方米，兰州38微克/立方米，甘南24微克/立方米。"
    assert [(code, value, region) for code, value, region, _ in _items(text)] == [
        ("pm25_avg_concentration", 27.0, "全省"),
        ("pm25_avg_concentration", 38.0, "兰州"),
        ("pm25_avg_concentration", 24.0, "甘南"),
    ]
    shares = "全省优良天数比例为94.9%，其中优占40.4%，良占55.0%。"
    assert [code for code, *_ in _items(shares)] == ["good_air_days_ratio", "share", "share"]


def test_places_named_after_a_shared_value_get_it_each() -> None:
    text = (
        "此外，全省8个中心城市优良天数比例为100%，分别是兴义市、都匀市和安顺市；贵阳市优良天数比例为96.5%。"
    )
    assert [region for _, _, region, _ in _items(text)] == ["兴义市", "都匀市", "安顺市", "贵阳市"]


def test_a_heavy_share_with_no_severe_pollution_is_the_heavy_or_worse_share() -> None:
    text = "全省优良天数比例为94.9%，其中轻度污染5.1%，重度污染0.5%，无严重污染。"
    assert _items(text)[-1][:2] == ("heavy_pollution_days_ratio", 0.5)


def test_the_same_period_as_a_year_dates_the_figures_of_the_next() -> None:
    text = "上半年，全省PM2.5平均浓度为60微克/立方米。承德市重污染天数为2天，与2017年同期持平。"
    assert {i.year for i in extract_text(text)[0] if i.code != "count"} == {2018}


def test_days_meeting_the_standard_then_their_share_of_all_days_is_the_good_days_ratio() -> None:
    text = "上半年，全省平均达标天数为90天，占总天数的50.1%。"
    assert [code for code, *_ in _items(text)] == ["good_air_days_count", "good_air_days_ratio"]


def test_no_days_written_as_a_bare_zero_is_a_count_of_zero_days() -> None:
    assert _items("其中，张家口市重污染天数为0，同比减少1天。")[-1][:2] == ("heavy_pollution_days_count", 0.0)


def test_counts_of_days_listed_before_their_category_are_of_that_category() -> None:
    text = "全区平均优良天数比例为98.4%，伊宁、石河子、奎屯分别出现2天、1天、1天轻度污染。"
    assert [code for code, *_ in _items(text)] == ["good_air_days_ratio", "days", "days", "days"]
    assert [code for code, *_ in _items("甲市、乙市分别出现2天、1天重度污染。")] == [
        "heavy_pollution_days_count"
    ] * 2


def test_days_kept_good_all_month_are_good_days_and_a_place_after_a_semicolon_takes_them_too() -> None:
    text = "周口市全月31天都保持在优良天数指标；洛阳、商丘、永城优良天数为27天；鹤壁为26天。"
    assert [(code, value) for code, value, *_ in _items(text)] == [
        ("good_air_days_count", 31.0),
        ("good_air_days_count", 27.0),
        ("good_air_days_count", 26.0),
    ]


def test_a_level_reached_with_wei_after_its_earlier_value_is_the_figure() -> None:
    (ind,) = [
        i
        for i in extract_text("74个城市平均达标天数比例由37.9%上升为48.5%，升高10.9个百分点。")[0]
        if i.code != "count"
    ]
    assert (ind.value, ind.previous_value, ind.change.value if ind.change else None) == (48.5, 37.9, 10.9)


def test_a_year_where_a_record_starts_does_not_date_the_figures_after_it() -> None:
    text = "2018-09-04 来源：新华网\n今年8月，河北PM2.5平均浓度为33微克/立方米，为2013年有监测记录以来首次达标，同比下降22.8%。"
    (pm,) = extract_text(text)[0]
    assert (pm.value, pm.year, pm.change.value if pm.change else None) == (33.0, 2018, 22.8)


def test_a_day_first_dateline_dates_this_year() -> None:
    *_, days = extract_text(
        "8月全省好天\n11.09.2016 20:37\n今年8月，我省14市环境空气质量达标天数平均为25天。"
    )[0]
    assert (days.code, days.year) == ("good_air_days_count", 2016)


def test_listed_day_categories_are_shares_and_not_places() -> None:
    text = "轻度、中度、重度和严重污染天数比例分别为25.8%、6.8%、3.6%和0.4%。"
    assert [code for code, *_ in _items(text)] == ["share"] * 4


def test_water_function_compliance_is_neither_a_lake_nor_a_section_share() -> None:
    assert _items("主要湖泊水库水域功能达标率为56.8%。")[0][0] == "water_function_zone_compliance_ratio"


def test_ends_of_a_range_named_by_their_places_are_those_places_figures() -> None:
    assert _items("全省16个地级市优良天数比例在46.7%(亳州)至97.1%(黄山)之间。") == [
        ("good_air_days_ratio", 46.7, "亳州", None),
        ("good_air_days_ratio", 97.1, "黄山", None),
    ]
    assert _items("全市PM2.5平均浓度为30微克/立方米(同比下降)。")[0][2] == "全市"


def test_an_ordered_list_of_places_and_values_takes_the_indicator_its_sentence_names() -> None:
    text = "9月份，全省11个设区市PM2.5月均浓度由低到高顺序，依次是承德18微克/立方米、张家口19微克/立方米。"
    assert _items(text) == [
        ("pm25_avg_concentration", 18.0, "承德", None),
        ("pm25_avg_concentration", 19.0, "张家口", None),
    ]


def test_higher_than_the_same_period_last_year_by_a_percentage_is_a_change() -> None:
    assert _items("全市PM2.5浓度为30微克/立方米，低于去年同期5.5%。") == [
        ("pm25_avg_concentration", 30.0, "全市", "down 5.5")
    ]


def test_a_figure_restated_without_its_change_in_a_later_paragraph_is_one_figure() -> None:
    text = "上半年，全省PM2.5平均浓度为37.2微克/立方米，略高于去年同期1.1%。\n\n13个设区市中，全省平均浓度37.2微克/立方米。"
    assert _items(text) == [("pm25_avg_concentration", 37.2, "全省", "up 1.1")]


def test_a_unit_with_spaces_around_its_slash_is_the_unit() -> None:
    (pm,) = extract_text("PM_10累计浓度均值为78μg/ m^3，较去年同期上升30%。")[0]
    assert (pm.code, pm.value) == ("pm10_avg_concentration", 78.0)


def test_boundary_and_national_assessment_sections_are_surface_water_after_a_drinking_source() -> None:
    text = "全省设区城市饮用水源地水质达标率为100%；省界断面水质优良比例为100%，国家考核断面(点位)水质优良比例为93.1%。"
    assert [code for code, *_ in _items(text)] == [
        "drinking_water_source_compliance_ratio",
        "surface_water_good_ratio",
        "surface_water_good_ratio",
    ]


def test_a_class_whose_character_mojibake_ate_is_still_a_class() -> None:
    text = "甲市ⅰ~ⅲ?lèi)、ⅳ~ⅴ類(lèi)和劣ⅴ類(lèi)斷面比例分別為72.5%、24.2%和3.3%。"
    assert [code for code, *_ in _items(text)] == [
        "surface_water_good_ratio",
        "share",
        "worse_than_class_v_ratio",
    ]


def test_a_years_target_reached_dates_the_figures_before_it() -> None:
    text = "全国地表水Ⅰ至Ⅲ类水质断面比例为85.2%，同比上升1.8个百分点；劣Ⅴ类断面比例为1.5%，均达到2021年水质目标要求。"
    assert {i.year for i in extract_text(text)[0]} == {2021}
    assert {
        i.year for i in extract_text("力争到2025年全市优良天数比例达到90%。全市PM2.5浓度为30微克/立方米。")[0]
    } == {None}


def test_a_note_after_the_figures_naming_their_year_dates_them_all() -> None:
    text = (
        "截止6月30日，全市空气质量优良天数为131天，优良率为70.6%，与2015年相比上升2.6%。"
        "市区PM2.5平均浓度为55.6微克/立方米，与2013年同期相比下降12.1%。\n"
        "备注：以上数据为2016年1月1日-6月30日均值，基准年为2013年。"
    )
    assert {i.year for i in extract_text(text)[0]} == {2016}


def test_a_sentence_naming_an_indicator_with_only_a_count_sets_the_topic_for_the_next() -> None:
    text = (
        "9月份，全省11个设区市PM2.5平均浓度均同比下降。"
        "下降幅度高于全省平均水平的有保定、承德、邢台市，同比分别下降42.7%、45.1%、50%。"
    )
    assert [(code, region) for code, _, region, _ in _items(text)] == [
        ("pm25_avg_concentration", "保定"),
        ("pm25_avg_concentration", "承德"),
        ("pm25_avg_concentration", "邢台市"),
    ]


def test_changes_in_brackets_after_listed_places_are_those_places_changes() -> None:
    ratio = "14个城市优良天数比例均有不同程度上升，上升幅度较大的有怀化市(上升45.5个百分点)、益阳市(上升45.4个百分点)。"
    assert _items(ratio) == [
        ("good_air_days_ratio", None, "怀化市", "up 45.5"),
        ("good_air_days_ratio", None, "益阳市", "up 45.4"),
    ]
    signed = "1月，全省PM2.5平均浓度为51微克/立方米，下降幅度较大的有永州市(-47.9%)、怀化市(-47.5%)。"
    assert _items(signed)[1:] == [
        ("pm25_avg_concentration", None, "永州市", "down 47.9"),
        ("pm25_avg_concentration", None, "怀化市", "down 47.5"),
    ]


def test_listed_changes_then_one_level_every_member_reached_are_that_level_each() -> None:
    text = "甲江、乙江、丙江3条流域国考断面水质明显改善，较去年同期分别增加9.4、25、33.6个百分点，优良比例均达100%。"
    assert _items(text) == [
        ("surface_water_good_ratio", 100.0, "甲江", "up 9.4"),
        ("surface_water_good_ratio", 100.0, "乙江", "up 25"),
        ("surface_water_good_ratio", 100.0, "丙江", "up 33.6"),
    ]


def test_spaces_before_a_decimal_point_and_inside_a_formula_are_noise() -> None:
    text = "全市S O2、 PM 10和PM 2.5浓度降幅分别为21 .7%、11 .8%和11 .7%。"
    assert [(code, change) for code, _, _, change in _items(text)] == [
        ("so2_avg_concentration", "down 21.7"),
        ("pm10_avg_concentration", "down 11.8"),
        ("pm25_avg_concentration", "down 11.7"),
    ]
