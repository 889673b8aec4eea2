"""Years a figure holds for when the text does not write 2023年 before it (sentences written for
these tests): Taiwan's calendar, a year glued to its month, a comparison year, 今年 by the
publication date."""

from __future__ import annotations

from scrapers.extract import extract_text


def _years(text: str) -> list[tuple[str, float, int | None]]:
    return [(i.code, i.value, i.year) for i in extract_text(text)[0] if i.code != "count"]


def test_a_taiwanese_passage_dates_by_the_republics_calendar() -> None:
    text = "环保署公布，本市细悬浮微粒(PM2.5)年平均浓度105年为19.2微克/立方米，108年下降至15.1微克/立方米。"
    assert _years(text) == [("pm25_avg_concentration", 19.2, 2016), ("pm25_avg_concentration", 15.1, 2019)]


def test_a_mainland_passage_does_not_read_durations_as_taiwanese_years() -> None:
    assert _years("建党100年来，全省PM2.5平均浓度为30微克/立方米。") == [
        ("pm25_avg_concentration", 30.0, None)
    ]


def test_last_year_in_brackets_is_read_in_a_taiwanese_passage() -> None:
    text = "环保署资料显示，台北市PM2.5年均浓度去(109)年为12.1微克/立方米。"
    assert _years(text) == [("pm25_avg_concentration", 12.1, 2020)]


def test_a_year_that_lost_its_nian_before_the_month_is_still_the_year() -> None:
    assert _years("202303月，全市水源达标率为100%。") == [
        ("drinking_water_source_compliance_ratio", 100.0, 2023)
    ]


def test_a_comparison_with_the_year_before_dates_the_figure() -> None:
    text = "全国细颗粒物浓度为30微克/立方米，比2020年下降9.1%。优良天数比例为87.0%。"
    assert _years(text) == [("pm25_avg_concentration", 30.0, 2021), ("good_air_days_ratio", 87.0, 2021)]


def test_a_comparison_year_does_not_override_a_stated_year() -> None:
    assert _years("2018年，全市PM2.5年均浓度为44微克/立方米，比2013年下降30%。") == [
        ("pm25_avg_concentration", 44.0, 2018)
    ]


def test_this_year_is_the_publication_year_not_the_last_year_stated_before() -> None:
    text = "发表于 2016-05-20\n截至2015年底，全市森林面积852万亩。\n截至今年4月底，全市森林覆盖率达38.2%。"
    assert ("forest_coverage", 38.2, 2016) in _years(text)


def test_cubic_metres_written_as_gongchi_mark_a_taiwanese_passage_and_zhi_a_compared_value() -> None:
    text = "本市112年PM2.5年平均值為16.8微克/立方公尺，較111年之17.9微克/立方公尺下降1.1微克/立方公尺。"
    assert [(i.code, i.value, i.year) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 16.8, 2023)
    ]


def test_a_count_of_two_thousand_with_its_unit_is_no_year() -> None:
    text = "2020年，全区完成植树造林1230亩，森林抚育2000亩，封山育林5000亩。森林覆盖率为64.31%。"
    assert {i.year for i in extract_text(text)[0]} == {2020}


def test_a_year_followed_by_its_first_quarters_or_months_dates_the_figures() -> None:
    text = "2024年前三季度，我州环境空气质量总体优良。今年1至9月，中心城市空气质量优良天数比率为99.3%。"
    assert [(i.code, i.year) for i in extract_text(text)[0]] == [("good_air_days_ratio", 2024)]
    assert [i.code for i in extract_text("2024年前10个月，全省优良天数比例为90.1%。")[0]] == [
        "good_air_days_ratio"
    ]


def test_an_aside_about_an_earlier_year_holds_previous_values_and_dates_nothing_after_it() -> None:
    text = (
        "2023年9月，有效监测天数29天，优良天数27天，优良率为93.1%。(2022年9月共有效监测30天，优良天数28天，优良率93.3%。)\n"
        "各污染物平均浓度分别为：二氧化硫(SO2)：11μg/m3；细颗粒物(PM2.5)：16μg/m3。"
    )
    got = [(i.code, i.value, i.year) for i in extract_text(text)[0] if i.code != "days"]
    assert got == [
        ("good_air_days_count", 27.0, 2023),
        ("good_air_days_ratio", 93.1, 2023),
        ("so2_avg_concentration", 11.0, 2023),
        ("pm25_avg_concentration", 16.0, 2023),
    ]
