"""Forms written for these tests (tenth round): what a count or a share is of (the scope of a
ratio, the whole a share is of, one parameter's share, the water body a network word hides),
members of a list of counts, a superlative's count, a pollutant with no code inside a list of
changes, streaks that name their own subject, and numbers whose decimal point or unit the page
broke."""

from __future__ import annotations

from scrapers.extract import extract_text

Row = tuple[str, float | None, str | None, float | None]


def _rows(text: str) -> list[Row]:
    """(code, value, change direction, change value) of every figure but a generic count."""
    return [
        (i.code, i.value, i.change.direction if i.change else None, i.change.value if i.change else None)
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def _regions(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(i.code, i.value, i.region) for i in extract_text(text)[0]]


def test_a_pollutant_with_no_code_keeps_its_own_change_in_a_list_of_changes() -> None:
    text = (
        "8月份，东岭市各项污染物浓度与去年同期相比均有下降。其中，PM10下降31.6%、PM2.5下降22.9%、"
        "二氧化氮下降18.1%、一氧化氮下降40.2%、臭氧下降12.5%。"
    )
    assert _rows(text) == [
        ("pm10_avg_concentration", None, "down", 31.6),
        ("pm25_avg_concentration", None, "down", 22.9),
        ("no2_avg_concentration", None, "down", 18.1),
        ("change", None, "down", 40.2),
        ("o3_avg_concentration", None, "down", 12.5),
    ]


def test_a_pollutant_that_changed_is_not_the_place_it_changed_in() -> None:
    regions = _regions("其中，PM10下降21.6%、臭氧下降12.5%。")
    assert ("o3_avg_concentration", None, None) in regions


def test_a_count_that_runs_on_into_the_name_of_a_ratio_is_the_ratio_s_scope() -> None:
    text = "全省9条主要河流Ⅰ~Ⅲ类水质比例为96.1%，48个地表水国考断面Ⅰ~Ⅲ类水质比例为91.7%。"
    codes = [i.code for i in extract_text(text)[0]]
    assert "surface_water_good_count" not in codes
    assert codes.count("surface_water_good_ratio") == 2


def test_a_count_of_sections_that_reach_the_good_classes_is_still_a_good_count() -> None:
    text = "全省有41个断面达到Ⅰ~Ⅲ类水质，占比87.2%。"
    assert ("surface_water_good_count", 41.0, None, None) in _rows(text)


def test_a_share_of_the_whole_after_a_count_is_the_share_of_what_was_counted() -> None:
    text = "西湾河流水质较差，6个监测断面中，3个断面为劣Ⅴ类水质，占监测断面总数的50.0%。"
    assert _rows(text) == [
        ("worse_than_class_v_count", 3.0, None, None),
        ("worse_than_class_v_ratio", 50.0, None, None),
    ]


def test_a_share_of_the_whole_with_no_count_before_it_keeps_its_own_name() -> None:
    text = "全省森林面积0.8亿亩，占全省国土总面积的41%。"
    assert _rows(text) == [("forest_area", 0.8, None, None), ("share", 41.0, None, None)]


def test_one_parameter_s_share_of_sections_is_not_the_good_share_of_the_water() -> None:
    text = "72个监测断面中，氨氮符合Ⅰ~Ⅲ类水质要求的断面占61.2%。"
    assert _rows(text) == [("share", 61.2, None, None)]


def test_the_water_named_before_a_network_count_decides_the_code_of_its_share() -> None:
    text = "全省近岸海域118个国控省控点位一、二类水质比例为81.6%，同比上升3.2个百分点。"
    assert ("coastal_water_good_ratio", 81.6, "up", 3.2) in _rows(text)


def test_a_network_word_alone_still_means_surface_water() -> None:
    text = "2023年，全省国考断面水质优良比例为93.4%。"
    assert _rows(text) == [("surface_water_good_ratio", 93.4, None, None)]


def test_every_member_of_a_list_of_counts_by_place_counts_what_the_first_one_did() -> None:
    text = "约谈5120人，问责3310人。河北省被问责的人数最多，达到920人；其余依次为甘肃省610人、青海省475人、海南省102人。"
    assert _regions(text) == [
        ("officials_interviewed_count", 5120.0, None),
        ("officials_held_accountable_count", 3310.0, None),
        ("officials_held_accountable_count", 920.0, "河北省"),
        ("officials_held_accountable_count", 610.0, "甘肃省"),
        ("officials_held_accountable_count", 475.0, "青海省"),
        ("officials_held_accountable_count", 102.0, "海南省"),
    ]


def test_counts_of_different_things_joined_by_a_comma_do_not_share_a_code() -> None:
    text = "全市共有12个区县、3个乡镇参加评比。"
    assert all(i.code == "count" for i in extract_text(text)[0])


def test_streaks_with_a_subject_of_their_own_are_items_not_the_streak_of_the_figure_before() -> None:
    text = "全国地表水优良水质断面比例89.7%，东江干流连续4年、西河干流连续2年全线水质稳定保持Ⅱ类。"
    found = extract_text(text)[0]
    assert [(i.code, i.value) for i in found] == [
        ("surface_water_good_ratio", 89.7),
        ("streak", 4.0),
        ("streak", 2.0),
    ]
    assert found[0].streak_years is None


def test_streaks_listed_before_the_compliance_they_share_are_each_a_compliance_streak() -> None:
    found = extract_text("全市PM2.5浓度为28微克/立方米，城区连续6年、郊区连续2年稳定达标。")[0]
    assert [(i.code, i.value) for i in found][1:] == [
        ("compliance_streak_years", 6.0),
        ("compliance_streak_years", 2.0),
    ]


def test_a_streak_with_no_subject_of_its_own_still_qualifies_the_figure_before() -> None:
    found = extract_text("全市优良天数比例达到93%，连续3年保持全省第一。")[0]
    assert [(i.code, i.value, i.streak_years) for i in found] == [("good_air_days_ratio", 93.0, 3)]


def test_a_space_after_a_decimal_point_does_not_split_the_number() -> None:
    text = "2013年全市森林覆盖率达36. 885%，比2010年提高1.71个百分点，城市建成区绿化率41. 9%。"
    assert _rows(text) == [("forest_coverage", 36.885, "up", 1.71), ("share", 41.9, None, None)]


def test_a_numbered_heading_keeps_its_space() -> None:
    values = [i.value for i in extract_text("2. 近岸海域\n全省近岸海域优良水质比例为90.2%。")[0]]
    assert 2.5 not in values
    assert 90.2 in values


def test_a_concentration_whose_cubic_metre_became_a_stray_mark_is_still_in_micrograms() -> None:
    text = "1—6月份，PM2.5平均浓度为47ug/●，同比下降12.0%。"
    assert _rows(text) == [("pm25_avg_concentration", 47.0, "down", 12.0)]


def test_micrograms_per_litre_of_water_are_not_read_as_air() -> None:
    assert _rows("总磷浓度为12ug/L。") == []


def test_cases_of_violations_dealt_with_are_enforcement_cases() -> None:
    text = "全年共查处环境违法案件287起，办理环境行政处罚案件1043件，移送行政拘留案件31件。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [
        ("enforcement_case_count", 287.0),
        ("enforcement_case_count", 1043.0),
        ("detention_count", 31.0),
    ]


def test_days_that_fell_or_rose_to_a_number_are_a_level_and_the_days_they_changed_by_are_not() -> None:
    text = "2024年重污染天数减少至4天，同比减少6天；优良天数增加至309天，同比增加11天。新增优良天数98天。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [
        ("heavy_pollution_days_count", 4.0),
        ("good_air_days_count", 309.0),
    ]
