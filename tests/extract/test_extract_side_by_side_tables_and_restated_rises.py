"""Forms written for these tests (nineteenth round): a table header cell long enough to name its
measure and unit (可吸入颗粒物(PM10)月平均浓度(微克/立方米)); a second ranking printed beside the
first (排名 | 区 | 月均浓度 | 排名 | 区 | 同比变化); equal values of several places' rows; a figure said
again with the value it rose from (从攻坚战打响之初的…提升到, 由…提升至); 个多百分点; good days
counted as 达标天 and the share of them; an assessment's thresholds (下降10%才能…, 下降12%为良好); a
relative change said before 由X增至Y; an objective's value (合乎每立方米25微克指标); Ⅲ类水及以上 and
断面水功能区达标率; 紫爆 days; a station's change against a named year; and the year of a value a
figure came from (從103年27微克降至去年…)."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import figure_rows as _rows
from tests.extract.figure_rows import figures as _figures

_LONG_HEADER_TABLE = """表1  2019年5月全省城市环境空气质量状况

城市

可吸入颗粒物(PM10)月平均浓度(微克/立方米)

细颗粒物(PM2.5)月平均浓度(微克/立方米)

环境空气综合质量指数

排名

空气质量达标天数比例(%)

甲州

45

27

3.82

9

83.9%

乙州

33

19

2.71

3

