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
    text = "本年1至6月，该县细颗粒物均匀浓度为每立方米26.1微克，空气优秀天数达158天、优秀合格率87.3%。"
    assert ("good_air_days_count", 158.0) in [r[:2] for r in _rows(text)]


def test_good_days_counted_as_a_total_or_with_ge_are_good_days() -> None:
    assert [r[:2] for r in _rows("1-9月，全市空气优良总天数221天，同比增加12天。")] == [
        ("good_air_days_count", 221.0)
    ]
    assert [r[:2] for r in _rows("入冬以来，某市空气质量优良天数已达263个。")] == [
        ("good_air_days_count", 263.0)
    ]


def test_the_days_of_one_primary_pollutant_are_not_the_heavy_days() -> None:
    text = "2021年全年发生重度污染日8天，其中5天首要污染物为PM2.5，3天为臭氧。"
    assert [r[:2] for r in _rows(text)] == [
        ("heavy_pollution_days_count", 8.0),
        ("days", 5.0),
        ("days", 3.0),
    ]


def test_a_floor_set_for_a_figure_is_an_aim_but_a_red_lines_delineated_area_is_not() -> None:
    assert _rows("划定的森林红线为，全县森林覆盖率不低于42%，林地面积不少于310万亩。") == []
    assert [r[:2] for r in _rows("全省生态保护红线面积不低于4.2万平方公里。")] == [("eco_redline_area", 4.2)]


def test_what_an_office_hopes_a_level_falls_to_is_an_aim() -> None:
    assert _rows("主管部门希望2030年细颗粒物年均浓度降到12微克/立方米，2035年降到10微克/立方米以下。") == []


def test_the_heavy_days_share_without_dust_keeps_its_subject() -> None:
    text = "2024年，全国重污染天数比率为2.4%，扣除沙尘异常重污染天后为1.7%。"
    assert [r[:2] for r in _rows(text)] == [
        ("heavy_pollution_days_ratio", 2.4),
        ("heavy_pollution_days_ratio", 1.7),
    ]


def test_a_bare_rate_after_the_good_days_just_counted_is_their_rate() -> None:
    text = "2014年某市空气质量达标213天，其中优秀15天，良好198天，达标率为58.4%。"
    assert [r[:2] for r in _rows(text)] == [
        ("good_air_days_count", 213.0),
        ("days", 15.0),
        ("days", 198.0),
        ("good_air_days_ratio", 58.4),
    ]


def test_the_worst_class_written_without_its_class_word_is_the_worst_class() -> None:
    assert [r[:2] for r in _rows("省界断面水质优Ⅲ比例为70.2%，劣Ⅴ比例为3.4%。")] == [
        ("surface_water_good_ratio", 70.2),
        ("worse_than_class_v_ratio", 3.4),
    ]


def test_a_models_estimate_of_an_effect_on_a_concentration_is_no_level() -> None:
    assert _rows("模型分析显示，气象条件对2021年全省PM2.5浓度影响为3微克/立方米。") == []


def test_land_by_ecological_quality_class_is_no_water_class_share() -> None:
    text = "近岸海域优良水质面积比例为83.7%。全省生态质量为一类、二类的县域面积占陆域面积的61.2%。"
    assert [r[:2] for r in _rows(text)] == [("coastal_water_good_ratio", 83.7), ("share", 61.2)]


def test_a_change_of_a_water_parameter_the_sentence_names_is_not_the_topics() -> None:
    text = "湖区断面连续三年全部达到或优于Ⅱ类。湖体总氮浓度方面，2022年比2018年下降11.2%。"
    rows = _rows(text)
    assert ("change", None, "down", 11.2, 2022) in rows
    assert all(r[0] != "better_than_class_ii_ratio" for r in rows)
    assert all(r[2] is None for r in rows if r[0] == "streak")


def test_later_periods_of_a_series_keep_its_subject_and_a_year_written_without_nian() -> None:
    text = "某市2016年上半年优良天数为96天，2017年上半年微增到101天，2019上半年攀升至117天。"
    assert [(r[0], r[1], r[4]) for r in _rows(text)] == [
        ("good_air_days_count", 96.0, 2016),
        ("good_air_days_count", 101.0, 2017),
        ("good_air_days_count", 117.0, 2019),
    ]


