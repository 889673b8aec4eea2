"""Tables written for these tests (twenty-fifth round): columns headed by years in ascending
order (城市 | 2023年 | 2024年 | 变化率). The later year's column holds the figures and the change
beside it is theirs; the earlier year's values are left to a note, as with descending years."""

from __future__ import annotations

from tests.extract.figure_rows import dated_changes

Row = tuple[str, float | None, str | None, int | None, str | None, float | None]


def _rows(text: str) -> list[Row]:
    """(code, value, region, year, change direction, change value) of every figure."""
    return [row[:6] for row in dated_changes(text)]


def test_a_caption_named_table_reads_the_later_years_column() -> None:
    text = "表1 各市PM2.5平均浓度（微克/立方米）\n城市 | 2023年 | 2024年 | 变化率(%)\n北岗市 | 29 | 26 | -10.3\n南坞市 | 35 | 32 | -8.6\n"
    assert _rows(text) == [
        ("pm25_avg_concentration", 26.0, "北岗市", 2024, "down", 10.3),
        ("pm25_avg_concentration", 32.0, "南坞市", 2024, "down", 8.6),
    ]


def test_measure_columns_opened_by_ascending_years_read_the_later_one() -> None:
    text = (
        "各市环境空气质量\n城市 | 2023年PM10浓度(微克/立方米) | 2024年PM10浓度(微克/立方米) | 变化率(%)\n"
        "北岗市 | 52 | 48 | -7.7\n南坞市 | 61 | 57 | -6.6\n"
    )
    assert [(r[1], r[2], r[3], r[5]) for r in _rows(text)] == [
        (48.0, "北岗市", 2024, 7.7),
        (57.0, "南坞市", 2024, 6.6),
    ]


def test_a_share_over_ascending_year_columns_written_a_cell_a_line_reads_the_later_year() -> None:
    text = (
        "表3 甲市2024年1-6月各县情况\n县城 |\n空气优良天数比率(%) | ||\n2023年 |\n2024年 |\n同比变化 | ||\n"
        "北岗县 |\n92.6 |\n95.3 |\n+2.7 |\n南坞县 |\n90.1 |\n88.4 |\n-1.7 |"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 95.3, "北岗县", 2024, "up", 2.7),
        ("good_air_days_ratio", 88.4, "南坞县", 2024, "down", 1.7),
    ]


def test_indicator_rows_under_ascending_years_read_the_later_years_value() -> None:
    text = (
        "项目 | 2023年 | 2024年 | 变化\n优良天数比例(%) | 86.3 | 89.0 | 上升2.7个百分点\n"
        "PM2.5浓度(微克/立方米) | 36 | 33 | 下降8.3%\n"
    )
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in _rows(text)] == [
        ("good_air_days_ratio", 89.0, 2024, "up", 2.7),
        ("pm25_avg_concentration", 33.0, 2024, "down", 8.3),
    ]


def test_descending_year_columns_still_read_the_first_column() -> None:
    text = (
        "表1 各市PM2.5平均浓度（微克/立方米）\n城市 | 2024年 | 2023年 | 变化率(%)\n"
        "北岗市 | 26 | 29 | -10.3\n南坞市 | 32 | 35 | -8.6\n"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 26.0, "北岗市", 2024, "down", 10.3),
        ("pm25_avg_concentration", 32.0, "南坞市", 2024, "down", 8.6),
    ]