96.8%
"""


def test_a_header_cell_naming_its_measure_and_unit_at_length_opens_its_column() -> None:
    assert _figures(_LONG_HEADER_TABLE) == [
        ("pm10_avg_concentration", 45.0),
        ("pm25_avg_concentration", 27.0),
        ("air_quality_composite_index", 3.82),
        ("good_air_days_ratio", 83.9),
        ("pm10_avg_concentration", 33.0),
        ("pm25_avg_concentration", 19.0),
        ("air_quality_composite_index", 2.71),
        ("good_air_days_ratio", 96.8),
    ]


_SIDE_BY_SIDE = """2022年3月份各区PM2.5浓度统计表
单位:微克/立方米
排名 | 区 | 月均浓度 | 排名 | 区 | 同比变化 |
1 | 甲山 | 21 | 1 | 丁河 | -18.2% |
1 | 乙水 | 21 | 2 | 甲山 | -9.5% |
1 | 戊城 | 21 | 3 | 乙水 | 0.0% |
4 | 丙林 | 24 | 4 | 戊城 | 6.3% |
5 | 丁河 | 27 | 5 | 丙林 | 7.9% |
"""


def test_a_ranking_of_changes_printed_beside_the_ranking_of_levels_gives_each_place_its_change() -> None:
    rows = [
        (i.region, i.value, (i.change.direction, i.change.value) if i.change else None)
        for i in extract_text(_SIDE_BY_SIDE)[0]
        if i.code == "pm25_avg_concentration"
    ]
    assert rows == [
        ("甲山", 21.0, ("down", 9.5)),
        ("乙水", 21.0, None),  # 0.0%: no change
        ("戊城", 21.0, ("up", 6.3)),  # a third equal value of another place's row is its own
        ("丙林", 24.0, ("up", 7.9)),
        ("丁河", 27.0, ("down", 18.2)),
    ]


def test_a_figure_said_again_with_the_value_a_campaign_started_from_is_one_figure() -> None:
    text = (
        "会上介绍，全省86个国考断面水质优良比例达到91.7%，创历史最佳水平。\n"
        "西河省生态环境厅介绍，全省水环境质量连续5年稳步提升，地表水国考断面水质优良率从攻坚战打响之初的"
        "70.4%提升到91.7%，达到实施监测以来的最好成绩。"
    )
    assert [r for r in _rows(text) if r[0] != "streak"] == [
        ("surface_water_good_ratio", 91.7, "up", 21.3, None)
    ]


def test_a_figure_said_again_in_its_sentence_with_the_value_it_rose_from_takes_that_rise() -> None:
    text = (
        "其中，东岭县12个地表水国省考河流断面水质达到或好于Ⅲ类比例保持100%，与基准年相比，"
        "水质优良比率由87.5%提升至100%，提高了12.5个百分点。"
    )
    assert _rows(text) == [("surface_water_good_ratio", 100.0, "up", 12.5, None)]


def test_points_with_a_bound_inside_the_unit_are_a_change_in_points() -> None:
    rows = [
        (i.code, i.change.direction, i.change.value, i.change.unit) if i.change else (i.code,)
        for i in extract_text("实施以来，工程区森林覆盖率平均提高5个多百分点。")[0]
    ]
    assert rows == [("forest_coverage", "up", 5.0, "percentage_point")]


def test_good_days_counted_as_met_days_and_the_share_of_all_days_they_make() -> None:
    text = "前8月，全省收获了131个达标天，占总天数243天的53.9%。"
    assert [f for f in _figures(text) if f[0] != "days"] == [
        ("good_air_days_count", 131.0),
        ("good_air_days_ratio", 53.9),
    ]


def test_the_share_after_places_average_days_is_of_the_days() -> None:
    text = "9月份，全省8个设区市达标天数平均为24天，占80%，与去年同期相比增加3天。"
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("good_air_days_count", 24.0),
        ("good_air_days_ratio", 80.0),
    ]


def test_what_an_assessment_requires_and_the_grades_it_sets_are_no_figures() -> None:
    text = (
        "按照省里要求，今年PM2.5浓度较2014年的下降比例考核要求有所提高，下降10%才能达到“及格线”，"
        "下降12%为良好，下降16%为优秀。"
    )
    assert _figures(text) == []


def test_a_relative_change_said_before_the_values_it_went_between_is_the_later_values() -> None:
    text = (
        "北区录得PM10及PM2.5年均浓度最高，分别达每立方米35.1微克及20.4微克；唯独东涌录得的PM2.5浓度"
        "逆势上升5%，由每立方米18.2微克增至19.1微克。"
    )
    assert _rows(text) == [
        ("pm10_avg_concentration", 35.1, None, None, None),
        ("pm25_avg_concentration", 20.4, None, None, None),
        ("pm25_avg_concentration", 19.1, "up", 5.0, None),
    ]
    assert _rows("全市PM2.5浓度上升3.2%，由31微克/立方米升至32微克/立方米。") == [
        ("pm25_avg_concentration", 32.0, "up", 3.2, None)
    ]


def test_the_value_of_an_objective_written_before_its_name_is_no_figure() -> None:
    assert _figures("路边PM2.5则合乎每立方米25微克指标。") == []


def test_class_three_water_and_better_and_the_zones_rate_of_sections_keep_their_codes() -> None:
    text = "全县6个省控以上断面达到Ⅲ类水及以上比例100%，12个市控以上断面水功能区达标率100%。"
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("surface_water_good_ratio", 100.0),
        ("water_function_zone_compliance_ratio", 100.0),
    ]


def test_purple_alert_days_are_heavy_pollution_days() -> None:
    assert _figures("今年紫爆天数为12天。") == [("heavy_pollution_days_count", 12.0)]


def test_a_stations_change_against_a_named_year_is_of_the_pollutant_the_sentence_is_about() -> None:
    text = (
        "數據顯示南部地區大部分測站PM2.5有逐年微幅降低的趨勢，例如：甲山測站2016年相較於2015年降低了12.4%，"
        "2017年相較於2016年下降了18.2%；乙水測站2016年相較於2015年降低了3.9%。"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", None, "down", 12.4, 2016),
        ("pm25_avg_concentration", None, "down", 18.2, 2017),
        ("pm25_avg_concentration", None, "down", 3.9, 2016),
    ]


def test_the_year_of_the_value_a_figure_came_down_from_is_not_its_year() -> None:
    text = "東岸市空品持續改善，長期趨勢比較，甲市PM2.5年均濃度從103年27微克降至去年僅20.2微克。"
    assert [(i.value, i.year) for i in extract_text(text)[0]] == [(20.2, None)]


def test_places_counted_by_the_title_they_won_are_counts_and_where_things_stood_is_no_plan() -> None:
    text = "至2022年底，全省共有4处入选“全国美丽河湖”，2处入选“全国美丽海湾”。"
    assert _figures(text) == [("count", 4.0), ("count", 2.0)]
    assert _figures("至2025年，全省优良天数比例达到90%。") == []  # 至 a year with no 共有/已: a plan


def test_a_count_whose_measure_word_a_mirror_lost_to_a_replacement_character_is_read() -> None:
    text = "地下水質(zhì)呈較差級(jí)的監(jiān)\ufffd(cè)\ufffd(diǎn)\ufffd1877\ufffd(gè),占38.1%。"
    assert _figures(text) == [("count", 1877.0), ("share", 38.1)]


def test_the_year_of_a_level_compared_with_is_not_the_year_of_the_figures_after_it() -> None:
    text = (
        "本港空气质素于疫情期间有所改善，但2023年的污染水平回升，多种污染物年均浓度录得升幅，"
        "接近2019年疫情前水平。上升幅度最大的是路边监测站臭氧年均浓度，达29%。"
    )
    assert _rows(text) == [("o3_avg_concentration", None, "up", 29.0, 2023)]


def test_a_mirrors_repost_date_years_later_does_not_date_the_storys_last_year() -> None:
    text = (
        "发布时间:2022-05-11 08:30:12 阅读:\n\n东江日报1月20日讯 省环保厅今日发布全省2018年12月及全年环境质量状况。"
        "2018年，全省城市空气平均优良天数比例为83.1%，同比上升1.2个百分点。\n\n"
        "甲乙丙地区去年平均优良天数比例为75.4%，同比下降1.9个百分点。"
    )
    assert [(i.value, i.year) for i in extract_text(text)[0]] == [(83.1, 2018), (75.4, 2018)]


def test_a_comparison_in_the_figures_sentence_dates_it_before_a_later_paragraphs_year() -> None:
    text = (
        "其中，空气质量方面，全区五地市平均优良天数比例达到86.2%，比2018年增加2.4%。\n"
        "2020年，全区将继续坚决打赢蓝天保卫战。"
    )
    assert [(i.value, i.year) for i in extract_text(text)[0]] == [(86.2, 2019)]


def test_districts_opening_their_clauses_keep_figures_equal_to_the_citys() -> None:
    text = (
        "2017年9月，全市环境空气质量综合指数为4.78，达标天数为29天。\n"
        "市五区中：甲山区环境空气质量综合指数为4.87，达标天数为29天，乙水区环境空气质量综合指数为4.53，"
        "达标天数为29天。"
    )
    days = [(i.region, i.value) for i in extract_text(text)[0] if i.code == "good_air_days_count"]
    assert [v for _, v in days] == [29.0, 29.0, 29.0]


def test_good_days_named_after_the_excellent_ones_are_one_grades_days() -> None:
    text = "2018年5月，甲区达标天数为27天。空气质量优级天数为6天、良好天数为21天、轻度污染天数为3天。"
    assert [f for f in _figures(text) if f[0] != "days"] == [("good_air_days_count", 27.0)]


def test_sections_that_met_their_targets_open_no_list_of_aims() -> None:
    text = (
        "全市国控断面有10个。2023年2月，8个断面均达到水质目标，达标率为80%；所有国控断面均达到Ⅲ类水质，"
        "优Ⅲ比例为100%。"
    )
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("section_compliance_ratio", 80.0),
        ("surface_water_good_ratio", 100.0),
    ]


def test_sea_area_meeting_classes_one_and_two_written_as_ordinals_is_the_coastal_good_share() -> None:
    text = "2017年甲湾局部海域水质总体稳定，符合第一、第二类海水水质标准的海域面积占海域总面积的61.2%。"
    assert _figures(text) == [("coastal_water_good_ratio", 61.2)]


def test_taiwans_air_quality_good_rate_is_the_good_days_share() -> None:
    assert _figures("本市107年统计至12月底，空气品质良率达 72.3%。") == [("good_air_days_ratio", 72.3)]


def test_a_share_in_a_state_named_after_it_and_a_share_of_a_volume_are_no_good_shares() -> None:
    text = "全国198个湖泊(水库)中有27.1%处于轻度及中度富营养化状态。"
    assert [f for f in _figures(text) if f[0] != "count"] == [("share", 27.1)]
    assert _figures("自甲水库取水0.52亿立方米，占比6.9%。") == [("volume", 0.52), ("share", 6.9)]


def test_the_dust_caused_part_of_heavy_pollution_days_is_heavy_pollution_days_too() -> None:
    text = "全年优良天数270天，重污染3天(含1天沙尘影响)。"
    assert _figures(text) == [
        ("good_air_days_count", 270.0),
        ("heavy_pollution_days_count", 3.0),
        ("heavy_pollution_days_count", 1.0),
    ]


def test_a_points_change_after_a_pollutant_had_no_exceedance_is_not_the_good_days_share() -> None:
    text = "10月，甲市优良天数比例为61.3%，同比降低11.4个百分点；O3未出现超标，同比下降5.2个百分点。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [
        ("good_air_days_ratio", 61.3),
        ("change", None),
    ]


_SIDE_BY_SIDE_BY_LINES = """2022年4月份各区PM2.5浓度统计表