def test_a_change_said_again_in_a_later_paragraph_or_under_a_headline_is_one_change() -> None:
    text = (
        "今年1—3月，在地表水方面，全省水质总体稳定；在环境空气质量方面，全省优良天数率同比上升6个百分点。\n"
        "根据通报，全省PM2.5平均浓度同比下降3.8%，优良天数率同比上升6个百分点。"
    )
    assert [r[0] for r in _rows(text)].count("good_air_days_ratio") == 1
    headline = (
        "上半年全国优良水体增加5个百分点\n"
        "本报讯 近日，有关部门通报2021年上半年全国水环境质量状况：水质优良(Ⅰ—Ⅲ类)水体比例同比增加5个百分点。"
    )
    assert [r[0] for r in _rows(headline)] == ["surface_water_good_ratio"]


def test_a_change_stated_first_does_not_go_to_the_next_paragraphs_version_without_dust() -> None:
    text = (
        "与上年相比，2020年全区9个城市平均达标天数比例下降0.4个百分点。\n"
        "若剔除沙尘天气影响，相对较好的2个城市是甲市和乙市。9个城市空气质量达标天数比例为90.3%。"
    )
    assert [r[:4] for r in _rows(text)] == [
        ("good_air_days_ratio", None, "down", 0.4),
        ("good_air_days_ratio", 90.3, None, None),
    ]


def test_a_fall_an_assessment_requires_is_no_change() -> None:
    text = (
        "“除甲市、乙市之外，全区PM2.5未达标的8个城市，PM2.5年均值为34微克/立方米，较2015年下降24.4%，"
        "达到下降10.2%的省约束性考核指标要求。"
    )
    assert [r[:4] for r in _rows(text)] == [("pm25_avg_concentration", 34.0, "down", 24.4)]


def test_cities_counted_after_the_days_are_cities() -> None:
    assert [r[:2] for r in _rows("全省重污染天数有11个城市同比减少。")] == []


def test_two_water_parameters_before_a_list_of_changes_are_not_places() -> None:
    text = "劣五类断面占21.4%，同比下降6.3个百分点；总磷、氨氮浓度同比分别下降16.3%和12.8%。"
    assert [r[:4] for r in _rows(text)] == [
        ("worse_than_class_v_ratio", 21.4, "down", 6.3),
        ("change", None, "down", 16.3),
        ("change", None, "down", 12.8),
    ]


def test_listed_places_changes_against_last_month_stay_beside_the_wholes_yearly_change() -> None:
    text = (
        "2016年6月，全省平均达标天数比例为91.4%。与上月相比，甲市、乙市达标天数比例分别下降1.6%、4.1%。\n"
        "与上年同期相比，全省环境空气质量平均达标天数比例上升2.3%。"
    )
    rows = [r for r in _rows(text) if r[0] == "good_air_days_ratio"]
    assert ("good_air_days_ratio", None, "down", 1.6, 2016) in rows
    assert ("good_air_days_ratio", None, "down", 4.1, 2016) in rows


def test_a_rate_closing_a_list_of_sites_is_each_sites_rate() -> None:
    text = "2023年，全县9个县控断面、饮用水水源地水质达标率均为100%。"
    codes = {r[0] for r in _rows(text)}
    assert {"section_compliance_ratio", "drinking_water_source_compliance_ratio"} <= codes
    assert "surface_water_good_ratio" not in codes


def test_reservoirs_under_a_lead_naming_drinking_sources_meet_as_sources() -> None:
    text = "城区集中式饮用水源地中，甲水库、乙水库、丙水库均100%达标。"
    assert [r[:2] for r in _rows(text)] == [("drinking_water_source_compliance_ratio", 100.0)]


