"""Changes follow the clause structure: a change goes to the nearest figure of its own subject or
stands alone as a change-only item naming its indicator; % on a concentration or count is a
relative change, 个百分点 points (sentences written for these tests)."""

from __future__ import annotations

from scrapers.extract import extract_text
from scrapers.extract.real_eval import predict


def _changes(text: str) -> list[tuple[str, float | None, str, float, str, str | None]]:
    """(code, value, direction, change, unit, region) of every catalog prediction, as the set scores it."""
    out = []
    for p in predict(text):
        if p["change"] is not None and p["code"] not in ("count", "share", "change"):
            c = p["change"]
            out.append((p["code"], p["value"], c["direction"], c["value"], c["unit"], p["region"]))
    return out


def test_a_change_with_no_level_is_a_change_only_item_of_its_indicator() -> None:
    assert _changes("某城市群细颗粒物平均浓度同比下降5.2%。") == [
        ("pm25_avg_concentration", None, "down", 5.2, "percent", None)
    ]


def test_a_cumulative_change_with_no_level_is_a_change_only_item_of_its_own_code() -> None:
    (ind,), _ = extract_text("“十三五”时期全省PM2.5浓度累计下降18%。")
    assert (ind.code, ind.value, ind.unit, ind.value_base, ind.unit_base) == (
        "pm25_avg_concentration",
        None,
        None,
        None,
        None,
    )
    assert ind.is_change_only and ind.change is not None
    assert (ind.change.direction, ind.change.value, ind.change.basis) == ("down", 18.0, "cumulative")


def test_a_change_naming_two_indicators_is_one_change_only_item_each() -> None:
    indicators, _ = extract_text("上月全省细颗粒物和可吸入颗粒物浓度均同比下降12.5%。")
    assert [(i.code, i.value, i.change.value if i.change else None) for i in indicators] == [
        ("pm25_avg_concentration", None, 12.5),
        ("pm10_avg_concentration", None, 12.5),
    ]


def test_a_percent_change_of_a_concentration_is_relative() -> None:
    assert _changes("全市臭氧平均浓度为158微克/立方米，同比上升9.7%。") == [
        ("o3_avg_concentration", 158.0, "up", 9.7, "percent", "全市")
    ]


def test_a_percent_written_on_a_ratio_stays_percent_and_points_stay_points() -> None:
    assert _changes(
        "东川市优良天数比例为83.2%，同比上升11.4%；西岭市优良天数比例为80.1%，同比上升1.2个百分点。"
    ) == [
        ("good_air_days_ratio", 83.2, "up", 11.4, "percent", "东川市"),
        ("good_air_days_ratio", 80.1, "up", 1.2, "percentage_point", "西岭市"),
    ]


def test_an_approximate_change_is_a_change() -> None:
    assert _changes("与去年相比，今年PM10上升约3.1%。") == [
        ("pm10_avg_concentration", None, "up", 3.1, "percent", None)
    ]


def test_improved_is_a_rise_of_a_good_days_ratio_and_a_fall_of_a_concentration() -> None:
    text = "全市优良天数比例为90.1%，同比改善2.3个百分点；PM2.5年均浓度为27微克/立方米，同比改善4.0%。"
    assert [(code, direction) for code, _, direction, *_ in _changes(text)] == [
        ("good_air_days_ratio", "up"),
        ("pm25_avg_concentration", "down"),
    ]


def test_worse_is_a_fall_of_a_good_days_ratio() -> None:
    assert _changes("全市优良天数比例为80.1%，同比变差2.3个百分点。")[0][2] == "down"


def test_a_change_after_a_figure_does_not_jump_to_a_figure_after_it() -> None:
    text = "全市PM2.5年均浓度为29微克/立方米，较上年同期下降8.2%臭氧作为首要污染物的比例为41.6%。"
    assert _changes(text) == [("pm25_avg_concentration", 29.0, "down", 8.2, "percent", "全市")]


def test_a_respectively_list_over_places_gives_one_change_only_item_per_place() -> None:
    assert _changes("甲市、乙市、丙市PM10平均浓度分别同比下降6.1%、4.2%和3.3%。") == [
        ("pm10_avg_concentration", None, "down", 6.1, "percent", "甲市"),
        ("pm10_avg_concentration", None, "down", 4.2, "percent", "乙市"),
        ("pm10_avg_concentration", None, "down", 3.3, "percent", "丙市"),
    ]


