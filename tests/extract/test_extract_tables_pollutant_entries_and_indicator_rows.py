"""Forms written for these tests (twenty-third round): a city table whose column of main
pollutants holds names (臭氧, 细颗粒物) or a dash, a pollutant column headed 浓度 with a 同比 column
after it, and tables whose rows are pollutants (指标 | 2023年 | 2022年 | 同比, 污染物 | 浓度 | 同比变化)
with no unit in the header or the unit and the word of the change in each cell. Every table, place
and number is made up for the test."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import figure_rows as _rows

_POLLUTANTS = ("so2", "no2", "pm10", "o3", "pm25")


def _by_place(text: str) -> list[tuple[str, float | None, str | None]]:
    """(code, value, place) of every concentration of ``text``."""
    return [
        (i.code, i.value, i.region) for i in extract_text(text)[0] if i.code.endswith("_avg_concentration")
    ]


def _city_rows(place: str, values: tuple[float, ...]) -> list[tuple[str, float | None, str | None]]:
    return [(f"{code}_avg_concentration", v, place) for code, v in zip(_POLLUTANTS, values, strict=True)]


_HEADER = "城市 | 综合指数 | 最大指数 | 主要污染物 | SO2 | NO2 | PM10 | CO | O3 | PM2.5\n"


def test_a_main_pollutant_written_in_words_keeps_the_columns_after_it_in_place() -> None:
    text = (
        _HEADER + "东林市 | 3.21 | 1.02 | 臭氧 | 6 | 18 | 44 | 0.9 | 140 | 25\n"
        "西岭市 | 3.56 | 1.10 | 细颗粒物 | 8 | 21 | 50 | 1.0 | 146 | 29"
    )
    assert _by_place(text) == _city_rows("东林市", (6, 18, 44, 140, 25)) + _city_rows(
        "西岭市", (8, 21, 50, 146, 29)
    )


def test_a_dash_in_the_main_pollutant_column_keeps_the_columns_after_it_in_place() -> None:
    text = (
        "城市 | 综合指数 | 主要污染物 | SO2 | NO2 | PM10 | CO | O3 | PM2.5\n"
        "东林市 | 3.21 | PM2.5、O3 | 6 | 18 | 44 | 0.9 | 140 | 25\n"
        "西岭市 | 3.56 | — | 8 | 21 | 50 | 1.0 | 146 | 29"
    )
    assert _by_place(text) == _city_rows("东林市", (6, 18, 44, 140, 25)) + _city_rows(
        "西岭市", (8, 21, 50, 146, 29)
    )


def test_a_main_pollutant_column_beside_a_group_of_pollutants_is_the_rows_last_cell() -> None:
    # one cell a line: 主要污染物 comes after the group cell, on a later line, but heads its own column
    text = (
        "城市¶综合指数¶污染物浓度(微克/立方米)¶主要污染物¶SO2¶NO2¶PM10¶O3¶PM2.5¶"
        "东林市¶3.21¶6¶18¶44¶140¶25¶O3¶西岭市¶3.56¶8¶21¶50¶146¶29¶PM2.5"
    ).replace("¶", "\n\n")
    assert _by_place(text) == _city_rows("东林市", (6, 18, 44, 140, 25)) + _city_rows(
        "西岭市", (8, 21, 50, 146, 29)
    )


def test_a_pollutant_column_headed_concentration_gives_its_unit_and_takes_the_change_beside_it() -> None:
    text = "城市 | PM2.5浓度 | 同比 | PM10浓度 | 同比\n东林市 | 25 | -3.8% | 44 | -2.2%\n西岭市 | 29 | 3.6% | 50 | -1.0%"
    assert _rows(text) == [
        ("pm25_avg_concentration", 25.0, "down", 3.8, None),
        ("pm10_avg_concentration", 44.0, "down", 2.2, None),
        ("pm25_avg_concentration", 29.0, "up", 3.6, None),
        ("pm10_avg_concentration", 50.0, "down", 1.0, None),
    ]


def test_a_table_of_pollutant_rows_with_no_unit_reads_micrograms_and_the_first_years_column() -> None:
    text = (
        "指标 | 2023年 | 2022年 | 同比\nPM2.5 | 31 | 33 | -6.1%\nPM10 | 56 | 60 | -6.7%\n"
        "SO2 | 7 | 8 | -12.5%\nNO2 | 22 | 24 | -8.3%\nO3 | 145 | 150 | -3.3%"
    )
    got = extract_text(text)[0]
    assert [(i.code, i.value, i.unit, i.change and i.change.value, i.year) for i in got] == [
        ("pm25_avg_concentration", 31.0, "微克/立方米", 6.1, 2023),
        ("pm10_avg_concentration", 56.0, "微克/立方米", 6.7, 2023),
        ("so2_avg_concentration", 7.0, "微克/立方米", 12.5, 2023),
        ("no2_avg_concentration", 22.0, "微克/立方米", 8.3, 2023),
        ("o3_avg_concentration", 145.0, "微克/立方米", 3.3, 2023),
    ]
    assert all(i.change is not None and i.change.direction == "down" for i in got)


def test_two_pollutant_rows_with_no_unit_anywhere_give_no_concentration() -> None:
    text = "指标 | 2023年 | 2022年 | 同比\nPM2.5 | 31 | 33 | -6.1%\nPM10 | 56 | 60 | -6.7%"
    assert _by_place(text) == []


def test_a_share_row_under_a_change_column_with_no_unit_changes_in_points() -> None:
    text = (
        "指标 | 2023年 | 2022年 | 同比\nPM2.5 | 31 | 33 | -6.1%\nPM10 | 56 | 60 | -6.7%\n"
        "SO2 | 7 | 8 | -12.5%\n优良天数比例 | 88.2 | 85.0 | 3.2"
    )
    share = [i for i in extract_text(text)[0] if i.code == "good_air_days_ratio"]
    assert [(i.value, i.change and (i.change.direction, i.change.value, i.change.unit)) for i in share] == [
        (88.2, ("up", 3.2, "percentage_point"))
    ]


def test_pollutant_rows_with_the_unit_and_the_word_of_the_change_in_each_cell() -> None:
    text = (
        "污染物 | 浓度 | 同比变化\n细颗粒物（PM2.5） | 31微克/立方米 | 下降6.1%\n"
        "可吸入颗粒物（PM10） | 56微克/立方米 | 下降6.7%\n二氧化硫（SO2） | 7微克/立方米 | 下降12.5%\n"
        "二氧化氮（NO2） | 22微克/立方米 | 上升8.3%\n臭氧（O3） | 145微克/立方米 | 下降3.3%"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 31.0, "down", 6.1, None),
        ("pm10_avg_concentration", 56.0, "down", 6.7, None),
        ("so2_avg_concentration", 7.0, "down", 12.5, None),
        ("no2_avg_concentration", 22.0, "up", 8.3, None),
        ("o3_avg_concentration", 145.0, "down", 3.3, None),
    ]


def test_a_change_column_after_a_measures_rank_column_is_the_measures_change() -> None:
    text = (
        "城市 | 综合指数 | 排名 | 同比变化 | 排名\n东林市 | 3.21 | 1 | -2.1% | 2\n"
        "西岭市 | 3.56 | 2 | 1.5% | 1\n南坪市 | 3.80 | 3 | -4.0% | 3"
    )
    assert _rows(text) == [
        ("air_quality_composite_index", 3.21, "down", 2.1, None),
        ("air_quality_composite_index", 3.56, "up", 1.5, None),
        ("air_quality_composite_index", 3.8, "down", 4.0, None),
    ]


def test_a_main_pollutant_in_traditional_characters_keeps_the_columns_in_place() -> None:
    text = (
        "城市 | 綜合指數 | 主要污染物 | SO2 | NO2 | PM10 | CO | O3 | PM2.5\n"
        "東林市 | 3.21 | 細顆粒物 | 6 | 18 | 44 | 0.9 | 140 | 25\n"
        "西嶺市 | 3.56 | 臭氧 | 8 | 21 | 50 | 1.0 | 146 | 29"
    )
    assert [(code, value) for code, value, _ in _by_place(text)] == [
        (code, value)
        for code, value, _ in _city_rows("", (6, 18, 44, 140, 25)) + _city_rows("", (8, 21, 50, 146, 29))
    ]


def test_an_empty_cell_between_two_bars_keeps_the_columns_after_it_in_place() -> None:
    text = (
        "| 城市 | 综合指数 | PM2.5 | PM10 | O3 | SO2 | NO2 |\n| 东林市 | 3.21 | 25 | | 140 | 6 | 18 |\n"
        "| 西岭市 | 3.56 | 29 | 50 | 146 | 8 | 21 |"
    )
    assert _by_place(text)[:4] == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("o3_avg_concentration", 140.0, "东林市"),
        ("so2_avg_concentration", 6.0, "东林市"),
        ("no2_avg_concentration", 18.0, "东林市"),
    ]


def test_an_empty_cell_between_two_tabs_keeps_the_columns_after_it_in_place() -> None:
    text = "城市\tPM2.5\tPM10\tO3\tSO2\n东林市\t25\t\t140\t6\n西岭市\t29\t50\t146\t8"
    assert _by_place(text) == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("o3_avg_concentration", 140.0, "东林市"),
        ("so2_avg_concentration", 6.0, "东林市"),
        ("pm25_avg_concentration", 29.0, "西岭市"),
        ("pm10_avg_concentration", 50.0, "西岭市"),
        ("o3_avg_concentration", 146.0, "西岭市"),
        ("so2_avg_concentration", 8.0, "西岭市"),
    ]


def test_empty_cells_at_the_end_of_a_row_or_in_a_header_open_no_column() -> None:
    text = (
        "| | | 浓度(μg/m³) | |\n城市 | PM2.5 | PM10 | O3 | |\n东林市 | 25 | 44 | 140 | |\n"
        "西岭市 | 29 | 50 | 146 | |"
    )
    assert _by_place(text) == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("pm10_avg_concentration", 44.0, "东林市"),
        ("o3_avg_concentration", 140.0, "东林市"),
        ("pm25_avg_concentration", 29.0, "西岭市"),
        ("pm10_avg_concentration", 50.0, "西岭市"),
        ("o3_avg_concentration", 146.0, "西岭市"),
    ]


def test_a_group_cell_headed_average_concentration_takes_the_pollutants_named_on_the_next_line() -> None:
    text = (
        "表2 各区空气质量\n区 | 平均浓度(μg/m3) | 优良天数比例 | 综合指数 | 排名 | ||\n"
        "PM10 | PM2.5 | NO2 | ||||\n东林区 | 41 | 23 | 17 | 96.0% | 2.75 | 1 |\n"
        "西岭区 | 47 | 26 | 20 | 93.5% | 3.02 | 2 |"
    )
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0]] == [
        ("pm10_avg_concentration", 41.0, "东林区"),
        ("pm25_avg_concentration", 23.0, "东林区"),
        ("no2_avg_concentration", 17.0, "东林区"),
        ("good_air_days_ratio", 96.0, "东林区"),
        ("air_quality_composite_index", 2.75, "东林区"),
        ("pm10_avg_concentration", 47.0, "西岭区"),
        ("pm25_avg_concentration", 26.0, "西岭区"),
        ("no2_avg_concentration", 20.0, "西岭区"),
        ("good_air_days_ratio", 93.5, "西岭区"),
        ("air_quality_composite_index", 3.02, "西岭区"),
    ]


def test_a_second_column_of_a_measure_opened_by_an_earlier_year_holds_earlier_values() -> None:
    text = (
        "城市 | 2023年1-6月PM2.5浓度(μg/m3) | 2022年1-6月PM2.5浓度(μg/m3) | 同比变化(%) | "
        "2023年1-6月优良天数比例(%) | 2022年1-6月优良天数比例(%)\n"
        "东林市 | 25 | 26 | -3.8 | 92.1 | 90.0\n西岭市 | 29 | 28 | 3.6 | 88.0 | 89.2"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 25.0, "down", 3.8, 2023),
        ("good_air_days_ratio", 92.1, None, None, 2023),
        ("pm25_avg_concentration", 29.0, "up", 3.6, 2023),
        ("good_air_days_ratio", 88.0, None, None, 2023),
    ]


def test_a_column_of_the_same_period_last_year_holds_earlier_values() -> None:
    text = "城市 | PM2.5浓度(μg/m3) | 上年同期PM2.5浓度(μg/m3) | 变化率(%)\n东林市 | 25 | 26 | -3.8\n西岭市 | 29 | 28 | 3.6"
    assert [(code, value, way, size) for code, value, way, size, _ in _rows(text)] == [
        ("pm25_avg_concentration", 25.0, "down", 3.8),
        ("pm25_avg_concentration", 29.0, "up", 3.6),
    ]


def test_a_change_group_over_the_pollutants_named_again_gives_each_its_own_change() -> None:
    text = (
        "城市 | 浓度(μg/m3) | | 同比变化(%) |\n | PM2.5 | PM10 | PM2.5 | PM10\n"
        "东林市 | 25 | 44 | -3.8 | -2.2\n西岭市 | 29 | 50 | 3.6 | -1.0"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 25.0, "down", 3.8, None),
        ("pm10_avg_concentration", 44.0, "down", 2.2, None),
        ("pm25_avg_concentration", 29.0, "up", 3.6, None),
        ("pm10_avg_concentration", 50.0, "down", 1.0, None),
    ]


def test_a_negative_number_is_never_a_level_in_a_table() -> None:
    text = "城市 | PM2.5(μg/m3) | PM10(μg/m3) | NO2(μg/m3)\n东林市 | 25 | -2.2 | 17\n西岭市 | 29 | 50 | -1.0"
    assert _by_place(text) == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("no2_avg_concentration", 17.0, "东林市"),
        ("pm25_avg_concentration", 29.0, "西岭市"),
        ("pm10_avg_concentration", 50.0, "西岭市"),
    ]


def test_values_that_carry_their_unit_in_the_cell_are_read_as_that_columns() -> None:
    text = "城市 | PM2.5浓度 | 优良天数比例\n东林市 | 25μg/m³ | 96.8%\n西岭市 | 29μg/m³ | 93.5%"
    assert [(i.code, i.value, i.unit, i.region) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 25.0, "微克/立方米", "东林市"),
        ("good_air_days_ratio", 96.8, "%", "东林市"),
        ("pm25_avg_concentration", 29.0, "微克/立方米", "西岭市"),
        ("good_air_days_ratio", 93.5, "%", "西岭市"),
    ]


def test_change_cells_written_with_a_word_or_an_arrow_are_signed_changes() -> None:
    arrows = "城市 | PM2.5浓度(μg/m3) | 同比\n东林市 | 25 | ↓3.8%\n西岭市 | 29 | ↑3.6%"
    words = (
        "城市 | 优良天数比例(%) | 同比变化\n东林市 | 92.1 | 上升1.2个百分点\n西岭市 | 88.0 | 下降0.8个百分点"
    )
    assert _rows(arrows) == [
        ("pm25_avg_concentration", 25.0, "down", 3.8, None),
        ("pm25_avg_concentration", 29.0, "up", 3.6, None),
    ]
    share = extract_text(words)[0]
    assert [(i.value, i.change and (i.change.direction, i.change.value, i.change.unit)) for i in share] == [
        (92.1, ("up", 1.2, "percentage_point")),
        (88.0, ("down", 0.8, "percentage_point")),
    ]


def test_a_table_cut_by_full_width_bars_is_a_table() -> None:
    text = "城市｜PM2.5浓度(μg/m3)｜优良天数比例(%)\n东林市｜25｜96.8\n西岭市｜29｜93.5"
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("good_air_days_ratio", 96.8, "东林市"),
        ("pm25_avg_concentration", 29.0, "西岭市"),
        ("good_air_days_ratio", 93.5, "西岭市"),
    ]


def test_periods_named_under_each_measure_split_its_column_and_date_the_year_to_date() -> None:
    text = (
        "2023年10月各市空气质量\n城市 | PM2.5浓度(μg/m3) | | 优良天数比例(%) |\n"
        " | 本月 | 累计 | 本月 | 累计\n东林市 | 25 | 31 | 96.8 | 90.2\n西岭市 | 29 | 35 | 93.5 | 88.1"
    )
    got = [(i.code, i.value, i.period, i.region) for i in extract_text(text)[0]]
    assert got == [
        ("pm25_avg_concentration", 25.0, "10月", "东林市"),
        ("pm25_avg_concentration", 31.0, "1-10月", "东林市"),
        ("good_air_days_ratio", 96.8, "10月", "东林市"),
        ("good_air_days_ratio", 90.2, "1-10月", "东林市"),
        ("pm25_avg_concentration", 29.0, "10月", "西岭市"),
        ("pm25_avg_concentration", 35.0, "1-10月", "西岭市"),
        ("good_air_days_ratio", 93.5, "10月", "西岭市"),
        ("good_air_days_ratio", 88.1, "1-10月", "西岭市"),
    ]


def test_a_period_of_last_year_under_a_measure_holds_earlier_values() -> None:
    text = (
        "2023年10月\n城市 | PM2.5浓度(μg/m3) | | |\n | 当月 | 上年同期 | 累计 |\n"
        "东林市 | 25 | 27 | 31\n西岭市 | 29 | 30 | 35"
    )
    assert [(i.value, i.period) for i in extract_text(text)[0]] == [
        (25.0, "10月"),
        (31.0, "1-10月"),
        (29.0, "10月"),
        (35.0, "1-10月"),
    ]


def test_a_header_a_cell_a_line_fills_its_group_only_with_bare_pollutant_names() -> None:
    # the group's own pollutants come after the header's other cells, each on a line of its own
    text = (
        "区县¶平均浓度(μg/m3)¶CO百分位数浓度(mg/m3)¶优良天数比例(%)¶排名¶PM10¶PM2.5¶NO2¶"
        "东林区¶41¶23¶17¶0.8¶96.0¶1¶西岭区¶47¶26¶20¶0.9¶93.5¶2"
    ).replace("¶", "\n")
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0] if not i.code.endswith("rank")] == [
        ("pm10_avg_concentration", 41.0, "东林区"),
        ("pm25_avg_concentration", 23.0, "东林区"),
        ("no2_avg_concentration", 17.0, "东林区"),
        ("good_air_days_ratio", 96.0, "东林区"),
        ("pm10_avg_concentration", 47.0, "西岭区"),
        ("pm25_avg_concentration", 26.0, "西岭区"),
        ("no2_avg_concentration", 20.0, "西岭区"),
        ("good_air_days_ratio", 93.5, "西岭区"),
    ]


def test_periods_named_before_the_measures_under_each_are_read_period_by_period() -> None:
    text = (
        "各区优良天数比例 序号 | 区 | 本月 | 上年同期 | 同比变化(百分点) | 优良天数比例(%) | 排名 | 优良天数比例(%) | 排名 | "
        "1 | 北河区 | 98.4 | 2 | 96.1 | 3 | 2.3 | 2 | 南沙区 | 100 | 1 | 99.2 | 1 | 0.8 | 3 | 东林区 | 91.2 | 3 | 97.0 | 2 | -5.8 |"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 98.4, "up", 2.3, None),
        ("good_air_days_ratio", 100.0, "up", 0.8, None),
        ("good_air_days_ratio", 91.2, "down", 5.8, None),
    ]


def test_a_rank_column_headed_mingci_is_no_place() -> None:
    text = (
        "各县区优良率 序号 | 县区 | 当月 | 去年同月 | 变化(百分点) | 优良率(%) | 名次 | 优良率(%) | 名次 | "
        "1 | 北河县 | 97 | 2 | 95 | 3 | 2 | 2 | 南沙县 | 100 | 1 | 98 | 1 | 2 | 3 | 东林县 | 90 | 3 | 93 | 2 | -3 |"
    )
    assert [(i.region, i.value) for i in extract_text(text)[0]] == [
        ("北河县", 97.0),
        ("南沙县", 100.0),
        ("东林县", 90.0),
    ]


def test_a_table_with_places_across_the_top_gives_each_place_its_rows_values() -> None:
    text = (
        "项目 | 东林市 | 西岭市 | 全省\nPM2.5(μg/m3) | 25 | 29 | 27\nPM10(μg/m3) | 44 | 50 | 47\n"
        "优良天数比例(%) | 96.8 | 93.5 | 95.1"
    )
    assert [(i.code, i.value, i.unit, i.region) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 25.0, "微克/立方米", "东林市"),
        ("pm25_avg_concentration", 29.0, "微克/立方米", "西岭市"),
        ("pm25_avg_concentration", 27.0, "微克/立方米", "全省"),
        ("pm10_avg_concentration", 44.0, "微克/立方米", "东林市"),
        ("pm10_avg_concentration", 50.0, "微克/立方米", "西岭市"),
        ("pm10_avg_concentration", 47.0, "微克/立方米", "全省"),
        ("good_air_days_ratio", 96.8, "%", "东林市"),
        ("good_air_days_ratio", 93.5, "%", "西岭市"),
        ("good_air_days_ratio", 95.1, "%", "全省"),
    ]


def test_a_table_that_opens_on_a_line_of_empty_cells_reads_without_error() -> None:
    text = (
        "| | |\n项目 | 东林市 | 西岭市\nPM2.5(μg/m3) | 25 | 29\nPM10(μg/m3) | 44 | 50\n注：数据为初步统计。"
    )
    assert isinstance(extract_text(text)[0], tuple)


def test_a_bar_alone_on_its_line_inside_a_row_is_an_empty_cell() -> None:
    text = (
        "城市 |\n优良天数(天) |\n优良天数比例(%) |\n东林市 |\n28 |\n90.3 |\n西岭市 |\n26 |\n83.9 |\n"
        "南坪市 |\n25 |\n80.6 |\n均值 |\n|\n84.9 |"
    )
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0]][-1] == (
        "good_air_days_ratio",
        84.9,
        "均值",
    )


def test_a_bar_alone_on_its_line_between_rows_opens_no_cell() -> None:
    text = (
        "站点 |\nPM10(μg/m3) |\nPM2.5(μg/m3) |\n评价 |\n|\n东站 |\n51 |\n27 |\n二级 |\n|\n西站 |\n48 |\n25 |\n二级 |\n|\n"
        "南站 |\n55 |\n30 |\n二级 |"
    )
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0]] == [
        ("pm10_avg_concentration", 51.0, "东站"),
        ("pm25_avg_concentration", 27.0, "东站"),
        ("pm10_avg_concentration", 48.0, "西站"),
        ("pm25_avg_concentration", 25.0, "西站"),
        ("pm10_avg_concentration", 55.0, "南站"),
        ("pm25_avg_concentration", 30.0, "南站"),
    ]


def test_a_value_with_a_footnote_mark_keeps_its_column() -> None:
    text = "城市 | PM2.5浓度(μg/m3) | 优良天数比例(%)\n东林市 | 25* | 96.8\n西岭市 | 29 | 93.5※"
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("good_air_days_ratio", 96.8, "东林市"),
        ("pm25_avg_concentration", 29.0, "西岭市"),
        ("good_air_days_ratio", 93.5, "西岭市"),
    ]