def test_the_value_a_series_fell_from_is_no_figure_and_the_year_it_reached_dates_what_follows() -> None:
    text = (
        "全区PM2.5年平均浓度自2019年度的15.2微克/立方米，逐步下降至2024年的12.9微克/立方米，"
        "惟东部及南部等2个空品区PM2.5年平均浓度分别为14.6μg/m3及13.8μg/m3。"
    )
    assert [(r[0], r[1], r[4]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 12.9, 2024),
        ("pm25_avg_concentration", 14.6, 2024),
        ("pm25_avg_concentration", 13.8, 2024),
    ]


def test_listed_places_each_at_one_value_give_one_figure_each_but_a_counted_group_one() -> None:
    from scrapers.extract import extract_text

    each = extract_text("2015年，北海、防城空气质量达标天数比例均为97.3%。")[0]
    assert [(i.code, i.value, i.region) for i in each] == [
        ("good_air_days_ratio", 97.3, "北海"),
        ("good_air_days_ratio", 97.3, "防城"),
    ]
    group = extract_text("甲市、乙市、丙市3个城市优良天数比例均为100%。")[0]
    assert [i.value for i in group if i.code == "good_air_days_ratio"] == [100.0]


def test_the_places_named_after_a_value_they_reach_each_have_it() -> None:
    from scrapers.extract import extract_text

    found = extract_text("全省平均达标天数比例为92.5%，其中100%达标的市有甲市、乙市和丙市。")[0]
    assert [(i.value, i.region) for i in found if i.value == 100.0] == [
        (100.0, "甲市"),
        (100.0, "乙市"),
        (100.0, "丙市"),
    ]


def test_a_region_and_its_surroundings_is_one_listed_place() -> None:
    text = "2019年，汾渭平原、京津冀及周边、长三角PM2.5平均浓度同比分别下降10.2%、8.9%、6.1%。"
    assert [(r[0], r[3]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 10.2),
        ("pm25_avg_concentration", 8.9),
        ("pm25_avg_concentration", 6.1),
    ]


def test_a_paragraph_opening_on_what_a_plan_sets_out_states_aims() -> None:
    text = (
        "方案提出，甲江、乙江等流域地表水水质优良比例达到95%。"
        "丙河等流域地表水水质优良比例达到41.2%以上，劣V类断面比例小于8.5%。"
    )
    assert _rows(text) == []


def test_the_relative_size_after_an_absolute_fall_is_the_change_of_what_fell() -> None:
    text = "1-9月，全国地级及以上城市PM2.5浓度同比下降1.5微克/立方米，下降比例达到5.1%。"
    assert [r[:4] for r in _rows(text)] == [("pm25_avg_concentration", None, "down", 5.1)]


def test_equal_values_of_a_list_of_places_are_each_places_own() -> None:
    text = "甲宁、乙州、丙林、丁宾、戊宁重度以上污染比例分别为2.9%、2.9%、5.6%、3.1%、5.6%。"
    assert [r[:2] for r in _rows(text)] == [
        ("heavy_pollution_days_ratio", 2.9),
        ("heavy_pollution_days_ratio", 2.9),
        ("heavy_pollution_days_ratio", 5.6),
        ("heavy_pollution_days_ratio", 3.1),
        ("heavy_pollution_days_ratio", 5.6),
    ]


def test_a_part_of_the_heavy_days_is_no_heavy_days_ratio() -> None:
    assert [r[:2] for r in _rows("1月和2月重污染天数占全年重污染总天数的61.2%。")] == [("share", 61.2)]


def test_a_coastal_zones_compliance_is_no_good_water_share() -> None:
    assert [r[:2] for r in _rows("近岸海域功用区合格率为81.3%。")] == [("share", 81.3)]


def test_an_average_change_goes_to_the_average_not_to_the_places_listed_after_it() -> None:
    text = (
        "8月份，全省11个城市平均达标天数比例为91.2%，其中100%达标的市有甲市和乙市。"
        "与上月相比，11个城市环境空气质量平均达标天数比例下降4.4%。"
    )
    assert [(r[1], r[2], r[3]) for r in _rows(text) if r[0] == "good_air_days_ratio"] == [
        (91.2, "down", 4.4),
        (100.0, None, None),
        (100.0, None, None),
    ]