def test_regional_names_with_ji_stay_whole_in_a_list_over_places() -> None:
    text = "甲乙及周边地区、丙丁地区重污染天数比例分别比2021年下降0.8个百分点、0.3个百分点。"
    assert [(code, region, year) for code, *_, region in _changes(text) for year in [None]] == [
        ("heavy_pollution_days_ratio", "甲乙及周边地区", None),
        ("heavy_pollution_days_ratio", "丙丁地区", None),
    ]
    assert {i.year for i in extract_text(text)[0]} == {2022}


def test_a_change_list_with_no_subject_takes_the_paragraphs_indicator() -> None:
    text = "各市细颗粒物年均浓度均较上年下降。其中降幅最大的城市是甲市、乙市和丙市，同比分别下降30.5%、28.6%和20.0%。"
    assert [(code, value, region) for code, value, _, _, _, region in _changes(text)] == [
        ("pm25_avg_concentration", None, "甲市"),
        ("pm25_avg_concentration", None, "乙市"),
        ("pm25_avg_concentration", None, "丙市"),
    ]


def test_a_later_change_of_a_listed_place_goes_to_that_places_figure() -> None:
    text = (
        "浓度较低的城市是甲市、乙市和丙市，PM2.5年均浓度分别为30、33和35微克/立方米。"
        "降幅较大的城市是甲市和丁市，同比分别下降20.5%和18.6%。"
    )
    found = {(code, value, region): change for code, value, _, change, _, region in _changes(text)}
    assert found == {
        ("pm25_avg_concentration", 30.0, "甲市"): 20.5,
        ("pm25_avg_concentration", None, "丁市"): 18.6,
    }


def test_a_change_after_an_index_value_is_the_index_s_not_a_change_of_the_topic() -> None:
    text = "全市PM10浓度为41微克/立方米。全市空气质量综合指数进入“3时代”，达到3.90，同比下降10.1%。"
    assert _changes(text) == [("air_quality_composite_index", 3.9, "down", 10.1, "percent", "全市")]


def test_a_later_sentence_about_coastal_water_gives_its_change_to_the_coastal_figure() -> None:
    text = (
        "2021年，全省近岸海域优良水质点位比例为91.4%。与2020年相比，优良（一、二类）点位比例下降1.3个百分点。"
    )
    assert _changes(text) == [("coastal_water_good_ratio", 91.4, "down", 1.3, "percentage_point", "全省")]


def test_a_rate_of_improvement_is_a_change_and_the_compared_value_is_not_a_figure() -> None:
    text = "台北市112年PM2.5浓度15.2μg/m3较111年17.0μg/m3减少1.8μg/m3，改善率10.6%。"
    assert _changes(text) == [("pm25_avg_concentration", 15.2, "down", 10.6, "percent", "台北市")]


def test_an_earlier_years_value_from_which_a_ratio_rose_is_not_a_figure() -> None:
    text = "全国地表水优良水体比例由2016年的68%提高到2021年的84.9%。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [("surface_water_good_ratio", 84.9)]


def test_a_list_of_changes_ends_at_the_clause_break() -> None:
    text = (
        "甲地区、乙地区和丙地区的PM2.5平均浓度分别为50、40和30微克/立方米；"
        "与上年相比，甲地区、乙地区分别下降8.1%、3.2%，丙地区不降反升5.0%。"
    )
    assert [(value, direction, change) for _, value, direction, change, _, _ in _changes(text)] == [
        (50.0, "down", 8.1),
        (40.0, "down", 3.2),
        (30.0, "up", 5.0),
    ]


def test_listed_changes_take_their_indicator_from_earlier_in_the_sentence() -> None:
    text = "第四季度，各市PM2.5平均浓度同比下降，降幅最大的城市是甲市、乙市和丙市，同比分别下降15.5%、12.2%和9.9%。"
    assert [(code, region) for code, _, _, _, _, region in _changes(text)] == [
        ("pm25_avg_concentration", "甲市"),
        ("pm25_avg_concentration", "乙市"),
        ("pm25_avg_concentration", "丙市"),
    ]


