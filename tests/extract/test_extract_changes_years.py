"""Changes and years on real-text patterns (issue 12): directions, 分别 lists, own-clause changes,
flat and absolute changes, previous values; years from the passage, periods apart from years."""

from __future__ import annotations

from models.records import Indicator
from scrapers.extract import extract_text


def _first(text: str, code: str) -> Indicator:
    indicators, _ = extract_text(text)
    return next(i for i in indicators if i.code == code)


def _change(ind: Indicator) -> tuple[str, float, str] | None:
    return None if ind.change is None else (ind.change.direction, ind.change.value, ind.change.unit)


def test_improvement_of_a_concentration_is_a_decrease() -> None:
    ind = _first("全省PM2.5平均浓度为35微克/立方米，同比改善8.3%。", "pm25_avg_concentration")
    assert _change(ind) == ("down", 8.3, "percent")


def test_worsening_is_an_increase_and_a_worse_ratio_a_decrease() -> None:
    assert _change(_first("PM10平均浓度为60微克/立方米，同比恶化5.2%。", "pm10_avg_concentration")) == (
        "up",
        5.2,
        "percent",
    )
    ratio = _first("全省AQI达标率为71.3%，同比变差12.6个百分点。", "good_air_days_ratio")
    assert _change(ratio) == ("down", 12.6, "percentage_point")


def test_respectively_lists_give_each_subject_its_value_and_change_in_order() -> None:
    indicators, _ = extract_text(
        "甲江流域、乙河流域水质优良比例分别为91.5%、83.2%，同比分别上升6.1个百分点、7.3个百分点。"
    )
    got = [(i.code, i.value, _change(i)) for i in indicators]
    assert got == [
        ("surface_water_good_ratio", 91.5, ("up", 6.1, "percentage_point")),
        ("surface_water_good_ratio", 83.2, ("up", 7.3, "percentage_point")),
    ]


def test_a_member_with_no_code_in_a_respectively_list_stays_generic() -> None:
    indicators, _ = extract_text("全省Ⅰ~Ⅲ类、Ⅳ~Ⅴ类和劣Ⅴ类水质断面分别占71.2%、22.5%和6.3%。")
    assert [(i.code, i.value) for i in indicators] == [
        ("surface_water_good_ratio", 71.2),
        ("share", 22.5),
        ("worse_than_class_v_ratio", 6.3),
    ]


def test_a_change_belongs_to_the_figure_of_its_own_clause_not_to_a_standard() -> None:
    indicators, _ = extract_text("除臭氧浓度131微克/立方米(标准为160微克/立方米)同比上升1.4%外，其余下降。")
    o3 = next(i for i in indicators if i.code == "o3_avg_concentration")
    assert o3.value == 131 and _change(o3) == ("up", 1.4, "percent")
    assert [i.value for i in indicators if i.value == 160] == []


def test_flat_is_a_zero_change() -> None:
    ind = _first("SO2平均浓度为8微克/立方米，同比持平。", "so2_avg_concentration")
    assert _change(ind) == ("flat", 0.0, "percent") and ind.previous_value == 8


def test_absolute_changes_keep_the_figure_unit() -> None:
    ind = _first("全市优良天数为300天，同比减少19天。", "good_air_days_count")
    assert _change(ind) == ("down", 19.0, "days") and ind.previous_value == 319


def test_from_to_gives_the_previous_value_and_no_figure_of_its_own() -> None:
    indicators, _ = extract_text("全市重污染天数由12天减少到5天。")
    assert [(i.code, i.value, i.previous_value) for i in indicators] == [
        ("heavy_pollution_days_count", 5.0, 12.0)
    ]


def test_the_bracketed_absolute_change_after_a_relative_one_is_not_a_figure() -> None:
    indicators, _ = extract_text("细颗粒物(PM2.5)平均浓度为19微克/立方米，同比下降9.5%(2微克/立方米)。")
    assert [(i.code, i.value, _change(i)) for i in indicators] == [
        ("pm25_avg_concentration", 19.0, ("down", 9.5, "percent"))
    ]


def test_a_change_in_a_later_sentence_joins_its_figure() -> None:
    indicators, _ = extract_text("森林覆盖率提高到23.47%。森林覆盖率比上年提高0.6个百分点。")
    assert [(i.code, _change(i)) for i in indicators] == [
        ("forest_coverage", ("up", 0.6, "percentage_point"))
    ]


def test_the_year_comes_from_an_earlier_line_of_the_passage() -> None:
    ind = _first(
        "某省通报了2024年5月环境空气质量状况。\n5月，全省PM2.5平均浓度为24微克/立方米。",
        "pm25_avg_concentration",
    )
    assert (ind.year, ind.period) == (2024, "5月")