def test_changes_against_two_bases_give_the_figure_the_first() -> None:
    text = (
        "2017年11月，边界河流30个断面中，63.3%的断面水质达到或优于Ⅲ类水标准。"
        "与2016年同期及上月相比，边界河流断面达到或优于Ⅲ类的比例分别上升12.1%和6.7%。"
    )
    assert [r[:4] for r in _rows(text)] == [("surface_water_good_ratio", 63.3, "up", 12.1)]


def test_a_headline_said_twice_without_a_place_is_the_national_figure_below() -> None:
    text = (
        "【5月平均空气优良天数比例88.4%】\n"
        "【5月平均空气优良天数比例88.4%】今天受到关注。\n"
        "5月，全国地级以上城市优良天数比例为88.4%，同比上升2.2个百分点。"
    )
    assert [r[:4] for r in _rows(text)] == [("good_air_days_ratio", 88.4, "up", 2.2)]


def test_a_paragraph_opening_on_a_plan_year_states_aims_in_every_sentence() -> None:
    text = "到2025年，重点流域优良水质比例总体达到80%以上。甲区域劣V类水体断面比例下降10个百分点左右。"
    assert _rows(text) == []


def test_the_share_of_sites_counted_at_class_three_or_better_is_the_good_share() -> None:
    text = "全市52个地表水监测断面中，水质符合Ⅲ类标准及以上的断面有47个，占90.4%。"
    assert ("surface_water_good_ratio", 90.4) in [r[:2] for r in _rows(text)]


def test_both_ends_of_a_range_whose_ends_are_named_by_place_are_figures() -> None:
    text = "全省PM2.5平均浓度为29微克/立方米。11个设区城市月均值范围为17~44微克/立方米，浓度最低为甲市，最高为乙市。"
    assert [r[:2] for r in _rows(text)] == [
        ("pm25_avg_concentration", 29.0),
        ("pm25_avg_concentration", 17.0),
        ("pm25_avg_concentration", 44.0),
    ]


def test_a_figure_followed_by_the_targets_it_reached_is_a_figure_and_they_are_not() -> None:
    text = "监测显示，全省国考断面优Ⅲ比例84.2%，达到72.5%的约束性目标，达到80%的工作目标。"
    assert [r[:2] for r in _rows(text)] == [("surface_water_good_ratio", 84.2)]


def test_a_spun_good_rate_is_the_good_days_ratio() -> None:
    text = "本年1至9月，该县细颗粒物均匀浓度为每立方米25.3微克，空气优秀天数达240天、优秀合格率88.2%。"
    assert ("good_air_days_ratio", 88.2) in [r[:2] for r in _rows(text)]


def test_changes_listed_after_a_list_of_values_without_a_second_fenbie_are_theirs_in_order() -> None:
    text = "4月和5月，全国平均优良天数比例分别为69.6%和74.3%，同比提高1.9个和2.7个百分点。"
    assert [r[:4] for r in _rows(text)] == [
        ("good_air_days_ratio", 69.6, "up", 1.9),
        ("good_air_days_ratio", 74.3, "up", 2.7),
    ]


def test_months_listed_inside_a_subject_after_its_place_share_the_measure() -> None:
    text = "长三角区域27个城市5月和6月平均优良天数比例分别为76.1%和79.4%。"
    assert [r[:2] for r in _rows(text)] == [("good_air_days_ratio", 76.1), ("good_air_days_ratio", 79.4)]


def test_a_month_of_last_year_a_report_is_of_dates_its_later_paragraphs() -> None:
    text = (
        "来源 2019-01-21 10:11\n"
        "记者了解到，去年12月，全省9个设区市空气达标天数比例平均为61.2%。\n"
        "11个城市中，甲市达标天数比例为80.6%。"
    )
    assert {r[4] for r in _rows(text) if r[0] == "good_air_days_ratio"} == {2018}


def test_a_year_a_plan_is_for_does_not_date_the_figures_after_it() -> None:
    text = (
        "会议公布了2021年全省生态环境成绩单，同时提出2022年要打好污染防治攻坚战。\n"
        "1-11月，全省平均优良天数比率为93.6%，同比提高0.8个百分点。"
    )
    assert [r[4] for r in _rows(text)] == [2021]


