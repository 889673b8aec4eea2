"""Issue 23, round 5: forms unseen text showed again and again, each as a general rule
(sentences written for these tests; none is a passage of any set)."""

from __future__ import annotations

from scrapers.base.normalize import normalize
from scrapers.extract import extract_text
from scrapers.extract.naming import canonical
from scrapers.extract.segments import sentences


def _items(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    return [
        (i.code, i.value, i.change.direction if i.change else None, i.change.value if i.change else None)
        for i in extract_text(text)[0]
        if i.code not in ("count", "share", "concentration")
    ]


def test_a_list_of_changes_naming_its_own_pollutants_goes_to_their_figures_not_the_last_ones() -> None:
    text = (
        "1-6月，甲省PM2.5、PM10、SO2、NO2、O3浓度分别为31、58、9、22、150微克/立方米，"
        "其中，PM2.5、PM10、O3、CO同比改善，改善幅度分别为8%、6.5%、2.1%、10.0%，SO2、NO2同比持平。"
    )
    got = {code: (direction, size) for code, _, direction, size in _items(text)}
    assert got["pm25_avg_concentration"] == ("down", 8.0)
    assert got["pm10_avg_concentration"] == ("down", 6.5)
    assert got["o3_avg_concentration"] == ("down", 2.1)
    assert got["so2_avg_concentration"][0] in (None, "flat")
    assert got["no2_avg_concentration"][0] in (None, "flat")


def test_a_size_word_before_a_list_of_changes_does_not_hide_them() -> None:
    text = "甲、乙两市PM2.5平均浓度同比下降，降幅分别为12.0%、9.5%。"
    changes = sorted(size for _, _, _, size in _items(text) if size is not None)
    assert changes == [9.5, 12.0]


def test_a_lead_that_repeats_a_figures_change_is_not_a_change_of_its_own() -> None:
    text = (
        "今年前10个月，全省PM2.5浓度改善6.3%。\n"
        "环境空气质量方面，全省PM2.5平均浓度为33微克/立方米，同比改善6.3%。"
    )
    assert _items(text) == [("pm25_avg_concentration", 33.0, "down", 6.3)]


def test_a_lead_change_that_no_figure_carries_stays_a_change_only_item() -> None:
    text = "今年以来，全省国控断面优良水体比例改善4.2%。\n全省PM2.5平均浓度为33微克/立方米，同比改善6.3%。"
    assert ("surface_water_good_ratio", None, "up", 4.2) in _items(text)


def test_a_figure_restated_by_a_bare_share_is_one_figure_with_the_later_change() -> None:
    text = (
        "全省50个国控断面中，优良比例为92.0%，创新高。\n"
        "其中水质优良断面46个，占92.0%；与上年相比，水质优良断面比例增加2.0个百分点。"
    )
    assert [i for i in _items(text) if i[0] == "surface_water_good_ratio"] == [
        ("surface_water_good_ratio", 92.0, "up", 2.0)
    ]


def test_subscripts_a_mirror_lost_are_read_as_the_pollutants() -> None:
    assert normalize("O?平均浓度为150，SO?为9，NO?为22").text == "O3平均浓度为150，SO2为9，NO2为22"
    assert normalize("SO₂和NO₂、O₃").text == "SO2和NO2、O3"
    assert normalize("是否?今年CO?浓度").text == "是否?今年CO?浓度"  # only O? / SO? / NO?
    text = "PM10平均浓度为50微克/立方米，同比持平；O?平均浓度为140微克/立方米，同比上升2.0%。"
    assert ("o3_avg_concentration", 140.0, "up", 2.0) in _items(text)


def test_good_and_fair_written_with_a_list_comma_are_the_good_days_ratio() -> None:
    text = "1-9月，市区空气质量优、良率为97.5%，同比提高1.2个百分点。"
    assert _items(text) == [("good_air_days_ratio", 97.5, "up", 1.2)]


def test_places_listed_after_the_naming_clause_take_its_indicator_the_rest_included() -> None:
    text = "全省15个市(州)的水质优良率，丙山州92.5%、丁阳市88.0%，其余13个市(州)均为100%。"
    assert [code for code, *_ in _items(text)] == ["surface_water_good_ratio"] * 3


def test_a_scope_listing_several_water_bodies_puts_none_of_them_in_view() -> None:
    text = "2023年，对全省80条河流的190个监测断面、12个湖泊、9座水库进行了监测。其中，水质为Ⅰ至Ⅲ类的断面占比90.5%。"
    assert _items(text) == [("surface_water_good_ratio", 90.5, None, None)]


def test_one_kind_of_water_body_named_twice_is_still_in_view() -> None:
    text = "主要湖泊、水库中，水质为Ⅰ至Ⅲ类的占60.0%。"
    assert _items(text) == [("lake_reservoir_good_ratio", 60.0, None, None)]


def test_the_good_classes_listed_one_by_one_are_the_good_share() -> None:
    text = "主要湖泊、水库中，水质良好符合Ⅱ、Ⅲ类标准的占60.0%，符合Ⅳ类、Ⅴ类标准的占30.0%。"
    assert _items(text) == [("lake_reservoir_good_ratio", 60.0, None, None)]
    assert _items("全省国控断面中，Ⅰ类、Ⅱ类和Ⅲ类水质断面占85.0%。") == [
        ("surface_water_good_ratio", 85.0, None, None)
    ]


def test_a_class_pair_not_called_good_is_not_read_as_the_good_range() -> None:
    assert canonical("Ⅱ、Ⅲ类水质断面") == "II、III类水质断面"
    assert canonical("水质优良的Ⅱ、Ⅲ类断面") == "水质优良的I-III类断面"


def test_sections_reaching_their_targets_are_the_compliance_rate_not_the_good_share() -> None:
    text = "全省60个地表水考核断面中达到水质目标要求的断面54个，占90.0%；水质符合Ⅰ~Ⅲ类的断面50个，占83.3%。"
    codes = [
        (code, value) for code, value, *_ in _items(text) if value is not None and value < 100 and value > 80
    ]
    assert codes == [("section_compliance_ratio", 90.0), ("surface_water_good_ratio", 83.3)]


def test_a_taiwanese_short_city_name_leaves_the_subject_to_the_clause_before() -> None:
    text = "去年环保署监测全台PM2.5浓度资料显示，南市年平均值为24.3μg/m3。"
    assert _items(text) == [("pm25_avg_concentration", 24.3, None, None)]


def test_a_list_of_changes_then_a_list_of_the_levels_reached_gives_each_level_its_change() -> None:
    text = "甲地区、乙地区两个区域PM2.5平均浓度分别下降21.0%、18.5%，分别达到了40.2微克/立方米、36.1微克/立方米。"
    assert _items(text) == [
        ("pm25_avg_concentration", 40.2, "down", 21.0),
        ("pm25_avg_concentration", 36.1, "down", 18.5),
    ]


def test_the_share_of_sites_reaching_the_good_range_is_the_good_share_not_a_compliance_rate() -> None:
    assert _items("全市12个国控断面Ⅰ-Ⅲ水质达标率为100%。") == [
        ("surface_water_good_ratio", 100.0, None, None)
    ]
    assert _items("全省地表水Ⅰ~Ⅲ类水质断面达标率为85.0%。") == [
        ("surface_water_good_ratio", 85.0, None, None)
    ]
    assert _items("全省国控断面水质达标率为90.0%。") == [("section_compliance_ratio", 90.0, None, None)]


def test_a_respectively_that_lists_no_number_hands_out_no_codes() -> None:
    text = "对县级以上集中式饮用水水源地建立了档案，分别设立了甲河、乙湖保护区，保护区总面积近2万平方公里，占全省国土面积的8%。"
    assert [(code, value) for code, value, *_ in _items(text)] == [("area", 2.0)]
    assert not any(i.code.startswith("drinking") for i in extract_text(text)[0])


def test_neither_end_of_a_range_written_with_a_tilde_or_a_dash_is_a_figure() -> None:
    assert _items("全省13个设区市优良天数比率在61.0%~80.0%之间。") == []
    assert _items("各市优良天数比率介于61.0%-80.0%之间，全省平均为72.0%。") == [
        ("good_air_days_ratio", 72.0, None, None)
    ]


def test_a_zero_in_a_later_areas_paragraph_is_that_areas_figure_not_a_restatement() -> None:
    text = (
        "2019年8月，全省PM2.5平均浓度为20微克/立方米；重污染天数平均为0天，同比持平。\n"
        "沿海城市PM2.5平均浓度为18微克/立方米；重污染天数平均为0天，同比持平。"
    )
    zeros = [i for i in extract_text(text)[0] if i.code == "heavy_pollution_days_count"]
    assert [(i.value, i.year) for i in zeros] == [(0.0, 2019), (0.0, 2019)]


def test_places_judged_to_have_moved_most_take_the_indicator_of_the_topic_phrase() -> None:
    text = "PM2.5浓度方面，甲市、乙州、丙市改善较大，同比分别下降20.1%、15.8%、12.3%。"
    assert _items(text) == [
        ("pm25_avg_concentration", None, "down", 20.1),
        ("pm25_avg_concentration", None, "down", 15.8),
        ("pm25_avg_concentration", None, "down", 12.3),
    ]


def test_a_network_word_does_not_outweigh_the_water_body_it_qualifies() -> None:
    text = "全省近岸海域国控点位中，优良水质点位比例为91.3%。"
    assert _items(text) == [("coastal_water_good_ratio", 91.3, None, None)]
    assert _items("全省地表水国控断面中，优良比例为91.3%。") == [
        ("surface_water_good_ratio", 91.3, None, None)
    ]
    assert _items("全省国控断面优良比例为91.3%。") == [("surface_water_good_ratio", 91.3, None, None)]


def test_a_second_comparison_after_a_year_on_year_one_does_not_date_the_figure() -> None:
    text = "一季度，全省PM2.5平均浓度为42微克/立方米，同比下降12.5%，较2019年同期下降20.1%。"
    assert [(i.code, i.year) for i in extract_text(text)[0]] == [("pm25_avg_concentration", None)]
    dated = extract_text("全市PM2.5平均浓度为42微克/立方米，比2021年下降3.3%。")[0]
    assert [(i.code, i.year) for i in dated] == [("pm25_avg_concentration", 2022)]


def test_this_figure_refers_back_to_the_indicator_named_before() -> None:
    text = "2021年，全市PM2.5平均浓度为30微克/立方米。2022年，这一数字下降到27微克/立方米，同比下降10%。"
    assert _items(text) == [
        ("pm25_avg_concentration", 30.0, None, None),
        ("pm25_avg_concentration", 27.0, "down", 10.0),
    ]


def test_a_share_right_after_a_count_is_a_share_of_what_was_counted() -> None:
    text = "全省主要湖泊水库中，富营养化的2个，占6.7%；水质优良的25个，占83.3%。"
    assert _items(text) == [("lake_reservoir_good_ratio", 83.3, None, None)]
    text = "全省43个水源地中，能达到水功能要求的有30个，占69.8%。"
    assert not any(i.code.startswith("drinking") for i in extract_text(text)[0])


def test_pdf_line_breaks_inside_numbers_units_words_and_asides_are_read_through() -> None:
    text = (
        "2023年，全省对120条河流的260个监测断面、20个湖泊\n（25个水域）、18座水库进行了监测。其中，水质为Ⅰ至Ⅲ类的断面占比90.\n"
        "5%，同比上升1.2个百分点；全省PM2.5平均浓度为31μ\ng/m3，与上年同期相比，同\n比下降6.0%，PM10、O3浓度分别\n为55、140微克/立方米。"
    )
    got = _items(text)
    assert ("surface_water_good_ratio", 90.5, "up", 1.2) in got
    assert ("pm25_avg_concentration", 31.0, "down", 6.0) in got
    assert {("pm10_avg_concentration", 55.0), ("o3_avg_concentration", 140.0)} <= {(c, v) for c, v, *_ in got}
    assert [i.change.basis for i in extract_text(text)[0] if i.code == "pm25_avg_concentration"] == ["yoy"]


def test_a_numbered_heading_on_the_next_line_is_not_joined_to_the_line_before() -> None:
    text = (
        "全省近岸海域水质总体良好，优良水质面积比例为90.5%\n（二）地表水\n全省国控断面水质优良比例为93.0%。"
    )
    assert _items(text) == [
        ("coastal_water_good_ratio", 90.5, None, None),
        ("surface_water_good_ratio", 93.0, None, None),
    ]


def test_a_question_mark_after_a_question_still_ends_the_sentence() -> None:
    text = (
        "今年全省空气质量改善情况如何?全省优良天数比例为90.0%。请谈谈水环境?全省国控断面水质优良比例为93.0%。"
    )
    assert len(sentences(text, 0, len(text))) == 4
    lost = "全市优良天数比?为90.0%，同比上升1.0个百分点。"
    assert len(sentences(lost, 0, len(lost))) == 1


def test_index_values_in_brackets_after_their_places_and_a_named_composite_index_are_indices() -> None:
    text = "排名后3位区县 | 综合指数 |\n甲新区(4.33)、乙店区(4.20)、丙开区(4.07) |"
    values = [(i.code, i.value) for i in extract_text(text)[0] if i.code == "air_quality_composite_index"]
    assert [v for _, v in values] == [4.33, 4.2, 4.07]
    text = "全年轻度污染天数共为13天，综合环境质量指数为2.75。"
    assert 2.75 in [i.value for i in extract_text(text)[0]]
    assert not [
        i for i in extract_text("甲区(3.5)和乙区的人口较少。")[0] if i.code == "air_quality_composite_index"
    ]


def test_what_a_stated_aim_lists_is_a_target_but_not_a_measurement_after_it() -> None:
    assert _items("今年我省的目标是PM2.5平均浓度控制在32微克/立方米以内，优良天数比例达到88.5%以上。") == []
    assert _items("下达我市的考核目标为优良天数比例不低于85%、PM2.5浓度不高于35微克/立方米。") == []
    text = "本市细悬浮微粒(PM2.5)的长期目标为2030年达到10μg/m3，监测显示，2015年之年平均值为18.6μg/m3。"
    assert ("pm25_avg_concentration", 18.6) in [(c, v) for c, v, *_ in _items(text)]
    text = "全国地表水水质优良水体比例为70.0%(2017年目标为68.3%)，同比上升1.2个百分点。"
    assert _items(text) == [("surface_water_good_ratio", 70.0, "up", 1.2)]


def test_lists_whose_separators_a_mirror_lost_are_still_lists() -> None:
    text = (
        "全省PM10平均为55微克/立方米，O3平均为150微克/立方米，NO2平均为24微克/立方米。\n"
        "与上年同期相比,全省PM2.5O3浓度分别上升1.5%6.2%PM10NO2浓度分别下降3.6%12.0%SO2CO浓度同比持平。"
    )
    got = {code: (direction, size) for code, _, direction, size in _items(text) if size is not None}
    assert got["o3_avg_concentration"] == ("up", 6.2)
    assert got["pm10_avg_concentration"] == ("down", 3.6)
    assert got["no2_avg_concentration"] == ("down", 12.0)
    assert got["pm25_avg_concentration"] == ("up", 1.5)


def test_a_list_of_changes_takes_its_own_verbs_direction_not_an_earlier_lists() -> None:
    text = "甲、乙浓度分别上升2.0%、3.0%；丙、丁浓度分别下降4.0%、5.0%。"
    changes = [i.change for i in extract_text(text)[0] if i.change and i.change.value in (4.0, 5.0)]
    assert [c.direction for c in changes] == ["down", "down"]


def test_a_year_opening_a_clause_without_its_nian_dates_the_clause() -> None:
    text = "大气方面,2021全省城市优良天数比例达到了91%,比2016年提高了4.2个百分点。"
    assert [(i.code, i.year) for i in extract_text(text)[0]] == [("good_air_days_ratio", 2021)]
    assert [
        i.year for i in extract_text("全省共有2020个监测点位，优良天数比例为90.0%。")[0] if i.code != "count"
    ] == [None]


def test_a_list_of_places_before_respectively_takes_the_indicator_named_before() -> None:
    text = (
        "1—6月，全省PM2.5平均浓度为33微克/立方米，同比下降5.7%；"
        "其中，甲市、乙市、丙市分别为28、30、35微克/立方米，同比分别下降8.2%、6.1%、3.0%。"
    )
    assert [code for code, *_ in _items(text)] == ["pm25_avg_concentration"] * 4


def test_a_place_before_its_superlative_is_where_and_keeps_the_changes_of_the_whole() -> None:
    text = "今年1至9月，全省空气质量优良天数比例平均为85.9%，较去年同期提升1.9个百分点，其中甲市最高为96.4%。"
    got = [(i.code, i.value, i.region, i.change.value if i.change else None) for i in extract_text(text)[0]]
    assert got == [
        ("good_air_days_ratio", 85.9, "全省", 1.9),
        ("good_air_days_ratio", 96.4, "甲市", None),
    ]


def test_a_figure_opening_its_sentence_is_named_and_dated_by_the_words_after_it() -> None:
    text = "会议发布了一组数据。\n91.2%，这是2023年全省地表水水质优良断面比例，与2022年相比，同比上升了1.1个百分点。"
    got = [(i.code, i.value, i.year, i.change.value if i.change else None) for i in extract_text(text)[0]]
    assert got == [("surface_water_good_ratio", 91.2, 2023, 1.1)]


def test_this_years_figure_written_with_its_republic_year_in_brackets_keeps_the_indicator() -> None:
    text = "去(111)年全市PM2.5年平均浓度为14.6μg/m3，今(112)年1至11月已降至13.1μg/m3，降幅10.3%。"
    got = [(i.code, i.value, i.year) for i in extract_text(text)[0]]
    assert got == [("pm25_avg_concentration", 14.6, 2022), ("pm25_avg_concentration", 13.1, 2023)]
