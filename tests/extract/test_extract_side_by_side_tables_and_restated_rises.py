"""Forms written for these tests (nineteenth round): a table header cell long enough to name its
measure and unit; a second ranking printed beside the first (序号 | 县区 | 本月浓度 | 序号 | 县区 |
同比增减), by | or a cell a line; equal values of several places' rows; a figure said again with the
value it rose from; 个多百分点; good days counted as 达标天 and the share of them; an assessment's
thresholds; a relative change said before 由X增至Y; an objective's value before 标准; Ⅲ类水及以上
and 断面水功能区达标率; 紫爆 days; a station's change against a named year; the year of a value a
figure came from; counts of places by the title they won; a measure word lost to U+FFFD; the year
of a level compared with; a mirror's repost date; districts after the whole's equal figure; one
grade's days; sea-water classes written as ordinals; shares in a state or of a volume; the dust
part of heavy days; a change after no exceedance; good days lost or won back; the rest's equal
figure; versions counted by volume; one class's share; ranges of changes; plans of years of effort;
自 as a from-value and 增加为 as a level. Every sentence is made up for the test."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import figure_rows as _rows
from tests.extract.figure_rows import figures as _figures

_LONG_HEADER_TABLE = """表2  2020年10月各市环境空气质量状况

城市

二氧化氮(NO2)本季度月平均浓度(微克/立方米)

臭氧(O3)日最大8小时平均浓度(微克/立方米)

综合指数

名次

优良天数比例(%)

甲州

24

131

3.91

7

88.2%

乙州

19

117

3.05

2

94.6%
"""


def test_a_header_cell_naming_its_measure_and_unit_at_length_opens_its_column() -> None:
    assert _figures(_LONG_HEADER_TABLE) == [
        ("no2_avg_concentration", 24.0),
        ("o3_avg_concentration", 131.0),
        ("air_quality_composite_index", 3.91),
        ("good_air_days_ratio", 88.2),
        ("no2_avg_concentration", 19.0),
        ("o3_avg_concentration", 117.0),
        ("air_quality_composite_index", 3.05),
        ("good_air_days_ratio", 94.6),
    ]


_SIDE_BY_SIDE = """某市2023年5月县区PM10浓度排名
单位:微克/立方米
序号 | 县区 | 本月浓度 | 序号 | 县区 | 同比增减 |
1 | 甲山 | 38 | 1 | 丁河 | -12.4% |
1 | 乙水 | 38 | 2 | 甲山 | -6.1% |
1 | 戊城 | 38 | 3 | 乙水 | 0.0% |
4 | 丙林 | 43 | 4 | 戊城 | 2.7% |
5 | 丁河 | 47 | 5 | 丙林 | 9.3% |
"""


def test_a_ranking_of_changes_printed_beside_the_ranking_of_levels_gives_each_place_its_change() -> None:
    rows = [
        (i.region, i.value, (i.change.direction, i.change.value) if i.change else None)
        for i in extract_text(_SIDE_BY_SIDE)[0]
        if i.code == "pm10_avg_concentration"
    ]
    assert rows == [
        ("甲山", 38.0, ("down", 6.1)),
        ("乙水", 38.0, None),  # 0.0%: no change
        ("戊城", 38.0, ("up", 2.7)),  # a third equal value of another place's row is its own
        ("丙林", 43.0, ("up", 9.3)),
        ("丁河", 47.0, ("down", 12.4)),
    ]


_SIDE_BY_SIDE_BY_LINES = """某市2023年6月县区PM10浓度排名

单位:微克/立方米

序号

县区

本月浓度

序号

县区

同比增减

1

甲山

33

1

丙林

-4.2%

2

乙水

35

2

甲山

8.1%

3

丙林

41

3

乙水

