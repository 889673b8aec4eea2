"""Tables written for these tests (twenty-fifth round): a caption on the line above a table
that gives the unit of its concentrations (表1 各市主要污染物浓度（微克/立方米）). Two pollutant
columns with no unit of their own take it, and the caption stays a line of its own instead of
running into the header."""

from __future__ import annotations

from scrapers.extract import extract_text

Row = tuple[str, float | None, str | None, str | None, str | None, float | None]


def _rows(text: str) -> list[Row]:
    return [
        (
            i.code,
            i.value,
            i.unit,
            i.region,
            i.change.direction if i.change else None,
            i.change.value if i.change else None,
        )
        for i in extract_text(text)[0]
    ]


def test_a_spaced_table_under_a_caption_with_the_unit_and_a_change_word_reads_its_two_pollutants() -> None:
    text = (
        "2024年各市主要污染物浓度（微克/立方米）及同比变化率\n城市 PM2.5 同比(%) PM10 同比(%)\n"
        "北岗市 27 -5.3 51 -3.8\n南坞市 34 -2.9 62 1.6\n"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 27.0, "微克/立方米", "北岗市", "down", 5.3),
        ("pm10_avg_concentration", 51.0, "微克/立方米", "北岗市", "down", 3.8),
        ("pm25_avg_concentration", 34.0, "微克/立方米", "南坞市", "down", 2.9),
        ("pm10_avg_concentration", 62.0, "微克/立方米", "南坞市", "up", 1.6),
    ]


def test_a_pipe_table_under_a_caption_naming_the_unit_reads_its_two_pollutants() -> None:
    text = (
        "表2 各市二氧化氮和PM2.5浓度（单位：微克/立方米）\n城市 | NO2 | PM2.5\n"
        "北岗市 | 19 | 27\n南坞市 | 23 | 34\n"
    )
    assert [r[:4] for r in _rows(text)] == [
        ("no2_avg_concentration", 19.0, "微克/立方米", "北岗市"),
        ("pm25_avg_concentration", 27.0, "微克/立方米", "北岗市"),
        ("no2_avg_concentration", 23.0, "微克/立方米", "南坞市"),
        ("pm25_avg_concentration", 34.0, "微克/立方米", "南坞市"),
    ]


def test_a_sentence_above_the_table_is_no_caption_and_gives_no_unit() -> None:
    text = (
        "全省细颗粒物浓度以微克/立方米计，情况如下。\n城市 | NO2 | PM2.5\n"
        "北岗市 | 19 | 27\n南坞市 | 23 | 34\n"
    )
    assert [r for r in _rows(text) if r[2] == "微克/立方米"] == []


def test_a_spaced_table_with_change_columns_headed_zengjian_reads_each_pollutants_change() -> None:
    text = (
        "表3 各市主要污染物年均浓度（微克/立方米）及增减情况\n城市 NO2 增减(%) PM2.5 增减(%)\n"
        "北岗市 19 -9.5 27 -3.6\n南坞市 23 4.5 34 -2.9\n"
    )
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in _rows(text)] == [
        ("no2_avg_concentration", 19.0, "北岗市", "down", 9.5),
        ("pm25_avg_concentration", 27.0, "北岗市", "down", 3.6),
        ("no2_avg_concentration", 23.0, "南坞市", "up", 4.5),
        ("pm25_avg_concentration", 34.0, "南坞市", "down", 2.9),
    ]
