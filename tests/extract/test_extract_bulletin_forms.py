"""Forms written for these tests (tenth round, second part): bulletin and press wording of
levels, thresholds, years and comparisons: noise rates beside water, response days, marks a figure
passed, class counts, Chinese-numeral values, earlier values with their era, spans of years, a
paragraph's 去年, plan periods, month-on-month restatements, exceedance rates, best and worst
places, and what an office will do."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text
from tests.extract.figure_rows import figure_rows as _rows


def test_a_noise_compliance_rate_after_a_paragraph_on_water_is_no_water_figure() -> None:
    text = "2021年，市区2个饮用水水源地水质达标率为100%。城市声环境功能区夜间达标率为81.2%，同比上升6.5个百分点。"
    assert _rows(text) == [
        ("drinking_water_source_compliance_ratio", 100.0, None, None, 2021),
        ("share", 81.2, "up", 6.5, 2021),
    ]


def test_days_better_than_grade_two_are_good_days() -> None:
    assert _rows("2017年，空气质量好于二级天数达到236天。") == [
        ("good_air_days_count", 236.0, None, None, 2017)
    ]


def test_days_counted_after_emergency_responses_are_not_days_of_pollution() -> None:
    text = "2017年，空气质量好于二级天数达到236天，重污染天气应急18次，应对不利天气5次，共计87天。"
    codes = [code for code, *_ in _rows(text)]
    assert codes == ["good_air_days_count", "days"]


def test_a_mark_the_figure_passed_is_not_a_second_figure() -> None:
    text = "全国PM2.5平均浓度去年降到了31微克/立方米以下，达到了30.6微克/立方米。地表水优良水质断面比例跨过了85%这个门槛，达到88.9%。"
    values = [value for _, value, *_ in _rows(text)]
    assert values == [30.6, 88.9]


def test_a_streak_of_meeting_any_named_standard_is_a_compliance_streak() -> None:
    text = "2024年PM2.5浓度均值为23微克/立方米，连续4年达到世卫组织第二阶段标准。"
    assert ("compliance_streak_years", 4.0, None, None, 2024) in _rows(text)


def test_a_share_after_counts_of_good_classes_only_is_the_good_share_of_its_water() -> None:
    rivers = "2022年，全市地表水19个监测断面中，Ⅱ类水质断面15个、Ⅲ类3个，占94.7%。"
    lakes = "2022年，全市9个湖库点位中，Ⅱ类2个、Ⅲ类5个，占77.8%。"
    assert ("surface_water_good_ratio", 94.7, None, None, 2022) in _rows(rivers)
    assert ("lake_reservoir_good_ratio", 77.8, None, None, 2022) in _rows(lakes)


def test_a_share_after_counts_that_include_a_poorer_class_stays_a_share() -> None:
    text = "2022年，全市9个湖库点位中，Ⅱ类2个、Ⅲ类4个、Ⅳ类1个，占77.8%。"
    assert ("share", 77.8, None, None, 2022) in _rows(text)


def test_chinese_numeral_values_with_decimals_are_read() -> None:
    assert _rows("PM2.5年平均浓度由廿一．八μg/m3降至十五．七μg/m3。")[0][:2] == (
        "pm25_avg_concentration",
        15.7,
    )
    assert _rows("PM2.5年平均浓度为十五点七微克/立方米。") == [
        ("pm25_avg_concentration", 15.7, None, None, None)
    ]
    assert _rows("优良天数比例为九十一％。") == [("good_air_days_ratio", 91.0, None, None, None)]


def test_a_lone_chinese_digit_before_percent_is_read_only_after_a_change_verb() -> None:
    assert _rows("优良天数比例提高三个百分点。") == [("good_air_days_ratio", None, "up", 3.0, None)]
    assert _rows("五%的企业") == []


def test_days_with_an_index_below_101_are_good_days_and_the_year_on_year_change_wins() -> None:
    text = "今年十月至十一月下旬，东港市AQI〈101的日数比率达九十八．二％，较五年前提升约十四％，也比去年同期增加约六％。"
    assert _rows(text) == [("good_air_days_ratio", 98.2, "up", 6.0, None)]


def test_an_earlier_value_of_a_plan_period_and_a_later_one_of_now_make_one_figure() -> None:
    text = "甘肃省森林覆盖率从“十二五”末的11.3%增至目前的14.2%；林地面积由“十二五”末的1.53亿亩增至1.61亿亩。"
    found = extract_text(text)[0]
    assert [(i.code, i.value, i.previous_value) for i in found] == [
        ("forest_coverage", 14.2, 11.3),
        ("forest_area", 1.61, 1.53),
    ]


def test_an_absolute_change_is_in_the_written_unit_and_in_points_for_a_percentage() -> None:
    found = extract_text("全市地表水优良比例由45%提高到90.5%；林地面积由1.53亿亩增至1.61亿亩。")[0]
    assert [(i.change.value, i.change.unit) for i in found if i.change] == [
        (45.5, "percentage_point"),
        (0.08, "亿亩"),
    ]


def test_a_level_reached_from_an_earlier_one_over_a_span_of_years_is_the_span_s_last_year() -> None:
    text = "2014 年—2024 年，我市空气质量综合指数由 9.82 下降到 4.61，优良天数由 88 天增加到 231 天。"
    assert [(code, value, year) for code, value, _, _, year in _rows(text)] == [
        ("air_quality_composite_index", 4.61, 2024),
        ("good_air_days_count", 231.0, 2024),
    ]


def test_a_level_of_a_span_with_no_earlier_value_keeps_no_year() -> None:
    assert _rows("2016—2020年，全省PM2.5平均浓度为33微克/立方米。")[0][4] is None


def test_a_sentence_with_no_year_goes_on_from_the_last_year_of_its_paragraph() -> None:
    text = "2025-03-10 | 来源:某某日报\n部长说，去年全国PM2.5平均浓度降到29微克/立方米。地表水优良水质断面比例达到90.6%。"
    assert [year for *_, year in _rows(text)] == [2024, 2024]


def test_a_change_over_a_plan_period_has_no_one_year() -> None:
    text = "2025年3月，部长说，去年全国PM2.5平均浓度为29微克/立方米；“十四五”时期全国PM2.5浓度累计下降17%。"
    assert _rows(text)[1] == ("pm25_avg_concentration", None, "down", 17.0, None)


def test_places_named_right_before_the_indicator_are_the_places_of_its_list_of_changes() -> None:
    text = "遂宁、眉山、资阳优良天数率同比分别下降8.8、7.4、6.5个百分点。"
    found = extract_text(text)[0]
    assert [(i.code, i.region, i.change.value if i.change else None) for i in found] == [
        ("good_air_days_ratio", "遂宁", 8.8),
        ("good_air_days_ratio", "眉山", 7.4),
        ("good_air_days_ratio", "资阳", 6.5),
    ]


def test_a_month_on_month_sentence_after_a_year_on_year_one_adds_no_items() -> None:
    text = (
        "与去年同期相比，甲区域城市平均达标天数比例由80.2%上升到83.6%，升高3.4个百分点；PM2.5、NO2月均浓度分别上升11.2%、6.1%。"
        "与上月相比，甲区域城市平均达标天数比例由71.9%上升为83.6%，升高11.7个百分点；PM2.5、NO2月浓度分别下降8.4%、10.2%。"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 83.6, "up", 3.4, None),
        ("pm25_avg_concentration", None, "up", 11.2, None),
        ("no2_avg_concentration", None, "up", 6.1, None),
    ]


def test_a_month_on_month_change_alone_is_kept() -> None:
    text = "与上月相比，甲区域PM2.5月浓度下降8.4%。"
    assert _rows(text) == [("pm25_avg_concentration", None, "down", 8.4, None)]


def test_a_fall_of_a_pollutant_s_exceedance_rate_is_not_a_fall_of_its_concentration() -> None:
    codes = [code for code, *_ in _rows("O3日最大8小时值平均超标率下降3.1个百分点。")]
    assert codes == ["change"]


def test_the_best_and_worst_places_share_their_one_figure_each() -> None:
    text = "细颗粒物浓度最好的城市是日照、烟台和威海市，为17μg/m3；最差的城市是德州和菏泽市，为29μg/m3。"
    found = extract_text(text)[0]
    assert [(i.value, i.region) for i in found] == [
        (17.0, "日照"),
        (17.0, "烟台"),
        (17.0, "威海市"),
        (29.0, "德州"),
        (29.0, "菏泽市"),
    ]


def test_what_an_office_will_do_is_a_target() -> None:
    text = (
        "2023年，城区空气质量优良天数349天。"
        "2024年，区生态环境局将围绕“一个中心”推动工作，确保清单落实，城区空气质量优良天数保持340天以上，"
        "城乡集中式饮用水水源地水质达标率100%。"
    )
    assert _rows(text) == [("good_air_days_count", 349.0, None, None, 2023)]


def test_a_change_that_only_says_what_it_is_compared_with_is_of_the_indicator_before_it() -> None:
    text = "各县环境空气平均优良天数率同比下降1.9个百分点，环比上升8.5个百分点。"
    assert _rows(text) == [("good_air_days_ratio", None, "down", 1.9, None)]


def test_a_paragraph_that_opens_on_what_an_office_will_do_is_its_plan() -> None:
    text = (
        "2023年，城区空气质量优良天数349天。\n"
        "2024年，区生态环境局将围绕“一个中心”推动工作。以美丽城区建设为中心，确保清单落细落实，"
        "城区空气质量优良天数保持340天以上，城乡集中式饮用水水源地水质达标率100%。"
    )
    assert _rows(text) == [("good_air_days_count", 349.0, None, None, 2023)]


def test_a_paragraph_on_a_year_s_results_with_a_preposition_jiang_is_no_plan() -> None:
    text = "2023年，全市将大气污染防治作为重点工程来抓，PM2.5平均浓度为31微克/立方米。"
    assert _rows(text) == [("pm25_avg_concentration", 31.0, None, None, 2023)]


def test_an_earlier_value_written_bare_before_a_verb_of_arriving_is_no_figure_of_its_own() -> None:
    assert [value for _, value, *_ in _rows("蓝天日数比率 58％提高至91％")] == [91.0]


def test_earlier_values_in_chinese_numerals_or_before_a_symbol_unit_are_previous_values() -> None:
    for text in (
        "至于PM2.5年平均浓度，自2018年至2024年上半年，由21.7μg/m3降至15.6μg/m3。",
        "至于PM2.5年平均浓度，自二〇一八年至二〇二四年上半年，由廿一．七μg/m3降至十五．六μg/m3。",
    ):
        found = extract_text(text)[0]
        assert [(i.code, i.value, i.previous_value, i.year) for i in found] == [
            ("pm25_avg_concentration", 15.6, 21.7, 2024)
        ]


def test_a_lead_s_province_wide_figure_restated_with_the_province_s_name_below_is_one_item() -> None:
    text = (
        "2023年海南省空气质量处于最好水平，全省环境空气质量优良天数比例为98.7%。\n"
        "具体数据方面，2023年，海南省环境空气质量优良天数比例为98.7%，同比上升0.6个百分点。"
    )
    assert _rows(text) == [("good_air_days_ratio", 98.7, "up", 0.6, 2023)]


def test_two_areas_reaching_one_hundred_percent_in_two_paragraphs_stay_two_items() -> None:
    text = "2023年，全省饮用水水源地水质达标率为100%。\n2023年，珠三角饮用水水源地水质达标率为100%。"
    assert len(_rows(text)) == 2


def test_a_stage_entered_and_the_bound_that_picks_out_counted_places_are_no_figures() -> None:
    text = (
        "河北省PM2.5平均浓度进入40微克/立方米以下阶段。2021年，河北省PM2.5平均浓度38.8微克/立方米。"
        "甲、乙、丙3个市县PM2.5浓度达到10微克/立方米及以下。"
    )
    assert [(code, value) for code, value, *_ in _rows(text)] == [("pm25_avg_concentration", 38.8)]


def test_a_level_that_fell_below_a_bound_keeps_its_bound_figure() -> None:
    assert _rows("全市PM2.5浓度降至30微克/立方米以下。")[0][:2] == ("pm25_avg_concentration", 30.0)


def test_national_assessment_points_after_a_coastal_sentence_are_coastal_and_its_sections_are_rivers() -> (
    None
):
    coastal = "全省近岸海域优良水质(一、二类)比例86.3%。其中，国家考核点位优良水质比例82%。"
    rivers = "2024年全省国家考核断面水质优良比例为93.1%。"
    assert _rows(coastal)[1][:2] == ("coastal_water_good_ratio", 82.0)
    assert _rows(rivers) == [("surface_water_good_ratio", 93.1, None, None, 2024)]


def test_a_rate_kept_at_one_hundred_percent_for_years_is_a_compliance_streak() -> None:
    text = "县级及以上集中式饮用水水源地水质达标率连续5年保持100%。"
    assert ("compliance_streak_years", 5.0, None, None, None) in _rows(text)


def test_numerals_written_digit_by_digit_and_taiwan_s_words_for_fines_are_penalties() -> None:
    found = extract_text("罚锾总额超过二〇七五万元，累计罚锾六九三万元。计裁罚143万。")[0]
    assert [(i.code, i.value, i.unit) for i in found] == [
        ("penalty_amount", 2075.0, "万元"),
        ("penalty_amount", 693.0, "万元"),
        ("penalty_amount", 143.0, "万元"),
    ]


def test_two_chinese_digits_side_by_side_are_a_range_not_a_number() -> None:
    assert extract_text("二三个城市空气质量达标。")[0] == ()


def test_a_chinese_numeral_before_wan_keeps_wan_as_the_unit_s_multiplier() -> None:
    found = extract_text("完成投资三千二百万元，森林面积一百四十万亩。")[0]
    assert [(i.value, i.unit) for i in found] == [(3200.0, "万元"), (140.0, "万亩")]
    assert found[0].value_base == 32_000_000.0
    assert found[1].value_base == pytest.approx(933.33, abs=0.01)  # km²: 1 亩 = 1/1500 km²


def test_a_percentage_in_chinese_numerals_may_use_the_old_character_for_twenty() -> None:
    assert _rows("平均超标天数比例为百分之廿三点六。") == [("share", 23.6, None, None, None)]


def test_a_share_right_after_a_sum_of_money_is_a_share_of_that_sum() -> None:
    text = "东湖水库片区生态环境系统整治项目获批，总投资1.21亿元，争取中央预算内投资补助0.52亿元，全省占比6.4%，全省排名第五。"
    assert [code for code, *_ in _rows(text)] == ["investment_total", "funds_committed", "share"]


def test_figures_of_a_sentence_on_how_far_a_level_has_come_keep_its_indicator() -> None:
    text = "PM2.5浓度去年首次降到31微克每立方米以下，从10年前50多微克，今年1—9月进一步降至26.1微克。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("pm25_avg_concentration", 31.0),
        ("pm25_avg_concentration", 50.0),
        ("pm25_avg_concentration", 26.1),
    ]


def test_a_bound_the_figure_fell_below_for_the_first_time_is_no_figure_even_when_its_yinei_is_garbled() -> (
    None
):
    text = "重度及以上污染天数比例为0.8%，同比下降0.3个百分点，首次降低到1%以?内。"
    assert _rows(text) == [("heavy_pollution_days_ratio", 0.8, "down", 0.3, None)]


def test_a_bulletin_title_dated_in_chinese_numerals_dates_its_figures() -> None:
    text = "环保部前日发布《二○一七中国环境状况公报》。《公报》显示，平均优良天数比例为78%。"
    assert _rows(text) == [("good_air_days_ratio", 78.0, None, None, 2017)]


def test_an_earlier_value_from_the_start_of_a_programme_is_the_previous_value() -> None:
    found = extract_text("退耕还林的20年，甲区森林覆盖率由最初的7.9%提高到目前的15.2%。")[0]
    assert [(i.code, i.value, i.previous_value) for i in found] == [("forest_coverage", 15.2, 7.9)]


def test_a_share_of_a_sea_area_or_a_coastline_is_a_share_not_coastal_water_quality() -> None:
    text = "划定海洋生态红线区面积208.6平方公里，占大连管辖海域面积的9.8%；划定自然岸线合计17.2公里，占大连岸线的11.5%。"
    assert [(code, value) for code, value, *_ in _rows(text) if code != "length"] == [
        ("eco_redline_area", 208.6),
        ("eco_redline_share", 9.8),  # the red line's share of the sea (the sets' share)
        ("share", 11.5),
    ]


def test_a_table_ordered_by_a_rank_column_headed_paixu_reads_no_rank_as_a_value() -> None:
    text = (
        "各区PM2.5浓度统计表\n单位:微克/立方米\n"
        "排序 | 区 | 1-5月PM2.5浓度 | 5月PM2.5浓度 |\n"
        "1 | 东湖 | 36 | 31 |\n2 | 西岭 | 37 | 33 |"
    )
    found = extract_text(text)[0]
    assert [(i.value, i.region) for i in found] == [
        (36.0, "东湖"),
        (31.0, "东湖"),
        (37.0, "西岭"),
        (33.0, "西岭"),
    ]


def test_a_table_column_of_improvement_rates_is_the_change_of_the_column_before_it() -> None:
    text = (
        "表2 2023年8月各区空气质量排名\n"
        "名次 | 区名 | PM2.5浓度(微克/立方米) | PM2.5改善率(%) | 优良天数比例(%) | 综合指数\n|\n"
        "1 | 东湖区 | 21 | -5.1 | 55.6 | 3.21 |\n2 | 西岭区 | 24 | 0.0 | 42.3 | 3.41 |"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 21.0, "down", 5.1, 2023),
        ("good_air_days_ratio", 55.6, None, None, 2023),
        ("air_quality_composite_index", 3.21, None, None, 2023),
        ("pm25_avg_concentration", 24.0, None, None, 2023),
        ("good_air_days_ratio", 42.3, None, None, 2023),
        ("air_quality_composite_index", 3.41, None, None, 2023),
    ]


def test_a_pollutant_named_before_the_whole_city_is_what_is_measured() -> None:
    text = "2021年，全市二氧化氮平均浓度28微克/立方米，同比下降3.1%；臭氧全市平均浓度152微克/立方米，同比下降4.7%。"
    assert [code for code, *_ in _rows(text)] == ["no2_avg_concentration", "o3_avg_concentration"]


def test_worse_than_class_five_written_in_a_chinese_numeral_is_worse_than_class_v() -> None:
    assert _rows("2018年，劣于五类水体断面比例为6.9%，同比下降1.4个百分点。") == [
        ("worse_than_class_v_ratio", 6.9, "down", 1.4, 2018)
    ]


def test_a_list_ordered_from_most_to_fewest_days_is_a_list_of_levels_not_changes() -> None:
    text = "优良天数由多到少依次为东坪93天、西利92天、南皋88天。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [
        ("good_air_days_count", 93.0),
        ("good_air_days_count", 92.0),
        ("good_air_days_count", 88.0),
    ]


def test_a_change_compared_with_the_year_before_last_names_no_place() -> None:
    found = extract_text("平均超标天数比例为百分之十九，比前年下降两个百分点。")[0]
    assert all(i.region != "比前年" for i in found)