10.6%
"""


def test_two_rankings_side_by_side_with_a_cell_a_line_give_each_place_its_change() -> None:
    rows = [
        (i.region, i.value, (i.change.direction, i.change.value) if i.change else None)
        for i in extract_text(_SIDE_BY_SIDE_BY_LINES)[0]
        if i.code == "pm10_avg_concentration"
    ]
    assert rows == [("甲山", 33.0, ("up", 8.1)), ("乙水", 35.0, ("up", 10.6)), ("丙林", 41.0, ("down", 4.2))]


def test_a_figure_said_again_with_the_value_a_campaign_started_from_is_one_figure() -> None:
    text = (
        "通报显示，东岭省57个考核断面优良率为88.6%。\n"
        "多年来全省水体持续向好，断面优良比例从行动开展之初的69.2%提升到88.6%，为有记录以来最高。"
    )
    assert _rows(text) == [("surface_water_good_ratio", 88.6, "up", 19.4, None)]


def test_a_figure_said_again_in_its_sentence_with_the_value_it_rose_from_takes_that_rise() -> None:
    text = "西河县9个市控河流断面Ⅰ~Ⅲ类比例保持100%，较基准年，水质优良比例由77.8%提高到100%，升幅明显。"
    assert _rows(text) == [("surface_water_good_ratio", 100.0, "up", 22.2, None)]


def test_points_with_a_bound_inside_the_unit_are_a_change_in_points() -> None:
    rows = [
        (i.code, i.change.direction, i.change.value, i.change.unit) if i.change else (i.code,)
        for i in extract_text("十年间，全县森林覆盖率累计提高7个多百分点。")[0]
    ]
    assert rows == [("forest_coverage", "up", 7.0, "percentage_point")]


def test_good_days_counted_as_met_days_and_the_share_of_all_days_they_make() -> None:
    text = "上半年，东岭市共迎来150个达标天，占总天数181天的82.9%。"
    assert [f for f in _figures(text) if f[0] != "days"] == [
        ("good_air_days_count", 150.0),
        ("good_air_days_ratio", 82.9),
    ]


def test_the_share_after_places_average_days_is_of_the_days() -> None:
    text = "6月，6个地市达标天数平均为26天，占86.7%，较上年同期多2天。"
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("good_air_days_count", 26.0),
        ("good_air_days_ratio", 86.7),
    ]


def test_what_an_assessment_requires_and_the_grades_it_sets_are_no_figures() -> None:
    text = "今年考核更严，细颗粒物浓度比基准年下降8%才能合格，下降11%为良好，下降14%为优秀。"
    assert _figures(text) == []


def test_a_relative_change_said_before_the_values_it_went_between_is_the_later_values() -> None:
    text = (
        "两个站点的二氧化氮年均值分别为每立方米41.2微克及36.5微克；另一站点的二氧化氮浓度上升4%，"
        "由每立方米21.3微克增至22.0微克。"
    )
    assert _rows(text) == [
        ("no2_avg_concentration", 41.2, None, None, None),
        ("no2_avg_concentration", 36.5, None, None, None),
        ("no2_avg_concentration", 22.0, "up", 4.0, None),
    ]
    assert _rows("该县臭氧浓度上升2.9%，由140微克/立方米升至144微克/立方米。") == [
        ("o3_avg_concentration", 144.0, "up", 2.9, None)
    ]


def test_the_value_of_an_objective_written_before_its_name_is_no_figure() -> None:
    assert _figures("郊区站的PM10仍未符合每立方米50微克标准。") == []


def test_class_three_water_and_better_and_the_zones_rate_of_sections_keep_their_codes() -> None:
    text = "该区4个市控断面达到Ⅲ类水及以上比例100%，7个区控断面水功能区达标率85.7%。"
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("surface_water_good_ratio", 100.0),
        ("water_function_zone_compliance_ratio", 85.7),
    ]


def test_purple_alert_days_are_heavy_pollution_days() -> None:
    assert _figures("去年全市紫爆天数为9天。") == [("heavy_pollution_days_count", 9.0)]


def test_a_stations_change_against_a_named_year_is_of_the_pollutant_the_sentence_is_about() -> None:
    text = (
        "分析指出多數監測點的臭氧呈上升趨勢，比如：東岸測站2018年與2017年相較上升了7.3%，"
        "2019年與2018年相較上升了5.1%；西崗測站2018年與2017年相較上升了2.2%。"
    )
    assert _rows(text) == [
        ("o3_avg_concentration", None, "up", 7.3, 2018),
        ("o3_avg_concentration", None, "up", 5.1, 2019),
        ("o3_avg_concentration", None, "up", 2.2, 2018),
    ]


def test_the_year_of_the_value_a_figure_came_down_from_is_not_its_year() -> None:
    text = "南岸縣空品逐年好轉，縣內PM2.5年均值從104年24微克降至去年的18.6微克。"
    assert [(i.value, i.year) for i in extract_text(text)[0]] == [(18.6, None)]


def test_places_counted_by_the_title_they_won_are_counts_and_where_things_stood_is_no_plan() -> None:
    text = "至2021年底，全市共有5处入选“省级美丽河湖”，7个村获评省级生态村。"
    assert _figures(text) == [("count", 5.0), ("count", 7.0)]
    assert _figures("至2026年，全市森林覆盖率达到48%。") == []  # 至 a year with no 共有/已: a plan


def test_a_count_whose_measure_word_a_mirror_lost_to_a_replacement_character_is_read() -> None:
    text = "全縣共設採樣\ufffd(diǎn)\ufffd412\ufffd(gè),其中良好級佔21.4%。"
    assert _figures(text)[0] == ("count", 412.0)


def test_the_year_of_a_level_compared_with_is_not_the_year_of_the_figures_after_it() -> None:
    text = (
        "去年区内空气总体平稳，2022年的颗粒物水平小幅回落，仍高于2018年的平均水平。"
        "回落幅度最大的是郊区站二氧化硫年均浓度，达18%。"
    )
    assert _rows(text) == [("so2_avg_concentration", None, "down", 18.0, 2022)]


def test_a_mirrors_repost_date_years_later_does_not_date_the_storys_last_year() -> None:
    text = (
        "发布时间:2024-07-23 09:15:31 点击:\n\n某日报1月9日讯 省生态环境厅日前通报2019年全年空气质量。"
        "2019年，全省PM10均值为64微克/立方米，同比下降3.9%。\n\n"
        "沿海三市去年PM10均值为47微克/立方米，同比下降4.0%。"
    )
    rows = [(i.value, i.year) for i in extract_text(text)[0] if i.code == "pm10_avg_concentration"]
    assert rows == [(64.0, 2019), (47.0, 2019)]


def test_a_comparison_in_the_figures_sentence_dates_it_before_a_later_paragraphs_year() -> None:
    text = "此外，全省地级城市优良天数比例为91.2%，比2020年提高2.6%。\n2022年，全省将继续深入推进治气工作。"
    assert [(i.value, i.year) for i in extract_text(text)[0]] == [(91.2, 2021)]


def test_districts_opening_their_clauses_keep_figures_equal_to_the_citys() -> None:
    text = (
        "2020年6月，全市空气质量综合指数为3.56，达标天数为27天。\n"
        "各区中：东湖区综合指数为3.48，达标天数为27天，西岭区综合指数为3.61，达标天数为27天。"
    )
    days = [i.value for i in extract_text(text)[0] if i.code == "good_air_days_count"]
    assert days == [27.0, 27.0, 27.0]


def test_good_days_named_after_the_excellent_ones_are_one_grades_days() -> None:
    text = "2018年5月，甲区达标天数为27天。其中优级天数为8天、良好天数为19天、轻度污染天数为4天。"
    assert [f for f in _figures(text) if f[0] != "days"] == [("good_air_days_count", 27.0)]


def test_sections_that_met_their_targets_open_no_list_of_aims() -> None:
    text = (
        "全区考核断面有8个。2024年3月，7个断面达到水质目标，达标率为87.5%；全部断面达到Ⅲ类水质，"
        "优Ⅲ比例为100%。"
    )
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("section_compliance_ratio", 87.5),
        ("surface_water_good_ratio", 100.0),
    ]


def test_sea_area_meeting_classes_one_and_two_written_as_ordinals_is_the_coastal_good_share() -> None:
    text = "2018年，该湾水质基本稳定，第一类和第二类海水面积占全部海域面积的比例为73.4%。"
    assert _figures(text) == [("coastal_water_good_ratio", 73.4)]
    text = "该县海域符合第一、第二类海水标准的面积比例为69.5%。"
    assert _figures(text) == [("coastal_water_good_ratio", 69.5)]


def test_taiwans_air_quality_good_rate_is_the_good_days_share() -> None:
    assert _figures("本縣109年空氣品質良率為 81.9%。") == [("good_air_days_ratio", 81.9)]


def test_a_share_in_a_state_named_after_it_and_a_share_of_a_volume_are_no_good_shares() -> None:
    text = "监测的63个湖库中，有31.6%处于轻度富营养状态。"
    assert [f for f in _figures(text) if f[0] != "count"] == [("share", 31.6)]
    assert _figures("由丙水库供水1.08亿立方米，占比12.3%。") == [("volume", 1.08), ("share", 12.3)]


def test_the_dust_caused_part_of_heavy_pollution_days_is_heavy_pollution_days_too() -> None:
    text = "一季度优良天数62天，重污染4天(含2天沙尘影响)。"
    assert _figures(text) == [
        ("good_air_days_count", 62.0),
        ("heavy_pollution_days_count", 4.0),
        ("heavy_pollution_days_count", 2.0),
    ]


def test_a_points_change_after_a_pollutant_had_no_exceedance_is_not_the_good_days_share() -> None:
    text = "7月，丁市空气优良率为79.6%，较上年同期提高4.3个百分点；PM10未出现超标，同比下降2.4个百分点。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [
        ("good_air_days_ratio", 79.6),
        ("change", None),
    ]


def test_good_days_lost_or_won_back_are_changes_not_counts() -> None:
    assert _figures("今年受沙尘天气影响，乙市损失了23个优良天。") == []
    assert _figures("冬防期间，全市共夺回41个优良天。") == []


def test_the_other_places_equal_figure_after_the_average_is_their_own() -> None:
    text = (
        "全市9个县区空气优良率平均为97.6%，同比上升0.5%；\n"
        "其中丙县空气优良率为100%，其余县区空气优良率均为97.6%。"
    )
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("good_air_days_ratio", 97.6),
        ("good_air_days_ratio", 100.0),
        ("good_air_days_ratio", 97.6),
    ]


def test_a_compliance_rate_counted_by_volume_after_the_one_by_points_is_another_version() -> None:
    text = (
        "上半年，全市14个集中式饮用水水源地点位达标率100%；供水总量5210万吨，达标水量5210万吨，"
        "水质达标率100%。"
    )
    codes = [f for f in _figures(text) if f[0] == "drinking_water_source_compliance_ratio"]
    assert codes == [("drinking_water_source_compliance_ratio", 100.0)] * 2


def test_the_share_after_one_water_class_is_counted_is_that_class_share() -> None:
    text = "全县9个监测断面中，Ⅰ类水质断面2个，占断面总数的22.2%；Ⅱ类水质断面6个，占断面总数66.7%。"
    assert [f for f in _figures(text) if f[0] != "count"] == [("share", 22.2), ("share", 66.7)]
    assert _figures("全县Ⅰ~Ⅲ类水质断面8个，占88.9%。")[-1] == ("surface_water_good_ratio", 88.9)
    assert _figures("全县劣Ⅴ类水质断面1个，占11.1%。")[-1] == ("worse_than_class_v_ratio", 11.1)


def test_a_range_of_places_changes_in_brackets_is_no_change_of_one_place() -> None:
    text = "5月，全市臭氧浓度为152微克/立方米，同比上升5.6%；其中7个县臭氧浓度同比上升(上升2.1%——14.8%)。"
    assert _rows(text) == [("o3_avg_concentration", 152.0, "up", 5.6, None)]


def test_a_paragraph_on_what_years_of_effort_must_achieve_states_targets() -> None:
    text = (
        "方案提出，要通过两年努力，推动空气质量持续改善。细颗粒物浓度比2020年下降10%以上，"
        "优良天数比率达到85%。"
    )
    assert _figures(text) == []
    assert _rows("通过两年努力，全县细颗粒物浓度下降了17%。") == [
        ("pm25_avg_concentration", None, "down", 17.0, None)
    ]


def test_a_level_reached_from_a_value_introduced_by_zi_is_of_the_year_it_reached() -> None:
    text = "乙縣臭氧年均值自2016年58.3μg/m3一路遞減至2021年49.7μg/m3。"
    assert _rows(text) == [("o3_avg_concentration", 49.7, None, None, 2021)]


def test_a_concentration_a_verb_says_it_became_is_a_level_not_a_change() -> None:
    assert _rows("2022年臭氧浓度小幅上升为151 μg/m3。") == [("o3_avg_concentration", 151.0, None, None, 2022)]


def test_days_with_an_air_pollution_index_under_100_are_the_good_days() -> None:
    text = "2011年，甲市API小於100的日數比例：東區為82.4%，西區為87.9%。"
    assert _figures(text) == [("good_air_days_ratio", 82.4), ("good_air_days_ratio", 87.9)]


def test_two_measures_pointed_back_to_keep_their_own_codes_when_one_vetoes_the_other() -> None:
    text = "乙江的水功能区达标率和Ⅰ~Ⅲ类水质比例同比均有下降，两项指标分别为89.5%和84.4%。"
    assert _figures(text) == [
        ("water_function_zone_compliance_ratio", 89.5),
        ("surface_water_good_ratio", 84.4),
    ]


def test_a_daily_mean_compliance_rate_of_the_air_is_the_good_days_share() -> None:
    text = "2018年全县空气质量日均值达标率为88.7%(实况)，较上年提高1.8个百分点。"
    assert _rows(text) == [("good_air_days_ratio", 88.7, "up", 1.8, 2018)]
    assert extract_text(text)[0][0].region != "实况"


def test_a_pointer_to_a_figure_does_not_part_a_share_from_its_change() -> None:
    text = "该县优良天数为352天，为有效监测天数(363天)的97.0%(见图2)，比上年上升0.6个百分点。"
    assert [r for r in _rows(text) if r[0] == "good_air_days_ratio"] == [
        ("good_air_days_ratio", 97.0, "up", 0.6, None)
    ]


def test_the_same_period_last_year_compared_with_is_an_earlier_value() -> None:
    text = "前4月，该区PM10均值为45.2微克/立方米，相较去年同期1至4月的49.6微克/立方米下降8.9%。"
    assert _rows(text) == [("pm10_avg_concentration", 45.2, "down", 8.9, None)]


def test_a_share_that_picks_out_the_places_counted_and_places_counted_at_full_are_no_figures() -> None:
    assert [f for f in _figures("其中，空气质量优良率达到85%的城市有121个。") if f[0] != "count"] == []
    text = "甲县AQI优良率范围为92.4%-100%，47个城市达到100%。"
    assert [f for f in _figures(text) if f[0] != "count"] == []
    text = "此外，97处县级以上集中式饮用水源监测达标率为100%。"
    assert _figures(text)[-1] == ("drinking_water_source_compliance_ratio", 100.0)


def test_the_share_after_a_count_of_the_good_classes_is_the_good_share_whatever_else_is_in_view() -> None:
    text = (
        "2019年8月份,本县共布设16个地表水点位、5处县级以上饮用水源地和两条河流16个水质断面."
        "本县地表水总体为 优 .Ⅰ~Ⅲ类的断面有15个,占93.8%;¶¶Ⅳ类断面有1个,占6.2%."
    )
    assert [f for f in _figures(text) if f[0].endswith("ratio") or f[0] == "share"] == [
        ("surface_water_good_ratio", 93.8),
        ("share", 6.2),
    ]


def test_river_length_of_one_class_and_sea_area_worse_than_class_four_keep_their_own_shares() -> None:
    text = "其中，符合地表水Ⅰ~Ⅲ水质标准的河长980.2千米，占评价河长的91.2%；Ⅳ类标准的河长31.5千米，占2.9%。"
    assert [f for f in _figures(text) if f[0] != "length"] == [
        ("surface_water_good_ratio", 91.2),
        ("share", 2.9),
    ]
    text = "2014年劣四类海水面积8120平方公里，占本市海域总面积的44.7%。"
    assert [f for f in _figures(text) if f[0] != "area"] == [("coastal_worse_than_class_iv_ratio", 44.7)]


def test_sections_of_rivers_and_lakes_together_give_the_surface_water_share() -> None:
    text = "三季度，全州江河、湖库考核断面的优良比例为97.5%。"
    assert _figures(text) == [("surface_water_good_ratio", 97.5)]


def test_a_passage_under_a_plans_title_states_targets() -> None:
    text = (
        "甲市2023年度大气污染防治工作方案\n\n为打好蓝天保卫战，制定本方案。"
        "全市PM2.5平均浓度控制在32微克/立方米以下，优良天数比例达到85%。"
    )
    assert _figures(text) == []
    text = "关于印发《甲市2023年度大气污染防治工作方案》的通知\n2022年，全市优良天数比例达到85%。"
    assert _figures(text) == [("good_air_days_ratio", 85.0)]


def test_a_source_drawing_surface_or_ground_water_is_a_drinking_source() -> None:
    text = "监测表明，全区地表水源地中7处达标，达标率为87.5%；地下水源地总体稳定，达标率为90.0%。"
    assert [f for f in _figures(text) if f[0] != "count"] == [
        ("drinking_water_source_compliance_ratio", 87.5),
        ("drinking_water_source_compliance_ratio", 90.0),
    ]


def test_a_round_mark_passed_for_the_first_time_is_no_level() -> None:
    text = "2023年，该省细颗粒物浓度首次降到25微克/立方米，重污染天数比例首次降到2%。"
    assert _figures(text) == []
    assert _rows("该区PM10浓度首次降至41.6微克/立方米。") == [
        ("pm10_avg_concentration", 41.6, None, None, None)
    ]


def test_a_share_of_the_places_is_no_share_of_days() -> None:
    assert _figures("该省有63.6%的地市空气优良率同比上升。") == [("share", 63.6)]


_GLOSSED_HEADER_TABLE = """2021年5月某省各市环境空气质量状况