def test_compared_with_a_year_implies_the_next_year() -> None:
    ind = _first("与2022年相比，全省优良天数比例为88.5%，上升1.2个百分点。", "good_air_days_ratio")
    assert ind.year == 2023


def test_a_comparison_year_is_not_the_figure_year() -> None:
    ind = _first("2023年全国PM2.5平均浓度为30微克/立方米，较2019年同期下降16.4%。", "pm25_avg_concentration")
    assert ind.year == 2023


def test_a_dateline_gives_the_year_when_nothing_else_does() -> None:
    ind = _first("2016-03-02 09:15:20\n截至今年2月底，全市森林覆盖率达41.8%。", "forest_coverage")
    assert ind.year == 2016


def test_quarters_and_months_go_to_the_period_not_the_year() -> None:
    ind = _first("今年一季度，全国优良天数比例为83.6%。", "good_air_days_ratio")
    assert (ind.year, ind.period) == (None, "一季度")
    months = _first("2021年1-6月，全省PM2.5为26微克/立方米。", "pm25_avg_concentration")
    assert (months.year, months.period) == (2021, "1-6月")


def test_a_period_spanning_two_years_gives_no_year() -> None:
    ind = _first("2019年10月—2020年3月，区域PM2.5平均浓度为57微克/立方米。", "pm25_avg_concentration")
    assert ind.year is None


def test_targets_slogans_and_years_are_not_figures() -> None:
    indicators, _ = extract_text(
        "到2025年，全省森林覆盖率达到62%。实施“1269”行动计划。2017年目标为68.3%。2021年全省优良天数比例为90.1%。"
    )
    assert [(i.code, i.value, i.year) for i in indicators] == [("good_air_days_ratio", 90.1, 2021)]


def test_an_ordered_list_gives_rank_items_in_order() -> None:
    indicators, _ = extract_text("8个城市环境空气质量由好到差排名依次为:东川市、西岭市、南平县。")
    got = [(i.code, i.region, i.value) for i in indicators if i.unit == "rank"]
    assert got == [
        ("air_quality_rank", "东川市", 1.0),
        ("air_quality_rank", "西岭市", 2.0),
        ("air_quality_rank", "南平县", 3.0),
    ]


def test_a_list_counted_from_the_bottom_gives_no_ranks() -> None:
    indicators, _ = extract_text("后三名由低到高为甲城、乙城和丙城市。")
    assert [i for i in indicators if i.unit == "rank"] == []


def test_a_garbled_name_keeps_its_place_in_a_ranked_list() -> None:
    indicators, _ = extract_text("PM2.5浓度较低的前5个城市依次是拉萨、张家口、???、北京和深圳。")
    got = [(i.code, i.region, i.value) for i in indicators if i.unit == "rank"]
    assert got[2:] == [("pm25_rank", "北京", 4.0), ("pm25_rank", "深圳", 5.0)]


def test_one_value_for_a_respectively_list_of_places_applies_to_each() -> None:
    indicators, _ = extract_text("5月，东川市、西岭市、北桥市分别出现1天重度污染。")
    got = [(i.code, i.region, i.value) for i in indicators]
    assert got == [
        ("heavy_pollution_days_count", "东川市", 1.0),
        ("heavy_pollution_days_count", "西岭市", 1.0),
        ("heavy_pollution_days_count", "北桥市", 1.0),
    ]


def test_a_tie_splits_a_shared_figure_over_its_places() -> None:
    indicators, _ = extract_text("其中东川、西岭和北桥等3个市国考断面水质优良比例达到100%，并列第1。")
    ratios = [(i.region, i.value) for i in indicators if i.code == "surface_water_good_ratio"]
    assert ratios == [("东川", 100.0), ("西岭", 100.0), ("北桥", 100.0)]


def test_a_restated_figure_is_kept_once_and_takes_the_restatement_change() -> None:
    indicators, _ = extract_text(
        "2021年1-6月全省SO2为6微克/立方米,NO2为18微克/立方米。与去年同期相比,全省NO2由24下降至18微克/立方米,降幅为25.0%。"
    )
    no2 = [
        (i.region, i.value, i.previous_value, _change(i))
        for i in indicators
        if i.code == "no2_avg_concentration"
    ]
    assert no2 == [("全省", 18.0, 24.0, ("down", 25.0, "percent"))]


def test_a_year_on_year_change_in_a_later_clause_wins_over_another_period() -> None:
    ind = _first(
        "2017年某省PM2.5平均浓度达到52微克/立方米，较2013年下降21.2%；较2016年下降2.6%。",
        "pm25_avg_concentration",
    )
    assert _change(ind) == ("down", 2.6, "percent") and ind.change is not None and ind.change.basis == "yoy"