def test_days_not_meeting_the_standard_and_the_rest_of_them_are_no_catalog_days() -> None:
    text = "在空气质量不达标的29天中，重度污染2天，其余27天为轻度和中度污染。"
    assert [r[:2] for r in _rows(text)] == [
        ("days", 29.0),
        ("heavy_pollution_days_count", 2.0),
        ("days", 27.0),
    ]


def test_a_share_of_the_complaints_is_a_plain_share() -> None:
    text = "噪声污染方面，反映施工噪声较多，占涉噪声举报的63.1%；水污染方面，反映地表水污染较多，占涉水举报的47.3%。"
    assert ("share", 47.3) in [r[:2] for r in _rows(text)]


def test_a_list_of_rates_no_code_names_keeps_them_plain_shares_in_an_air_sentence() -> None:
    text = "如今，某镇全年空气质量优良率达92%以上，城镇绿地率、绿化覆盖率分别达到35.1%和40.6%。"
    assert [r[:2] for r in _rows(text)][-2:] == [("share", 35.1), ("share", 40.6)]


def test_above_city_level_is_no_city() -> None:
    from scrapers.extract import extract_text

    found = extract_text("全省13个地级以上市在用饮用水源达标率保持100%。")[0]
    assert all(i.region != "以上市" for i in found)


def test_a_places_change_against_last_month_stays_beside_its_yearly_change_in_another_paragraph() -> None:
    text = (
        "2016年6月，与上月相比，甲市、乙市达标天数比例分别下降1.6%、4.1%。\n"
        "与上年同期相比，甲市、乙市达标天数比例分别上升2.2%、3.8%。"
    )
    assert sorted(r[3] for r in _rows(text) if r[0] == "good_air_days_ratio") == [1.6, 2.2, 3.8, 4.1]


def test_a_month_later_than_a_january_datelines_is_of_the_year_before() -> None:
    text = (
        "12月和1-12月某市地表水质量状况\n"
        "2022-01-18   来源：某公众号\n"
        "12月，全市地表水水质总体优良，纳入考核的28个地表水断面中，水质优良率为96.4%。"
    )
    assert [(r[0], r[4]) for r in _rows(text)] == [("surface_water_good_ratio", 2021)]


def test_a_share_of_sections_named_by_the_class_they_reach_is_that_classes_share() -> None:
    assert [r[:2] for r in _rows("甲江干流有92%以上的断面达到Ⅱ类以上水质。")] == [
        ("better_than_class_ii_ratio", 92.0)
    ]


def test_a_filler_word_between_the_verb_and_dao_keeps_the_series() -> None:
    text = "全国地表水水质优良比例由2016年的67.8%大幅提高就到2021年的84.9%。"
    assert [r[:2] for r in _rows(text)] == [("surface_water_good_ratio", 84.9)]


def test_each_places_list_of_changes_is_of_the_pollutants_the_sentence_before_listed() -> None:
    text = (
        "今年上半年，可吸入颗粒物、SO2和NO2浓度同比明显下降。"
        "其中，甲区域同比分别下降12.6%、21%、8.4%，乙区域下降9.7%、13.2%、5.5%。"
    )
    assert [(r[0], r[3]) for r in _rows(text)] == [
        ("pm10_avg_concentration", 12.6),
        ("so2_avg_concentration", 21.0),
        ("no2_avg_concentration", 8.4),
        ("pm10_avg_concentration", 9.7),
        ("so2_avg_concentration", 13.2),
        ("no2_avg_concentration", 5.5),
    ]


def test_a_year_to_date_average_is_the_measure_not_a_cumulative_change() -> None:
    text = (
        "1-5月，城区NO2、SO2累计平均浓度分别为21、8微克/立方米。"
        "与去年同期相比，NO2累计平均浓度下降8.7%，SO2累计平均浓度下降9.6%。"
    )
    assert [r[:4] for r in _rows(text)] == [
        ("no2_avg_concentration", 21.0, "down", 8.7),
        ("so2_avg_concentration", 8.0, "down", 9.6),
    ]


