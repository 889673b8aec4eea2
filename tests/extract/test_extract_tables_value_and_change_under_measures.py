"""Tables written for these tests (twenty-fifth round): a header of two lines, the measures on
the first and a value and its change under each of them on the second (PM2.5 | PM10 ¶ 浓度 |
同比 | 浓度 | 同比). Each change is its measure's, in its own unit."""

from __future__ import annotations

from tests.extract.figure_rows import dated_changes as _rows


def test_concentration_and_change_under_each_pollutant_give_each_its_change() -> None:
    text = (
        "表1 2024年各市主要污染物浓度\n城市 | PM2.5 | PM10 | NO2\n | 浓度 | 同比 | 浓度 | 同比 | 浓度 | 同比\n"
        "北岗市 | 26 | -7.1% | 50 | -3.8% | 20 | 5.3%\n南坞市 | 33 | -2.9% | 61 | 1.7% | 24 | -4.0%\n"
    )
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 26.0, "北岗市", "down", 7.1),
        ("pm10_avg_concentration", 50.0, "北岗市", "down", 3.8),
        ("no2_avg_concentration", 20.0, "北岗市", "up", 5.3),
        ("pm25_avg_concentration", 33.0, "南坞市", "down", 2.9),
        ("pm10_avg_concentration", 61.0, "南坞市", "up", 1.7),
        ("no2_avg_concentration", 24.0, "南坞市", "down", 4.0),
    ]


def test_a_spaced_header_of_two_lines_reads_the_same_way() -> None:
    text = (
        "表1 2024年各市主要污染物浓度\n城市 PM2.5 PM10 SO2 NO2\n浓度 同比 浓度 同比 浓度 同比 浓度 同比\n"
        "北岗市 26 -7.1% 50 -3.8% 7 0.0% 20 5.3%\n南坞市 33 -2.9% 61 1.7% 9 -10.0% 24 -4.0%\n"
    )
    changes = [(r[0][:4], r[2], r[4], r[5]) for r in _rows(text)]
    assert changes == [
        ("pm25", "北岗市", "down", 7.1),
        ("pm10", "北岗市", "down", 3.8),
        ("so2_", "北岗市", None, None),  # 0.0%: no change, as the labelling has 持平
        ("no2_", "北岗市", "up", 5.3),
        ("pm25", "南坞市", "down", 2.9),
        ("pm10", "南坞市", "up", 1.7),
        ("so2_", "南坞市", "down", 10.0),
        ("no2_", "南坞市", "down", 4.0),
    ]


def test_a_year_and_its_change_under_each_measure_date_the_value_and_keep_the_units_apart() -> None:
    text = (
        "各市环境空气质量\n城市 | PM2.5浓度(微克/立方米) | 优良天数比例(%)\n"
        " | 2024年 | 同比变化(%) | 2024年 | 同比变化(百分点)\n"
        "北岗市 | 26 | -7.1 | 93.4 | 1.9\n南坞市 | 33 | -2.9 | 87.7 | -0.4\n"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 26.0, "北岗市", 2024, "down", 7.1, "percent"),
        ("good_air_days_ratio", 93.4, "北岗市", 2024, "up", 1.9, "percentage_point"),
        ("pm25_avg_concentration", 33.0, "南坞市", 2024, "down", 2.9, "percent"),
        ("good_air_days_ratio", 87.7, "南坞市", 2024, "down", 0.4, "percentage_point"),
    ]


def test_years_under_each_measure_read_the_latest_years_column() -> None:
    text = (
        "各市空气质量\n城市 | PM2.5浓度(微克/立方米) | 优良天数比例(%)\n | 2024年 | 2023年 | 2024年 | 2023年\n"
        "北岗市 | 26 | 28 | 93.4 | 91.5\n南坞市 | 33 | 34 | 87.7 | 88.1\n"
    )
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 26.0, "北岗市", 2024),
        ("good_air_days_ratio", 93.4, "北岗市", 2024),
        ("pm25_avg_concentration", 33.0, "南坞市", 2024),
        ("good_air_days_ratio", 87.7, "南坞市", 2024),
    ]


def test_this_months_value_and_its_change_under_each_measure_pair_up() -> None:
    text = (
        "各市空气质量\n城市 | 优良天数比例(%) | PM2.5浓度(微克/立方米)\n | 本月 | 同比 | 本月 | 同比\n"
        "北岗市 | 93.4 | 1.9 | 26 | -7.1\n南坞市 | 87.7 | -0.4 | 33 | -2.9\n"
    )
    assert [(r[0], r[1], r[4], r[5], r[6]) for r in _rows(text)] == [
        ("good_air_days_ratio", 93.4, "up", 1.9, "percentage_point"),
        ("pm25_avg_concentration", 26.0, "down", 7.1, "percent"),
        ("good_air_days_ratio", 87.7, "down", 0.4, "percentage_point"),
        ("pm25_avg_concentration", 33.0, "down", 2.9, "percent"),
    ]