def test_a_composite_index_has_no_unit_and_improves_downwards() -> None:
    ind = _first("全省环境空气质量综合指数平均为4.12，同比改善11.3%。", "air_quality_composite_index")
    assert (ind.value, ind.unit, _change(ind)) == (4.12, "指数", ("down", 11.3, "percent"))


def test_counts_named_by_their_verb_and_counts_in_ten_thousands() -> None:
    indicators, _ = extract_text(
        "立案查处1867家，累计立案处罚3.4万家，共受理群众信访举报12.1万余件，达成1276笔交易。"
    )
    got = [(i.code, i.value_base) for i in indicators]
    assert got == [
        ("enforcement_case_count", 1867.0),
        ("enforcement_case_count", 34000.0),
        ("complaints_received", 121000.0),
        ("count", 1276.0),
    ]


def test_a_compliance_streak_is_an_item_of_its_own() -> None:
    indicators, _ = extract_text("全省6项主要污染物平均浓度连续3年稳定达标。")
    assert [(i.code, i.value, i.unit) for i in indicators if i.code != "count"] == [
        ("compliance_streak_years", 3.0, "年")
    ]


def test_changes_listed_for_subjects_without_levels_become_one_item_each() -> None:
    indicators, _ = extract_text(
        "城区绿化覆盖率、山区森林覆盖率、农田林网控制率比五年前分别提高2.91、4.6和1.8个百分点。"
    )
    got = [(i.subject, _change(i)) for i in indicators]
    assert got == [
        ("城区绿化覆盖率", ("up", 2.91, "percentage_point")),
        ("山区森林覆盖率", ("up", 4.6, "percentage_point")),
        ("农田林网控制率", ("up", 1.8, "percentage_point")),
    ]


def test_lake_points_in_a_lake_paragraph_are_the_lake_figure() -> None:
    indicators, _ = extract_text("(二)全市湖库点位水质状况总体为良好。Ⅰ~Ⅲ类优良水质点位6个,比例为42.9%。")
    assert [(i.code, i.value) for i in indicators] == [
        ("lake_reservoir_good_count", 6.0),
        ("lake_reservoir_good_ratio", 42.9),
    ]


def test_heavy_pollution_with_no_severe_days_is_the_heavy_or_worse_share() -> None:
    indicators, _ = extract_text("全省优占60.1%，良占36.9%，重度污染占0.1%，无严重污染。")
    assert [(i.code, i.value) for i in indicators if i.value == 0.1] == [("heavy_pollution_days_ratio", 0.1)]


def test_new_days_are_a_change_not_a_count_of_days() -> None:
    indicators, _ = extract_text("9个设区市累计新增优良天数87天。")
    assert [i for i in indicators if i.unit == "天"] == []


def test_words_that_contain_a_target_word_do_not_make_a_target() -> None:
    assert [(i.code, i.value) for i in extract_text("全力争取中央资金10亿元。")[0]] == [
        ("funds_committed", 10.0)
    ]
    assert [(i.code, i.value) for i in extract_text("达到国家二级标准的城市有20个。")[0]] == [("count", 20.0)]


def test_last_year_is_the_year_before_a_dateline_but_not_a_comparison() -> None:
    assert _first("2019年01月08日 10:20\n某市去年优良天数达到281天。", "good_air_days_count").year == 2018
    assert _first("2020-10-09\n与去年同期相比，全国优良天数比例为86.7%。", "good_air_days_ratio").year == 2020
    assert (
        _first("2021年，我省PM2.5为30微克/立方米，去年为33微克/立方米。", "pm25_avg_concentration").year
        == 2021
    )


def test_a_later_change_of_another_period_does_not_go_to_the_seasons_figure() -> None:
    text = (
        "10月至次年3月，全市PM2.5平均浓度为70微克/立方米。"
        "浓度最高的3个城市依次是甲市、乙市和丙市，PM2.5平均浓度分别为98、91和90微克/立方米。"
        "其中，丁市、丙市3月的PM2.5平均浓度分别同比上升6.2%、1.4%。"
    )
    found = [(i.region, i.value, i.change.value if i.change else None) for i in extract_text(text)[0]]
    assert ("丙市", 90.0, None) in found and ("丙市", None, 1.4) in found


def test_a_bound_first_passed_after_the_figure_is_not_a_figure() -> None:
    text = "全省地表水优良水质断面比例达到91.2%，首次突破90%，同比上升1.1个百分点。"
    indicators, _ = extract_text(text)
    assert [(i.code, i.value, i.change and i.change.value) for i in indicators] == [
        ("surface_water_good_ratio", 91.2, 1.1)
    ]


