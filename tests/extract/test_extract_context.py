"""The passage's context decides what a figure is about: headings, lead clauses, ellipsis,
其中 / 分别 / 实际为 / 区域平均, and the water body in view (sentences written for these tests)."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text


def _figures(text: str) -> list[tuple[str, float]]:
    return [(i.code, i.value) for i in extract_text(text)[0] if i.code != "count"]


def test_a_bare_figure_after_its_subject_takes_the_subject_of_the_clause_before() -> None:
    text = "全区平均空气质量优良天数比例为78.6%，扣除沙尘影响后为81.9%。"
    assert _figures(text) == [("good_air_days_ratio", 78.6), ("good_air_days_ratio", 81.9)]


def test_actual_value_after_a_target_is_the_indicator_the_sentence_names() -> None:
    assert _figures("今年全市空气质量优良天数比例目标为88%，实际为90.3%。") == [("good_air_days_ratio", 90.3)]


@pytest.mark.parametrize("area", ["闽东南区域", "珠江口地区", "城区"])
def test_a_regional_average_is_the_indicator_of_the_figure_before(area: str) -> None:
    text = f"某省各市AQI达标天数比例平均为95.1%，{area}平均为93.2%。"
    assert _figures(text) == [("good_air_days_ratio", 95.1), ("good_air_days_ratio", 93.2)]


def test_figures_under_qizhong_keep_the_lead_clauses_indicator() -> None:
    text = "全省国考断面水质优良比例为92.1%，其中甲江流域为95.0%，乙河流域为88.3%。"
    assert [code for code, _ in _figures(text)] == ["surface_water_good_ratio"] * 3


def test_the_subject_carries_into_the_next_sentence_of_the_paragraph() -> None:
    text = "本市PM10年平均浓度由2015年的52微克/立方米下降至2018年的36微克/立方米。2019年1-10月平均浓度为31.4微克/立方米。"
    assert ("pm10_avg_concentration", 31.4) in _figures(text)


def test_a_share_of_what_was_just_counted_does_not_take_the_paragraphs_indicator() -> None:
    text = "全省重点湖库中水质优良湖库个数占比81.3%。其中中度富营养的2个，占2.8%。"
    assert _figures(text) == [("lake_reservoir_good_ratio", 81.3), ("share", 2.8)]


def test_a_heading_names_the_water_body_of_the_paragraph_under_it() -> None:
    text = "三、近岸海域\n2023年，全省优良水质比例为88.6%，同比上升2.1个百分点。"
    assert _figures(text) == [("coastal_water_good_ratio", 88.6)]


def test_a_heading_names_the_indicator_of_a_bare_rate_under_it() -> None:
    text = "（二）农村千吨万人水源地水质\n2024年第二季度，全县8个农村水源地（甲镇,乙镇,丙镇）达标率为100%。"
    assert _figures(text) == [("drinking_water_source_compliance_ratio", 100.0)]


def test_a_later_section_heading_replaces_the_earlier_one() -> None:
    text = "一、近岸海域\n全省优良水质比例为88.6%。\n二、地表水\n全省优良水质比例为91.0%。"
    assert _figures(text) == [("coastal_water_good_ratio", 88.6), ("surface_water_good_ratio", 91.0)]


def test_a_lead_clause_about_lakes_makes_the_class_share_a_lake_share() -> None:
    assert _figures("全省18个重点湖库中，Ⅰ~Ⅲ类水质比例为72.2%。") == [("lake_reservoir_good_ratio", 72.2)]


def test_the_last_water_body_named_is_the_one_measured() -> None:
    # the head noun comes last: sections of the rivers above a drinking source are river sections
    assert _figures("甲市水源上游河流国控断面优良率100%。") == [("surface_water_good_ratio", 100.0)]


def test_a_reservoir_that_is_a_drinking_source_keeps_the_sources_compliance_rate() -> None:
    text = "城市集中式饮用水水源地甲湾水库水质达标率100%。"
    assert _figures(text) == [("drinking_water_source_compliance_ratio", 100.0)]


def test_names_listed_in_brackets_do_not_change_the_water_body() -> None:
    text = "全县7个地表水监测断面（甲桥,乙坝,丙水库,丁水库）均达到Ⅲ类，断面水质优良率为100%。"
    assert _figures(text) == [("surface_water_good_ratio", 100.0)]


def test_coastal_water_better_than_class_two_is_the_coastal_good_share() -> None:
    text = "全省近岸海域水质达到或优于《海水水质标准》二类标准的点位比例为84.0%，劣四类点位比例为6.5%。"
    assert _figures(text) == [("coastal_water_good_ratio", 84.0), ("coastal_worse_than_class_iv_ratio", 6.5)]


def test_a_class_one_sea_area_share_is_not_the_coastal_good_share() -> None:
    assert _figures("全省管辖海域中水质符合第一类海水水质标准的占96.1%。") == [("share", 96.1)]


@pytest.mark.parametrize("naming", ["Ⅱ类水质断面比例为", "符合Ⅲ类断面比例为"])
def test_a_share_of_one_class_is_not_a_good_share(naming: str) -> None:
    assert _figures(f"全省{naming}40.2%。") == [("share", 40.2)]


def test_a_standards_name_does_not_name_the_subject() -> None:
    text = (
        "全市入海河流断面中，按照《地表水环境质量标准》评价，Ⅲ类、Ⅳ类和劣Ⅴ类比例分别为30.1%、40.2%和29.7%。"
    )
    assert [code for code, _ in _figures(text)] == ["share", "share", "worse_than_class_v_ratio"]


def test_a_numeral_class_list_gives_each_class_its_own_share() -> None:
    text = "全省近岸海域一、二、三、四类及劣四类水质点位比例分别为30.1%、42.0%、11.2%、4.4%、12.3%。"
    assert [code for code, _ in _figures(text)] == [
        "share",
        "share",
        "share",
        "share",
        "coastal_worse_than_class_iv_ratio",
    ]


def test_bathing_beaches_are_not_coastal_water() -> None:
    assert _figures("对20个海水浴场的水质监测显示，水质优良的比例为90.5%。") == [("share", 90.5)]


def test_a_good_rate_after_a_clause_about_rivers_is_the_rivers_good_share() -> None:
    assert _figures("全市主要河流国控断面水质总体保持优良，优良率100%。") == [
        ("surface_water_good_ratio", 100.0)
    ]
    assert _figures("2020年全省优良率为90.1%。") == [("good_air_days_ratio", 90.1)]


def test_a_word_with_city_in_it_is_not_a_place() -> None:
    assert _figures("全省开展降水监测，酸雨城市比例为18.5%。") == [("share", 18.5)]


def test_a_share_of_a_named_whole_looks_only_at_the_clause_before() -> None:
    text = "全省建立了饮用水水源地档案，设立水源保护区，保护区总面积近2万平方公里，占全省国土面积的8%。"
    assert ("share", 8.0) in [(c, v) for c, v in _figures(text) if c != "area"]


def test_a_concentration_in_milligrams_is_carbon_monoxide_and_has_no_pollutant_code() -> None:
    text = "二氧化硫、二氧化氮年均浓度分别为6、20微克/立方米，一氧化碳浓度为1.1毫克/立方米。"
    assert _figures(text) == [
        ("so2_avg_concentration", 6.0),
        ("no2_avg_concentration", 20.0),
        ("concentration", 1.1),
    ]


def test_a_range_whose_dash_was_lost_is_not_a_pollutant_value() -> None:
    assert _figures("各市臭氧浓度处于165178微克/立方米。") == [("concentration", 165178.0)]


def test_a_source_share_of_one_better_class_is_not_the_compliance_rate() -> None:
    text = "城区水源地水质达到或优于Ⅲ类的比例为100%，达到Ⅱ类标准的水源地比例为58.3%。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [
        ("drinking_water_source_compliance_ratio", 100.0),
        ("share", 58.3),
    ]


def test_swimming_beaches_are_not_coastal_water_either() -> None:
    text = "全省近岸海域水质保持稳定。对各泳滩的监测中，水质优良率为93.1%。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [("share", 93.1)]


def test_better_than_class_two_of_a_named_sea_standard_is_the_coastal_good_share() -> None:
    text = "全市近岸海域监测点位中，好于《海水水质标准》(GB3097-1997)二类标准的点位比例为76.2%。"
    assert "coastal_water_good_ratio" in [i.code for i in extract_text(text)[0]]


def test_days_of_a_category_written_before_the_number_are_that_categorys_days() -> None:
    text = "今年以来全区共监测120天，其中优良 110天，轻度污染8天；全省仅出现3个重污染天，平均每市仅为1天。"
    assert [(i.code, i.value) for i in extract_text(text)[0] if i.code != "days"] == [
        ("good_air_days_count", 110.0),
        ("heavy_pollution_days_count", 3.0),
        ("heavy_pollution_days_count", 1.0),
    ]


def test_a_place_picked_out_by_rank_takes_the_indicator_of_the_clause_before() -> None:
    text = "本月PM2.5浓度最好的区为东湖区18微克/立方米；最差的区为青山湖区26微克/立方米。"
    assert _figures(text) == [("pm25_avg_concentration", 18.0), ("pm25_avg_concentration", 26.0)]


def test_a_change_of_a_place_picked_out_by_rank_is_a_change_only_item_of_the_topic() -> None:
    text = "全市PM2.5浓度为30微克/立方米。恶化幅度最大的县(市、区)为乙县恶化9.4%。"
    found = [(i.code, i.value, i.change.direction if i.change else None) for i in extract_text(text)[0]]
    assert found == [("pm25_avg_concentration", 30.0, None), ("pm25_avg_concentration", None, "up")]


def test_a_later_change_of_a_place_picked_out_by_rank_goes_to_that_places_figure() -> None:
    text = "PM2.5浓度最佳的县为甲县14微克/立方米。PM2.5浓度改善幅度最大的县为甲县改善18%。"
    found = [(i.code, i.value, i.region, i.change.value if i.change else None) for i in extract_text(text)[0]]
    assert found == [("pm25_avg_concentration", 14.0, "甲县", 18.0)]


def test_days_of_poor_air_are_not_good_air_days() -> None:
    assert [i.code for i in extract_text("全市空气质量不良天数为30天。")[0]] == ["days"]


def test_the_share_of_what_fails_a_condition_is_not_the_good_share_of_the_topic() -> None:
    text = "能满足饮用水源水质要求的有20个，占80.0%；不能满足要求的5个，占20.0%。"
    found = [(i.code, i.value) for i in extract_text(text)[0] if i.unit == "%"]
    assert found == [("drinking_water_source_compliance_ratio", 80.0), ("share", 20.0)]


def test_a_figure_restated_under_another_list_number_is_counted_once() -> None:
    text = "2、全县划定生态保护红线面积约1.2万平方公里。\n\n3、全县划定生态保护红线面积约1.2万平方公里，占国土面积的25%。"
    assert [(i.code, i.value) for i in extract_text(text)[0] if i.code == "eco_redline_area"] == [
        ("eco_redline_area", 1.2)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "全省各市中，优良天数比例最高的是甲州市(98.6%)，最低的是乙州市(80.2%)。",
            [("good_air_days_ratio", 98.6), ("good_air_days_ratio", 80.2)],
            id="a place picked out with 是 and its value in brackets takes the indicator named",
        ),
        pytest.param(
            "全省城市集中式饮用水水源地中，达到或优于Ⅲ类水质的比例为97.6%。",
            [("drinking_water_source_compliance_ratio", 97.6)],
            id="meeting class III in a paragraph about drinking sources is their compliance",
        ),
        pytest.param(
            "全省近岸海域一类、二类海水面积比例分别为62.1%和20.3%。",
            [("share", 62.1), ("share", 20.3)],
            id="single sea classes listed are shares, not the good share",
        ),
        pytest.param(
            "其中，南宁、柳州、桂林优良天数比例分别为92.1%、90.5%和95.2%。",
            [("good_air_days_ratio", 92.1), ("good_air_days_ratio", 90.5), ("good_air_days_ratio", 95.2)],
            id="short city names before a shared subject are places",
        ),
        pytest.param(
            "全省城市空气质量优良天数比例为90.2%，其中设区市为88.5%，县级城市为92.0%。",
            [("good_air_days_ratio", 90.2), ("good_air_days_ratio", 88.5), ("good_air_days_ratio", 92.0)],
            id="a level of government alone names no quantity and takes the one before",
        ),
    ],
)
def test_the_context_decides_what_a_figure_is(text: str, expected: list[tuple[str, float]]) -> None:
    assert _figures(text) == expected