def test_the_value_of_a_month_compared_with_in_brackets_is_no_figure() -> None:
    text = "2024年8月，某州平均优良天数比率为96.2%，比2023年8月(97.9%)减少1.7个百分点。"
    assert [r[:4] for r in _rows(text)] == [("good_air_days_ratio", 96.2, "down", 1.7)]


def test_a_month_of_a_year_compared_with_dates_the_figure_the_year_after() -> None:
    text = "8月，某州平均优良天数比率为94.1%，比2022年8月(97.2%)减少3.1个百分点。"
    assert [(r[0], r[4]) for r in _rows(text)] == [("good_air_days_ratio", 2023)]


def test_a_percentile_written_with_a_percent_sign_is_no_share() -> None:
    text = "全市臭氧日最大8小时均值90%位数值为131微克/立方米。"
    assert [r[:2] for r in _rows(text)] == [("o3_avg_concentration", 131.0)]


def test_days_reaching_good_or_better_are_the_good_days() -> None:
    assert [r[:2] for r in _rows("2015年全市空气达到优良以上的天数为231天。")] == [
        ("good_air_days_count", 231.0)
    ]


def test_places_whose_rise_is_remarked_on_list_the_sizes_of_their_rises() -> None:
    text = "二氧化硫与2016年相比，甲县、乙县、丙市升幅较大，分别为41.0%、22.5%、18.3%，丁县、戊县分别下降31.2%、12.6%。"
    assert [(r[0], r[2], r[3]) for r in _rows(text)] == [
        ("so2_avg_concentration", "up", 41.0),
        ("so2_avg_concentration", "up", 22.5),
        ("so2_avg_concentration", "up", 18.3),
        ("so2_avg_concentration", "down", 31.2),
        ("so2_avg_concentration", "down", 12.6),
    ]


def test_the_last_value_of_a_list_in_milligrams_too_large_for_co_is_in_micrograms() -> None:
    text = "2016年全省主要污染物PM10、二氧化氮、PM2.5年均值分别为72、27、44毫克/立方米。"
    assert [r[:2] for r in _rows(text)] == [
        ("pm10_avg_concentration", 72.0),
        ("no2_avg_concentration", 27.0),
        ("pm25_avg_concentration", 44.0),
    ]


def test_a_change_naming_no_place_goes_to_the_wholes_figure_not_a_place_picked_out_after_it() -> None:
    text = (
        "2016年全省PM10、二氧化硫年均值分别为72、19微克/立方米，其中甲市PM10、二氧化硫年均值分别为98、35微克/立方米。"
        "与2015年相比，PM10、二氧化硫年均浓度分别下降了2.7%、11%。"
    )
    assert [r[:4] for r in _rows(text) if r[2] is not None] == [
        ("pm10_avg_concentration", 72.0, "down", 2.7),
        ("so2_avg_concentration", 19.0, "down", 11.0),
    ]


def test_a_share_followed_by_a_bracket_on_the_target_it_met_is_a_figure() -> None:
    text = (
        "全省88个国控断面中，Ⅰ~Ⅲ类水质断面51个，占58.0%(达到国家要求的高于55.7%的目标)，同比增加4.6个百分点。"
    )
    assert ("surface_water_good_ratio", 58.0, "up", 4.6) in [r[:4] for r in _rows(text)]


def test_days_of_grade_one_and_grade_two_listed_are_no_good_days() -> None:
    text = "1月全市空气质量优良天数27天，其中一级优和二级良分别为9天和18天。"
    assert [r[:2] for r in _rows(text)] == [("good_air_days_count", 27.0), ("days", 9.0), ("days", 18.0)]


def test_a_table_of_periods_cut_off_before_its_first_full_row_gives_nothing_and_does_not_fail() -> None:
    from scrapers.extract.indicator_rows import period_row_values

    text = "年月 | 二氧化硫 | 二氧化氮 | 2024年5月 | 7 |"
    assert period_row_values(text, 0, len(text)) == []