单位:微克/立方米

排名

区

月均浓度

排名

区

同比变化

1

甲山

26

1

丙林

-7.7%

2

乙水

27

2

甲山

5.0%

3

丙林

30

3

乙水

12.5%
"""


def test_two_rankings_side_by_side_with_a_cell_a_line_give_each_place_its_change() -> None:
    rows = [
        (i.region, i.value, (i.change.direction, i.change.value) if i.change else None)
        for i in extract_text(_SIDE_BY_SIDE_BY_LINES)[0]
        if i.code == "pm25_avg_concentration"
    ]
    assert rows == [("甲山", 26.0, ("up", 5.0)), ("乙水", 27.0, ("up", 12.5)), ("丙林", 30.0, ("down", 7.7))]


def test_good_days_lost_or_won_back_are_changes_not_counts() -> None:
    assert _figures("2019年受臭氧影响，甲市损失了77个优良天。") == []
    assert _figures("保卫战期间，全省共抢回132个优良天。") == []


def test_the_other_places_equal_figure_after_the_average_is_their_own() -> None:
    text = (
        "全市7个县(市、区)优良天数比例平均为98.9%，同比降低0.3%；\n"
        "其中乙县优良天数比例为100%，其余各县(市、区)优良天数比例均为98.9%。"
    )
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("good_air_days_ratio", 98.9),
        ("good_air_days_ratio", 100.0),
        ("good_air_days_ratio", 98.9),
    ]


def test_a_compliance_rate_counted_by_volume_after_the_one_by_points_is_another_version() -> None:
    text = (
        "2020年下半年，全省28个地下饮用水水源地31个监测点位所测项目全部达标，点位达标率100%；"
        "取水总量3120.5万吨，达标水量3120.5万吨，水质达标率100%。"
    )
    codes = [f for f in _figures(text) if f[0] == "drinking_water_source_compliance_ratio"]
    assert codes == [("drinking_water_source_compliance_ratio", 100.0)] * 2


def test_the_share_after_one_water_class_is_counted_is_that_class_share() -> None:
    text = (
        "2019年全市13个常规监测断面中，Ⅱ类水质断面1个，占总断面数的7.7%；Ⅲ类水质断面11个，占总断面数84.6%。"
    )
    assert [f for f in _figures(text) if f[0] != "count"] == [("share", 7.7), ("share", 84.6)]
    assert _figures("全省Ⅰ~Ⅲ类水质断面56个，占93.3%。")[-1] == ("surface_water_good_ratio", 93.3)


def test_a_range_of_places_changes_in_brackets_is_no_change_of_one_place() -> None:
    text = (
        "11月，全省PM2.5平均为24微克/立方米，同比下降11.1%；其中9个城市PM2.5浓度同比下降(下降3.3%——36.0%)。"
    )
    assert _rows(text) == [("pm25_avg_concentration", 24.0, "down", 11.1, None)]


def test_a_paragraph_on_what_years_of_effort_must_achieve_states_targets() -> None:
    text = (
        "新华网报道称，要经过三年努力，大幅减少主要大气污染物排放总量。PM2.5未达标地级及以上城市浓度比2015年"
        "下降18%以上，地级及以上城市空气质量优良天数比率达到80%。"
    )
    assert _figures(text) == []
    assert _rows("经过三年努力，全市PM2.5浓度下降了20%。") == [
        ("pm25_avg_concentration", None, "down", 20.0, None)
    ]


def test_a_level_reached_from_a_value_introduced_by_zi_is_of_the_year_it_reached() -> None:
    text = "甲市PM2.5年均濃度自2015年24.1 μg/m3逐年遞減至2020年12.9 μg/m3。"
    assert _rows(text) == [("pm25_avg_concentration", 12.9, None, None, 2020)]


def test_a_concentration_a_verb_says_it_became_is_a_level_not_a_change() -> None:
    assert _rows("2021年PM2.5浓度微幅增加为13.6 μg/m3。") == [
        ("pm25_avg_concentration", 13.6, None, None, 2021)
    ]