def test_a_list_of_classes_closed_by_reservoirs_is_about_reservoirs() -> None:
    text = "在评价的1021座水库中，Ⅰ~Ⅲ类、Ⅳ~Ⅴ类、劣Ⅴ类水库分别占85.1%、11.6%和3.3%。"
    codes = [(i.code, i.value) for i in extract_text(text)[0] if i.unit == "%"]
    assert codes == [("lake_reservoir_good_ratio", 85.1), ("share", 11.6), ("worse_than_class_v_ratio", 3.3)]


def test_a_pdf_line_break_after_a_roman_class_or_inside_a_verb_joins_the_line() -> None:
    text = (
        "对1021座水库进行了水质评价，Ⅰ~Ⅲ\n类水库占85.1%。与上年同比，Ⅰ~Ⅲ类水质水库比例上\n升 1.2 个百分点。"
    )
    (ind,) = [i for i in extract_text(text)[0] if i.unit == "%"]
    assert (ind.code, ind.value, ind.change and ind.change.value) == ("lake_reservoir_good_ratio", 85.1, 1.2)


def test_a_minus_sign_after_a_fall_is_a_rise_and_each_listed_member_keeps_its_sign() -> None:
    text = "甲区、乙县、丙县PM2.5平均浓度分别为52.1、49.3、44.8微克/立方米，与2014年相比分别下降-3.2%、7.5%、-1.1%。"
    found = [(i.region, i.change and (i.change.direction, i.change.value)) for i in extract_text(text)[0]]
    assert found == [("甲区", ("up", 3.2)), ("乙县", ("down", 7.5)), ("丙县", ("up", 1.1))]


def test_a_change_after_a_bracketed_breakdown_is_the_figure_before_the_brackets() -> None:
    text = "全省水质优良断面比例为90.6%(其中，Ⅰ类8.1%，Ⅱ类52.3%，Ⅲ类30.2%)，同比上升2.4个百分点。"
    assert _first(text, "surface_water_good_ratio").change is not None
    assert [i.change for i in extract_text(text)[0] if i.code == "share"] == [None, None, None]


def test_a_cumulative_change_of_a_period_does_not_go_to_an_earlier_years_figure() -> None:
    text = "去年全省PM2.5平均浓度降到31微克/立方米；“十四五”时期全省PM2.5浓度累计下降18%。"
    assert [(i.value, i.change and i.change.basis) for i in extract_text(text)[0]] == [
        (31.0, None),
        (None, "cumulative"),
    ]


def test_last_year_is_the_year_after_a_same_period_comparison_year() -> None:
    text = "去年我省优良天数比例达78.4%。去年，全省PM10浓度均值为79微克/立方米，与2017年同比下降6.3%。"
    assert {i.year for i in extract_text(text)[0]} == {2018}


def test_small_roman_numerals_are_water_classes() -> None:
    text = "ⅰ~ⅲ类、ⅳ~ⅴ类和劣ⅴ类水质断面比例分别为71.0%、20.3%和8.7%。"
    assert [i.code for i in extract_text(text)[0]] == [
        "surface_water_good_ratio",
        "share",
        "worse_than_class_v_ratio",
    ]


def test_the_ends_of_a_range_written_with_zhi_are_not_figures() -> None:
    text = "各市优良天数比例范围在95.1%至70.2%之间，平均为84.6%。"
    assert [i.value for i in extract_text(text)[0]] == [84.6]


def test_a_bound_written_with_a_sign_inside_a_target_is_not_a_figure() -> None:
    text = "全市PM2.5平均浓度为31微克/立方米，年度目标(PM2.5≤35微克/立方米、PM10≤50微克/立方米)。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [("pm25_avg_concentration", 31.0)]


def test_the_year_after_the_verb_of_arriving_is_the_figures_year() -> None:
    text = "全区PM2.5平均浓度由2020年的40微克/立方米下降至2023年的33微克/立方米。"
    assert [(i.code, i.value, i.year) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 33.0, 2023)
    ]


def test_cong_like_you_marks_the_value_a_figure_came_from() -> None:
    for text in ("全省优良天数比例从2015年的76.2%提高到2023年的88.1%。", "全市重污染天数从12天减少到5天。"):
        assert len([i for i in extract_text(text)[0] if i.code != "count"]) == 1, text


def test_a_series_of_yearly_values_after_cong_stays_a_series() -> None:
    text = "本縣PM10年均值從107年41微克、108年38.5微克,再降至109年35.1微克。"
    assert [i.value for i in extract_text(text)[0]] == [41.0, 38.5, 35.1]
