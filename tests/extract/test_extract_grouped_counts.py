"""Forms written for these tests (thirteenth round): thousands grouped with a space as statistical
text writes them, provinces counted without a measure word, the things counted as having reached a
target, a bare count in brackets after a share, a pollutant's lost subscript, the worst class at a
bare zero, good days named after their count, a fourth spinner's words, what a province must or will
reach, one share held by listed indicators, and a heavy-pollution share named without days."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text


def _all(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    """(code, value, written unit, value_base) of every figure, generic counts included."""
    return [(i.code, i.value, i.unit, i.value_base) for i in extract_text(text)[0]]


def _values(text: str) -> list[float | None]:
    return [row[1] for row in _all(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全县关闭畜禽养殖场1 350个。", 1350.0),
        ("建成生态示范基地2 460多个。", 2460.0),
        ("累计清理河道垃圾12 500吨。", 12500.0),
        ("全市完成造林3\u2009200亩。", 3200.0),
    ],
)
def test_thousands_grouped_with_a_space_after_a_word_are_one_number(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "kept", "not_joined"),
    [
        ("优良天数 310 325天", 325.0, 310_325.0),  # a table row's cells
        ("PM10 120微克/立方米", 120.0, 10_120.0),  # a pollutant's name, then its level
    ],
)
def test_numbers_separated_by_a_space_after_a_space_or_a_name_stay_apart(
    text: str, kept: float, not_joined: float
) -> None:
    values = _values(text)
    assert kept in values
    assert not_joined not in values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("林长制试点已在12省份推开。", 12.0, "省份"),
        ("河北、山西等3省(区、市)水质明显改善。", 3.0, "省"),
        ("试点经验已推广到7省(市)。", 7.0, "省"),
    ],
)
def test_provinces_counted_without_a_measure_word_are_a_count(text: str, value: float, unit: str) -> None:
    assert ("count", value, unit, value) in _all(text)


@pytest.mark.parametrize("text", ["全国共有3省级示范区。", "5省委巡视组进驻。"])
def test_sheng_before_ji_or_wei_counts_no_provinces(text: str) -> None:
    assert [row for row in _all(text) if row[2] == "省"] == []


def test_a_count_of_things_that_reached_a_target_is_a_count_and_not_the_target() -> None:
    values = _values("全市118个黑臭水体中有96个达到“长制久清”的目标。")
    assert 118.0 in values
    assert 96.0 in values


def test_a_figure_named_as_the_target_reached_stays_a_target() -> None:
    assert [row for row in _all("力争优良天数比例达到88%的目标。") if row[0] == "good_air_days_ratio"] == []


def test_a_bare_count_in_brackets_after_a_share_is_how_many_the_share_stands_for() -> None:
    rows = _all("全市优良水体比例为83.3%（25个），同比持平。")
    assert ("surface_water_good_ratio", 83.3, "%", 83.3) in rows
    assert ("count", 25.0, "个", 25.0) in rows


def test_a_count_in_brackets_after_a_change_restates_the_change_and_counts_nothing() -> None:
    rows = _all("考核断面超标数量同比下降7.5%（3个）。")
    assert [row for row in rows if row[0] == "count"] == []


def _rows(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    """(code, value, change direction, change value) of every catalog figure."""
    return [
        (i.code, i.value, i.change.direction if i.change else None, i.change.value if i.change else None)
        for i in extract_text(text)[0]
        if i.code not in ("count", "share", "days", "concentration", "change")
    ]


def test_a_pollutant_whose_subscript_the_page_lost_to_a_space_is_still_that_pollutant() -> None:
    rows = _rows("2022年，SO 浓度为9μg/m3，同比下降10.0%；NO 浓度为24μg/m3。")
    assert ("so2_avg_concentration", 9.0, "down", 10.0) in rows
    assert ("no2_avg_concentration", 24.0, None, None) in rows


def test_the_worst_class_held_at_a_bare_zero_is_a_share_of_nothing() -> None:
    assert ("worse_than_class_v_ratio", 0.0, None, None) in _rows("2023年，全市劣Ⅴ类水体仍为0。")


@pytest.mark.parametrize(
    ("text", "value"),
    [("2016年全县有302天为空气质量优良。", 302.0), ("2020年，甲县空气质量全年共有341天达标。", 341.0)],
)
def test_days_the_air_was_good_or_met_the_standard_written_after_the_count_are_good_days(
    text: str, value: float
) -> None:
    assert ("good_air_days_count", value, None, None) in _rows(text)


def test_days_a_water_reading_met_its_standard_are_no_good_air_days() -> None:
    assert _rows("全年水质监测30天达标。") == []


def test_a_spinners_words_for_compliant_days_fell_and_added_read_as_the_originals() -> None:
    rows = _rows(
        "5月，全市空气质量合格天数份额为88.6%，较上月削减1.2个百分点。PM2.5月均浓度为33微克/立方米，"
        "较上月添加2微克/立方米。"
    )
    assert ("good_air_days_ratio", 88.6, "down", 1.2) in rows
    assert ("pm25_avg_concentration", 33.0, "up", 2.0) in rows
    assert ("air_quality_composite_index", 3.95, None, None) in _rows("5月，甲市空气质量归纳指数为3.95。")


@pytest.mark.parametrize(
    "text",
    [
        "2024年，甲省要继续巩固提升，PM2.5平均浓度要控制在29微克/立方米以内，优良天数比率达到92%以上。",
        "明年，甲市将实现优良天数比例达到80%。",
        "要求全市优良天数比例达到85%。",
    ],
)
def test_what_a_province_must_or_will_reach_is_a_target_and_no_figure(text: str) -> None:
    assert _rows(text) == []


def test_a_report_naming_its_main_pollutant_or_a_zone_meeting_its_requirement_keeps_its_figures() -> None:
    assert ("pm25_avg_concentration", 30.0, None, None) in _rows(
        "2023年，全省主要污染物PM2.5平均浓度为30微克/立方米。"
    )
    rows = _rows("2022年，甲市水功能区水质满足功能要求比例为95%。")
    assert ("water_function_zone_compliance_ratio", 95.0, None, None) in rows


def test_one_share_held_by_several_listed_indicators_is_a_figure_of_each() -> None:
    rows = _rows("2021年，甲市国控断面Ⅲ类及以上水质比例、城区饮用水水源地水质达标率均保持100%。")
    assert ("surface_water_good_ratio", 100.0, None, None) in rows
    assert ("drinking_water_source_compliance_ratio", 100.0, None, None) in rows


def test_a_heavy_pollution_share_named_without_days_is_the_heavy_pollution_days_share() -> None:
    rows = _rows("2019年，全区重污染比例下降1.5个百分点。")
    assert ("heavy_pollution_days_ratio", None, "down", 1.5) in rows


def test_the_national_average_a_figure_is_compared_with_in_brackets_takes_neither_figure_nor_change() -> None:
    rows = _rows("2022年，全省优良水体比例为86.1%，接近于全国平均水平（87.2%），同比提升3.2个百分点。")
    assert rows == [("surface_water_good_ratio", 86.1, "up", 3.2)]


def test_a_mainland_share_of_good_air_days_called_liang_hao_is_the_good_days_share() -> None:
    assert ("good_air_days_ratio", 91.2, None, None) in _rows("去年全市空气质量良好天数占91.2%。")
    assert _rows("空氣品質良好日數比例為45%。") == []  # Taiwan's 良好 is one grade (AQI ≤ 50)
