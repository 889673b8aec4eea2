"""Forms written for these tests (fifteenth round): a list of values opened with a colon after
分别为, a change after a subject-only clause (…比例，和去年同期相比上升了…), a month written with 份,
a month's figure pointed back to with 当月, an aside on what a figure covers (含…，下同), a lead
line cut off after 去年, days that are not good days (pollution days by month, days over the
standard, excellent-only days), a key-value line followed by a paragraph, tap water and shares of
the sources with some work done, a drinking source named by its reservoirs, a class named only as a
standard, and equal figures of several places in one paragraph."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import changes as _changes
from tests.extract.figure_rows import figures as _figures


def _years(text: str) -> dict[float | None, int | None]:
    return {i.value: i.year for i in extract_text(text)[0] if i.code != "count"}


def test_a_list_of_values_opened_with_a_colon_gives_each_pollutant_its_value() -> None:
    text = (
        "2023年，全市细颗粒物PM2.5、可吸入颗粒物PM10、臭氧O₃、SO₂、NO₂和CO的年均值分别为：21微克/立方米、"
        "35微克/立方米、120微克/立方米、5微克/立方米、9微克/立方米、0.8毫克/立方米。"
    )
    figures = [f for f in _figures(text) if f[0].endswith("_avg_concentration")]
    assert figures == [
        ("pm25_avg_concentration", 21.0),
        ("pm10_avg_concentration", 35.0),
        ("o3_avg_concentration", 120.0),
        ("so2_avg_concentration", 5.0),
        ("no2_avg_concentration", 9.0),
    ]


def test_changes_listed_later_go_to_the_values_listed_after_a_colon() -> None:
    text = (
        "2023年，我市PM2.5、PM10、O3浓度分别为:21微克/立方米、35微克/立方米、120微克/立方米。"
        "与去年同期相比，三项污染物PM2.5、PM10、O3浓度分别下降7.6%、8.8%、2.4%。"
    )
    assert _changes(text) == [
        ("pm25_avg_concentration", 21.0, "down", 7.6),
        ("pm10_avg_concentration", 35.0, "down", 8.8),
        ("o3_avg_concentration", 120.0, "down", 2.4),
    ]


def test_a_change_with_了_after_a_clause_naming_only_the_subject_goes_to_its_figure() -> None:
    text = "3月，全省12个城市平均优良天数比例为71.2%。3月份全省城市平均优良天数比例，同比上升了8.3个百分点。"
    assert _changes(text) == [("good_air_days_ratio", 71.2, "up", 8.3)]


def test_a_month_written_with_份_is_the_same_month() -> None:
    text = "3月，全省12个城市平均优良天数比例为71.2%。3月份全省城市平均优良天数比例与去年同期相比上升了8.3个百分点。"
    assert _changes(text) == [("good_air_days_ratio", 71.2, "up", 8.3)]


def test_a_figure_of_the_month_pointed_back_to_takes_that_months_later_change() -> None:
    text = (
        "3月12日，某省生态环境厅发布全省2021年2月环境质量状况。当月全省大气环境质量保持稳定，"
        "12个城市空气平均优良天数比例为71.2%；全省地表水水质总体为良。\n\n"
        "2月份全省12个市州城市平均优良天数比例，和去年同期相比上升了8.3个百分点。"
    )
    assert _changes(text) == [("good_air_days_ratio", 71.2, "up", 8.3)]


def test_an_aside_on_what_a_figure_covers_neither_dates_nor_places_it() -> None:
    text = (
        "2022年，全省16个设区市（含已于2023年3月并入甲市的乙县，下同）优良天数比率为88.1%，"
        "较2020年上升1.4个百分点。"
    )
    [ratio] = [i for i in extract_text(text)[0] if i.code == "good_air_days_ratio"]
    assert (ratio.year, ratio.region) == (2022, "全省")


def test_a_lead_line_cut_off_after_去年_dates_the_lines_below_it() -> None:
    text = (
        "2021-01-17 09:27:44    来源：某某网\n\n今日记者从市生态环境局获悉\n\n据了解，去年\n\n"
        "全市环境空气质量综合指数为3.91\n\n同比改善1.5%\n\n优良天数为301天\n\n优良天数比例达82.5%"
    )
    assert _years(text) == {3.91: 2020, 301.0: 2020, 82.5: 2020}


def test_pollution_days_listed_by_month_are_not_good_days() -> None:
    text = (
        "2021年，市区空气质量以优良为主，全年共331个优良天，27个轻度污染天。"
        "其中，污染天月度分布为：1月5天、3月2天、8月14天、12月6天。"
    )
    assert [v for code, v in _figures(text) if code == "good_air_days_count"] == [331.0]


def test_days_over_the_standard_after_the_days_that_met_it_are_not_good_days() -> None:
    text = "全年环境空气质量达标331天，超标34天，超标率9.3%。"
    indicators = extract_text(text)[0]
    assert [(i.code, i.value, i.region) for i in indicators if i.unit == "天"] == [
        ("good_air_days_count", 331.0, None),
        ("days", 34.0, None),
    ]


def test_days_at_the_excellent_grade_alone_are_not_good_days() -> None:
    assert _figures("虽然优良天数比去年少，但空气质量一级优的天数却比去年增加了9天，达到41天。") == [
        ("days", 41.0)
    ]
    assert _figures("全年空气质量达到优的天数为91天，良好224天，优良率为86.3%。") == [
        ("days", 91.0),
        ("days", 224.0),
        ("good_air_days_ratio", 86.3),
    ]


def test_a_good_ratio_on_a_key_value_line_is_not_named_by_the_next_paragraph() -> None:
    text = "第三名：甲县\n\n空气优良天数：201天\n\n优良率：93.2%\n\n甲县地处山区，全县的森林覆盖率达61%。"
    assert ("good_air_days_ratio", 93.2) in _figures(text)


def test_tap_water_and_sources_with_work_done_are_not_source_compliance() -> None:
    text = (
        "2015年，全国设市城市公共供水厂出厂水水样达标率为91.2%，县城公共供水末梢水水样达标率为86.4%。"
        "目前，全国约78%的地级以上城市集中式饮用水水源划定了保护区。"
    )
    assert [code for code, _ in _figures(text)] == ["share", "share", "share"]
    text = (
        "截至2021年底，共完成全县38个水源地规范化建设工作，占辖区集中式饮用水水源地个数的71.7%，"
        "全县城市集中式饮用水水源达标率100%。"
    )
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("share", 71.7),
        ("drinking_water_source_compliance_ratio", 100.0),
    ]


def test_a_drinking_source_named_by_its_reservoirs_gives_a_bare_compliance_rate_its_code() -> None:
    text = "某市饮用水源地为甲水库和乙水库，2022年所监测的各项指标均值符合Ⅲ类水质标准，达标率为100%。"
    assert _figures(text) == [("drinking_water_source_compliance_ratio", 100.0)]


def test_sections_counted_against_a_class_standard_still_decide_on_no_good_share() -> None:
    text = "在参与评价的90个省控断面中，有71个断面水质均值达到或优于五类标准，占78.9%。"
    assert ("share", 78.9) in _figures(text)


def test_equal_figures_of_places_named_in_turn_in_one_paragraph_are_each_kept() -> None:
    text = (
        "甲市总采样天数为360天，优为270天，良为90天，优良率100%；"
        "乙县总采样天数为350天，优为280天，良为70天，优良率100%；丙县总采样天数为341天，优良率100%。"
    )
    assert [v for code, v in _figures(text) if code == "good_air_days_ratio"] == [100.0, 100.0, 100.0]


def test_one_figure_said_again_with_no_place_between_is_still_one_figure() -> None:
    text = "今年以来空气质量优良率100%，同比持平；据监测，空气质量优良率100%，同比持平。"
    assert [v for code, v in _figures(text) if code == "good_air_days_ratio"] == [100.0]


def test_a_report_title_with_a_month_keeps_its_year_over_the_publication_date_below_it() -> None:
    text = (
        "2019年7月某市环境空气质量状况\n发布时间：2020-04-21 来源：某市生态环境局\n"
        "7月，本市空气中细颗粒物（PM2.5）平均浓度为21微克/立方米。优良天数为27天。"
    )
    assert _years(text) == {21.0: 2019, 27.0: 2019}


def test_last_month_under_a_january_dateline_is_last_years_december() -> None:
    text = (
        "上月全市饮用水达标\n2022-01-11 10:28:00  来源：某某网\n\n"
        "记者昨从我市生态环境部门获悉，上月，我市市区集中式生活饮用水水源达标率100%。"
    )
    assert _years(text) == {100.0: 2021}


def test_last_month_under_a_later_dateline_stays_in_the_datelines_year() -> None:
    text = (
        "上月全市饮用水达标\n2022-06-11 10:28:00  来源：某某网\n\n"
        "记者昨从我市生态环境部门获悉，上月，我市市区集中式生活饮用水水源达标率100%。"
    )
    assert _years(text) == {100.0: 2022}


def test_until_now_is_the_year_of_writing_not_the_year_told_of_before() -> None:
    text = (
        "某省自然保护地面积占比提升\n2023-01-25 06:13:03 来源：某某网\n\n"
        "2022年，某国家公园正式设立。\n\n据统计，截至目前，某省森林覆盖率达到8.1%。"
    )
    assert _years(text) == {8.1: 2023}


def test_values_listed_over_years_take_the_water_measure_the_list_names() -> None:
    text = "2020年、2021年、2022年、2023年全省地表水国考断面水质优良比例分别为94.1%、95.3%、96.6%、97.2%。"
    rows = [(i.code, i.value, i.year) for i in extract_text(text)[0]]
    assert rows == [
        ("surface_water_good_ratio", 94.1, 2020),
        ("surface_water_good_ratio", 95.3, 2021),
        ("surface_water_good_ratio", 96.6, 2022),
        ("surface_water_good_ratio", 97.2, 2023),
    ]


def test_a_second_list_in_a_sentence_names_its_own_pollutant_from_its_first_value() -> None:
    text = "甲区、乙县可吸入颗粒物PM10平均浓度分别为78、83微克/立方米，细颗粒物PM2.5平均浓度分别为45、52微克/立方米。"
    assert _figures(text) == [
        ("pm10_avg_concentration", 78.0),
        ("pm10_avg_concentration", 83.0),
        ("pm25_avg_concentration", 45.0),
        ("pm25_avg_concentration", 52.0),
    ]


def test_this_year_compared_同比_with_a_named_year_is_the_year_after_it() -> None:
    text = (
        "9月19日，某省生态环境厅召开例行新闻发布会，对今年打好大气污染防治攻坚战的有关情况进行介绍。\n\n"
        "数据显示，1-8月，全省空气质量综合指数排全国第11位，同比2022年稳位。\n\n"
        "全省优良天数率85.1%，同比提升1.5个百分点。"
    )
    assert _years(text)[85.1] == 2023


def test_a_comparison_after_a_later_year_stated_in_the_paragraph_is_an_older_base() -> None:
    text = (
        "“2022年本市大气环境质量保持总体稳定。PM2.5年均浓度38微克/立方米，与2018年相比改善17.2%。"
        "扣除沙尘导致超标天数，优良天数251天，优良天数比率68.7%。”"
    )
    assert _years(text) == {38.0: 2022, 251.0: 2022, 68.7: 2022}


def test_this_year_in_an_undated_passage_is_the_latest_year_it_states() -> None:
    text = (
        "今年6月5日是第53个“世界环境日”。6月6日，某省举行2024年某省六五环境日新闻发布会，"
        "发布《2023年某省生态环境状况公报》。\n\n大气环境质量保持向好态势。2023年全省优良天数241天、同比持平。"
        "今年环境空气质量持续改善，截至5月31日，全省优良天数98天、同比增加5.2天。"
    )
    assert _years(text) == {241.0: 2023, 98.0: 2024}


def test_a_headline_giving_a_years_figure_dates_the_article_over_its_later_dateline() -> None:
    text = (
        "2022年某省九个设区城市空气优良天数比例97.9%\n\n来源：某某网\n2023-05-31 15:47:35\n\n"
        "  某某指出，九个设区城市空气优良天数比例97.9%、同比上升0.6个百分点。\n\n"
        "  主要流域优良水质（Ⅰ~Ⅲ类）比例98%、同比上升0.7个百分点。"
    )
    assert _years(text) == {97.9: 2022, 98.0: 2022}


def test_days_that_did_not_meet_the_standard_are_not_good_days() -> None:
    text = "与去年同期相比达标天数增加9天。未达标天数92天，其中：轻度污染61天。"
    assert [code for code, _ in _figures(text)] == ["days", "days"]


def test_the_share_of_days_meeting_the_aqi_standard_in_brackets_is_the_good_ratio() -> None:
    assert _changes("全市空气质量指数(AQI)达标率为97.4%，同比改善1.2个百分点。") == [
        ("good_air_days_ratio", 97.4, "up", 1.2)
    ]


def test_a_bays_good_water_share_is_coastal_water() -> None:
    assert ("coastal_water_good_ratio", 84.6) in _figures(
        "全省13个重点海湾水质优良比例为84.6%，同比上升3.1个百分点。"
    )


def test_sewage_plants_discharging_to_standard_are_not_drinking_sources() -> None:
    text = "全市集中式饮用水水源地水质达标率100%，城镇污水处理厂平均达标排放率98.7%。"
    assert _figures(text) == [("drinking_water_source_compliance_ratio", 100.0), ("share", 98.7)]


def test_the_size_of_a_fall_written_as_下降比例_is_the_figures_change() -> None:
    text = "PM2.5浓度从2013年的89微克每立方米，2023年降至31微克每立方米，下降比例达65%。"
    assert _changes(text) == [("pm25_avg_concentration", 31.0, "down", 65.0)]
    # a cut's share of emissions (减排比例) is a share of its own, no change of a figure
    assert _figures("二氧化硫、氨氮和挥发性有机物的减排比例分别为3.1%、2.6%和4.4%。") == [
        ("share", 3.1),
        ("share", 2.6),
        ("share", 4.4),
    ]


def test_a_flat_member_of_a_list_of_changes_takes_none_of_the_next_members_change() -> None:
    assert _changes("今年1-5月，细颗粒物同比持平、臭氧上升2%。") == [
        ("o3_avg_concentration", None, "up", 2.0)
    ]


def test_a_water_parameters_concentration_change_is_no_good_share_change() -> None:
    assert _figures("国控河流入海断面总氮平均浓度同比下降4.1个百分点。") == [("change", None)]


def test_a_year_compared_with_同_an_earlier_one_dates_the_changes_after_it() -> None:
    text = (
        "2021年同2017年超低排放实施前相比，吨钢二氧化硫排放量下降了一半。"
        "全国钢铁产能集中的10个城市PM2.5浓度平均下降21%，优良天数比率平均上升6个百分点。"
    )
    assert {i.code: i.year for i in extract_text(text)[0] if i.code != "count"} == {
        "pm25_avg_concentration": 2021,
        "good_air_days_ratio": 2021,
    }


def test_both_ends_of_a_range_named_by_their_places_are_figures() -> None:
    text = "各县（区）AQI达标率95.4%（乙区）~100%（甲县）。"
    rows = [(i.code, i.value, i.region) for i in extract_text(text)[0]]
    assert rows == [("good_air_days_ratio", 95.4, "乙区"), ("good_air_days_ratio", 100.0, "甲县")]


def test_a_table_column_headed_only_浓度_takes_the_pollutant_its_caption_names() -> None:
    text = (
        "2022年6月份各区PM2.5浓度统计表\n单位：微克/立方米\n"
        "排名 | 区 | 6月浓度 | 排名 | 区 | 1-6月浓度 |\n"
        "1 | 甲区 | 21 | 1 | 甲区 | 29 |\n2 | 乙区 | 23 | 2 | 丙区 | 31 |\n3 | 丙区 | 25 | 3 | 乙区 | 32 |"
    )
    rows = [(i.code, i.value, i.region) for i in extract_text(text)[0]]
    assert sorted(rows) == sorted(
        ("pm25_avg_concentration", v, r)
        for v, r in (
            (21.0, "甲区"),
            (29.0, "甲区"),
            (23.0, "乙区"),
            (31.0, "丙区"),
            (25.0, "丙区"),
            (32.0, "乙区"),
        )
    )


def test_a_concentration_column_with_no_unit_anywhere_gives_no_figures() -> None:
    text = (
        "2022年6月份各区PM2.5浓度统计表\n排名 | 区 | 6月浓度 |\n"
        "1 | 甲区 | 21 |\n2 | 乙区 | 23 |\n3 | 丙区 | 25 |"
    )
    assert [i for i in extract_text(text)[0] if i.code == "pm25_avg_concentration"] == []


def test_a_pollutants_value_written_in_milligrams_by_slip_is_micrograms() -> None:
    text = (
        "全省14个市州城市的PM2.5平均浓度为43毫克/立方米，同比上升2.4%；"
        "PM10平均浓度为60毫克/立方米，同比下降11.8%；CO平均浓度为1.2毫克/立方米。"
    )
    rows = [(i.code, i.value, i.unit_base) for i in extract_text(text)[0] if i.code != "count"]
    assert rows == [
        ("pm25_avg_concentration", 43.0, "ug/m3"),
        ("pm10_avg_concentration", 60.0, "ug/m3"),
        ("concentration", 1.2, "mg/m3"),
    ]


def test_good_days_in_everyday_words_are_good_days() -> None:
    assert _figures("从今年1月1日到9月30日，甲市已有181个好天，其中优级27天。") == [
        ("good_air_days_count", 181.0),
        ("days", 27.0),
    ]
    assert _figures("甲市空气质量全省垫底，只有9天是好天。") == [("good_air_days_count", 9.0)]
    assert _figures("全年有338个“蓝天”，同比增加5天。") == [("good_air_days_count", 338.0)]


def test_blue_sky_days_of_another_count_are_not_good_days() -> None:
    assert _figures("原标题：8月甲市15个蓝天 乙市天天蓝天白云") == [("count", 15.0)]


def test_co_in_milligrams_per_cubic_metre_with_a_superscript_keeps_its_own_change() -> None:
    text = "NO2均值为17µg/m³，同比上升61.9%；\nCO日均浓度的第95百分位数为1.1mg/m³，同比上升22.2%；"
    assert _changes(text) == [
        ("no2_avg_concentration", 17.0, "up", 61.9),
        ("concentration", 1.1, "up", 22.2),
    ]


def test_a_lead_sentence_since_a_year_with_no_figure_dates_the_figures_after_it() -> None:
    text = (
        "某市生态环境质量持续向好\n2024年以来，某市始终坚持以提升群众获得感为核心目标，全市生态环境质量稳步提升。\n"
        "深入实施蓝天、碧水、净土保卫战，全市空气质量优良天数比例达100%，2个国控断面水质优良比例达100%。"
    )
    assert {i.code: i.year for i in extract_text(text)[0] if i.code != "count"} == {
        "good_air_days_ratio": 2024,
        "surface_water_good_ratio": 2024,
    }


def test_a_sum_since_a_year_in_the_same_sentence_keeps_no_year() -> None:
    assert [(i.code, i.year) for i in extract_text("2015年以来，省财政投入资金超过264亿元。")[0]] == [
        ("funds_committed", None)
    ]