def test_a_headline_stating_only_a_figures_change_gives_way_to_the_articles_figure() -> None:
    text = "甲市PM2.5浓度同比下降8.2%\n\n2023年，甲市PM2.5平均浓度为30微克/立方米，同比下降8.2%。"
    indicators, _ = extract_text(text)
    assert [(i.code, i.value, i.change.value if i.change else None) for i in indicators] == [
        ("pm25_avg_concentration", 30.0, 8.2)
    ]


def test_a_headline_change_of_another_size_stays_a_change_only_item() -> None:
    text = "甲市PM2.5浓度同比下降8.2%\n\n2023年，甲市PM2.5平均浓度为30微克/立方米，同比下降6.1%。"
    indicators, _ = extract_text(text)
    assert [(i.value, i.change.value if i.change else None) for i in indicators] == [(None, 8.2), (30.0, 6.1)]


def test_a_change_then_the_level_it_reached_is_one_figure() -> None:
    text = "全县林地面积净增12万亩，达到3.1亿亩，森林覆盖率提高1.25个百分点，达到71.4%，创历史新高。"
    assert ("forest_coverage", 71.4, "up", 1.25, "percentage_point", None) in _changes(text)
    assert [i.code for i in extract_text(text)[0] if i.is_change_only] == []


def test_a_bare_change_then_a_bare_level_reached_goes_to_that_level() -> None:
    text = "全区PM2.5平均浓度在1月环比下降31%的基础上，2月环比再次下降25%，平均浓度降至41微克/立方米。"
    assert sorted((c[:5] for c in _changes(text)), key=lambda c: c[3]) == [
        ("pm25_avg_concentration", 41.0, "down", 25.0, "percent"),
        ("pm25_avg_concentration", None, "down", 31.0, "percent"),
    ]


def test_a_change_naming_something_else_does_not_go_to_a_count_before_it() -> None:
    text = "六项监测指标均有改善，其中，二氧化硫下降21.3%，一氧化碳下降11.4%，臭氧下降2.2%。"
    indicators, _ = extract_text(text)
    assert [(i.code, i.value, i.change.value if i.change else None) for i in indicators] == [
        ("count", 6.0, None),
        ("so2_avg_concentration", None, 21.3),
        ("change", None, 11.4),
        ("o3_avg_concentration", None, 2.2),
    ]


def test_a_change_of_the_composite_index_is_a_change_only_item_of_the_index() -> None:
    (ind,), _ = extract_text("一季度，全省空气质量综合指数同比下降9.4%。")
    assert (ind.code, ind.value, ind.change and ind.change.value) == (
        "air_quality_composite_index",
        None,
        9.4,
    )


def test_a_second_change_of_a_figure_is_left_out_and_makes_no_item() -> None:
    text = "全省臭氧平均浓度为151微克/立方米，同比下降1.3%，较2019年同期下降4.4%。"
    indicators, _ = extract_text(text)
    assert [(i.code, i.value, i.change and i.change.value) for i in indicators] == [
        ("o3_avg_concentration", 151.0, 1.3)
    ]


def test_a_later_change_in_points_of_good_days_is_a_change_of_the_ratio() -> None:
    text = "3月，全省平均优良天数比例为78.4%，轻度污染天数比例为15.2%。优良天数同比提高6.1个百分点。"
    assert [c[:5] for c in _changes(text)] == [("good_air_days_ratio", 78.4, "up", 6.1, "percentage_point")]


def test_a_groups_city_count_is_part_of_its_name_not_what_a_listed_change_is_of() -> None:
    text = "甲乙及周边地区“2+6”城市、丙丁地区21个城市的PM2.5平均浓度同比分别下降12.1%和7.4%。"
    assert _changes(text) == [
        ("pm25_avg_concentration", None, "down", 12.1, "percent", "甲乙及周边地区“2+6”城市"),
        ("pm25_avg_concentration", None, "down", 7.4, "percent", "丙丁地区21个城市"),
    ]