城市

综合指数

优良天数(%

主要监测项目平均浓度(微克/立方米)

首要污染物

PM10

(可吸入颗粒物)

NO2

(二氧化氮)

CO

(一氧化碳)

O3-8H

(臭氧)

甲州

3.95

87.1

71

27

0.9

132

O3

乙州

4.21

83.9

78

31

1.1

140

PM10
"""


def test_glossed_headers_and_a_column_of_pollutant_names_leave_the_values_in_their_columns() -> None:
    assert _figures(_GLOSSED_HEADER_TABLE) == [
        ("air_quality_composite_index", 3.95),
        ("good_air_days_ratio", 87.1),
        ("pm10_avg_concentration", 71.0),
        ("no2_avg_concentration", 27.0),
        ("o3_avg_concentration", 132.0),
        ("air_quality_composite_index", 4.21),
        ("good_air_days_ratio", 83.9),
        ("pm10_avg_concentration", 78.0),
        ("no2_avg_concentration", 31.0),
        ("o3_avg_concentration", 140.0),
    ]


def test_districts_opening_their_own_lines_and_sentences_keep_a_figure_equal_to_the_citys() -> None:
    text = (
        "2020年，全市优良天数共321天。\n甲山区2020年度空气质量居全市第二，优良天数也为321天。"
        "乙水区2020年度空气质量位列全市第四，优良天数共321天。"
    )
    assert [i.value for i in extract_text(text)[0] if i.code == "good_air_days_count"] == [321.0] * 3


_PERIOD_PAIRS_TABLE = """表2 2023年10月主要污染物指标
项目 | 10月 | 1-10月 | ||
浓度 | 同比增减(%) | 浓度 | 同比增减(%) |
PM10 | 62ug/m3 | -6.1 | 55ug/m3 | 4.2 |
NO2 | 21ug/m3 | 10.5 | 18ug/m3 | -5.3 |
"""


def test_a_period_over_each_pair_of_value_and_change_columns_gives_both_periods_figures() -> None:
    rows = [
        (i.code, i.value, i.period, (i.change.direction, i.change.value) if i.change else None)
        for i in extract_text(_PERIOD_PAIRS_TABLE)[0]
    ]
    assert rows == [
        ("pm10_avg_concentration", 62.0, "10月", ("down", 6.1)),
        ("pm10_avg_concentration", 55.0, "1-10月", ("up", 4.2)),
        ("no2_avg_concentration", 21.0, "10月", ("up", 10.5)),
        ("no2_avg_concentration", 18.0, "1-10月", ("down", 5.3)),
    ]
