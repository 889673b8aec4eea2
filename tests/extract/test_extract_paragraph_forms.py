"""Forms written for these tests (ninth round): a change that goes on from the paragraph before,
groups of places, bracketed day counts, the water words of a figure's own clause, 今年 dated by
a same-period comparison, a second and older comparison, and a second spinner's thesaurus."""

from __future__ import annotations

from scrapers.extract import extract_text
from scrapers.extract.spinner import despun

Row = tuple[str, float | None, str | None, float | None, int | None]


def _rows(text: str) -> list[Row]:
    """(code, value, change direction, change value, year) of every non-count figure."""
    return [
        (
            i.code,
            i.value,
            i.change.direction if i.change else None,
            i.change.value if i.change else None,
            i.year,
        )
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def test_a_paragraph_of_place_changes_goes_on_from_the_indicator_of_the_paragraph_before() -> None:
    text = (
        "据介绍，5月份，全省11个城市PM10月均浓度为66微克/立方米，同比上升8.0%。\n"
        "6个城市同比上升，东岭上升2.2%，西桥上升5.0%；5个城市同比下降，南湾下降1.4%。"
    )
    assert _rows(text) == [
        ("pm10_avg_concentration", 66.0, "up", 8.0, None),
        ("pm10_avg_concentration", None, "up", 2.2, None),
        ("pm10_avg_concentration", None, "up", 5.0, None),
        ("pm10_avg_concentration", None, "down", 1.4, None),
    ]


def test_a_level_with_no_name_of_its_own_does_not_take_the_indicator_of_the_paragraph_before() -> None:
    text = "全市地表水国控断面水质优良比例为88.5%。\n土壤方面，120个监测点中有110个低于筛选值，达标率91.7%。"
    codes = [code for code, *_ in _rows(text)]
    assert codes[0] == "surface_water_good_ratio"
    assert "surface_water_good_ratio" not in codes[1:]
    assert "drinking_water_source_compliance_ratio" not in codes


def test_a_heading_between_two_paragraphs_stops_the_indicator_going_on() -> None:
    text = (
        "一季度空气质量通报\n"
        "一季度，全省11个设区城市PM2.5平均浓度为31微克/立方米，同比下降3.1%，空气质量总体稳定。\n"
        "二、其他情况\n"
        "东岭、西桥同比分别上升4.0%、2.5%。"
    )
    codes = [code for code, *_ in _rows(text)]
    assert codes[0] == "pm25_avg_concentration"
    assert "pm25_avg_concentration" not in codes[1:]


def test_a_group_of_places_counted_after_their_names_is_where_the_changes_are() -> None:
    text = (
        "1-7月，全省PM10平均浓度为69微克/立方米，同比下降1.9%，其中东岭、西桥、南湾等3个城市同比上升，"
        "升幅分别为6.4%、3.3%、1.2%。"
    )
    assert _rows(text)[1:] == [
        ("pm10_avg_concentration", None, "up", 6.4, None),
        ("pm10_avg_concentration", None, "up", 3.3, None),
        ("pm10_avg_concentration", None, "up", 1.2, None),
    ]


def test_a_list_of_judged_changes_after_named_pollutants_gives_one_change_to_each() -> None:
    text = "全市细颗粒物(PM2.5)、可吸入颗粒物、二氧化氮平均浓度同比改善12.4%、9.8%、3.3%。"
    assert _rows(text) == [
        ("pm25_avg_concentration", None, "down", 12.4, None),
        ("pm10_avg_concentration", None, "down", 9.8, None),
        ("no2_avg_concentration", None, "down", 3.3, None),
    ]


def test_the_days_in_brackets_after_a_share_of_days_are_the_count_of_those_days() -> None:
    text = (
        "1-4月，全省平均优良天数比例71.2%（85.4天），同比下降1.8个百分点（2.2天）；"
        "重度及以上污染天数比例2.6%（3.1天）。"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 71.2, "down", 1.8, None),
        ("good_air_days_count", 85.4, None, None, None),
        ("heavy_pollution_days_ratio", 2.6, None, None, None),
        ("heavy_pollution_days_count", 3.1, None, None, None),
    ]


def test_the_days_in_brackets_after_one_grades_share_are_not_a_count_of_good_days() -> None:
    text = "四季度市区达标天数比例为91.3%，其中优占30.4%（28天），良占60.9%（56天）。"
    assert [code for code, *_ in _rows(text)] == ["good_air_days_ratio", "share", "share"]


def test_a_river_basin_named_before_a_count_of_sections_makes_their_share_surface_water() -> None:
    text = "全年湖体平均水质为Ⅳ类。全流域150个重点断面中优Ⅲ比例达93.1%，同比上升1.5个百分点。"
    assert _rows(text) == [("surface_water_good_ratio", 93.1, "up", 1.5, None)]


def test_this_year_is_the_year_after_the_one_whose_same_period_the_text_compares_with() -> None:
    text = "今年上半年全省优良天数比例为93.4%。与2023年上半年相比，全省优良天数比例上升1.2个百分点。"
    assert [(code, year) for code, *_, year in _rows(text)] == [("good_air_days_ratio", 2024)]
    undated = "全省优良天数比例为93.4%，比上年上升1.2个百分点。"
    assert [year for *_, year in _rows(undated)] == [None]


def test_a_second_comparison_with_an_older_year_is_the_figures_note_not_an_item() -> None:
    text = (
        "全省中度及以上污染天数累计为212天，比2022年同期减少31天，减少12.8%；"
        "比2018年同期减少104天，减少32.9%。"
    )
    assert [(code, d, v) for code, _, d, v, _ in _rows(text)] == [("days", "down", 12.8)]


def test_a_later_comparison_after_an_older_one_is_kept_as_the_year_on_year_change() -> None:
    text = "2021年全省PM2.5平均浓度为44微克/立方米，较2015年下降29.0%；较2020年下降4.3%。"
    assert _rows(text) == [("pm25_avg_concentration", 44.0, "down", 4.3, 2021)]


def test_a_second_spinners_words_are_read_as_the_words_they_replaced() -> None:
    spun = "天级及以上乡市PM2.5均匀浓度为28.0微克/坐圆米，共比下落4.4%；均匀氛围量量精良天数比率为86.1%，共比持仄。"
    plain = "地级及以上城市PM2.5平均浓度为28.0微克/立方米，同比下落4.4%；平均空气质量优良天数比率为86.1%，同比持平。"
    assert despun(spun) == plain
    assert _rows(spun)[0] == ("pm25_avg_concentration", 28.0, "down", 4.4, None)


def test_spinner_words_are_left_alone_where_they_are_meant_literally() -> None:
    text = "城乡市场监管和净化空气的措施持续推进，共比赛三场。"
    assert despun(text) == text