def test_a_value_named_only_by_its_earlier_period_is_the_previous_value_not_a_figure() -> None:
    for text in (
        "全市PM2.5平均浓度为32微克/立方米(上年同期为35微克/立方米)，同比下降8.6%。",
        "全市PM2.5平均浓度为32微克/立方米，上年同期为35微克/立方米，同比下降8.6%。",
    ):
        assert [(i.code, i.value, i.change.value if i.change else None) for i in extract_text(text)[0]] == [
            ("pm25_avg_concentration", 32.0, 8.6)
        ]


def test_a_change_after_the_value_compared_with_goes_to_the_figure() -> None:
    text = "全市优良天数比例为86.0%，与上年的82.5%相比提高3.5个百分点。"
    assert _changes(text) == [("good_air_days_ratio", 86.0, "up", 3.5, "percentage_point", "全市")]


def test_a_class_range_in_chinese_numerals_names_the_good_share_its_change_is_of() -> None:
    text = (
        "全省地表水一至三类、四至五类和劣五类断面比例分别为88.5%、10.3%和1.2%，"
        "与上年相比，一至三类上升2.1个百分点，劣五类下降0.4个百分点。"
    )
    assert _changes(text) == [
        ("surface_water_good_ratio", 88.5, "up", 2.1, "percentage_point", "全省"),
        ("worse_than_class_v_ratio", 1.2, "down", 0.4, "percentage_point", "全省"),
    ]


def test_the_verb_before_a_list_whose_unit_is_written_once_points_every_member() -> None:
    text = "甲市、乙市优良天数比例同比分别上升3.2和2.5个百分点，丙市、丁市分别下降0.8和1.1个百分点。"
    assert [(direction, change, region) for _, _, direction, change, _, region in _changes(text)] == [
        ("up", 3.2, "甲市"),
        ("up", 2.5, "乙市"),
        ("down", 0.8, "丙市"),
        ("down", 1.1, "丁市"),
    ]


def test_a_second_list_of_changes_is_over_the_places_of_the_first() -> None:
    text = "与上年相比，甲地区、乙地区、丙平原PM2.5浓度分别下降5.4%、3.1%和2.9%，优良天数比例分别上升2.2、1.3和4.0个百分点。"
    assert [(code, change, region) for code, _, _, change, _, region in _changes(text)][3:] == [
        ("good_air_days_ratio", 2.2, "甲地区"),
        ("good_air_days_ratio", 1.3, "乙地区"),
        ("good_air_days_ratio", 4.0, "丙平原"),
    ]


def test_a_change_in_points_never_goes_to_a_concentration() -> None:
    text = "甲市、乙市PM2.5浓度分别为35、40微克/立方米，优良天数比例分别上升2.2和1.3个百分点。"
    assert [(code, value, change) for code, value, _, change, _, _ in _changes(text)] == [
        ("good_air_days_ratio", None, 2.2),
        ("good_air_days_ratio", None, 1.3),
    ]


def test_a_change_whose_subject_is_only_a_place_is_that_places_change_of_the_topic() -> None:
    text = "全市PM2.5浓度同比下降4.5%，其中东湖区下降6.1%，西湖区上升1.2%。"
    assert [
        (code, direction, change, region) for code, _, direction, change, _, region in _changes(text)
    ] == [
        ("pm25_avg_concentration", "down", 4.5, "全市"),
        ("pm25_avg_concentration", "down", 6.1, "东湖区"),
        ("pm25_avg_concentration", "up", 1.2, "西湖区"),
    ]


def test_a_water_class_alone_is_not_a_place() -> None:
    text = "与上年相比，Ⅱ类断面比例上升4.1个百分点，Ⅲ类下降3.7个百分点。"
    assert all(region is None or "类" not in region for *_, region in _changes(text))


def test_qian_yi_nian_is_the_year_before() -> None:
    text = "2021年全市优良天数比例为85.1%，较前一年提升3.4个百分点。"
    found = [(i.code, i.value, i.change.value, i.change.basis) for i in extract_text(text)[0] if i.change]
    assert found == [("good_air_days_ratio", 85.1, 3.4, "yoy")]


def test_a_second_comparison_with_a_five_year_plans_end_is_the_figures_note_not_an_item() -> None:
    text = "全市PM2.5年均浓度为28微克/立方米，较2020年下降15.2%，较“十三五”末下降12%。"
    assert [(i.code, i.value, i.change.value if i.change else None) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 28.0, 15.2)
    ]
