"""Tables written for these tests (twenty-fourth round): rows whose cells only spaces keep apart,
where a text layer also split a header cell (PM2.5 浓度) or spelled a row's name out character by
character (东 林 市)."""

from __future__ import annotations

from tests.extract.figure_rows import placed_changes

Row = tuple[str, float | None, str | None, str | None, float | None]


def _rows(text: str) -> list[Row]:
    """(code, value, region, change direction, change value) of every figure."""
    return [row[:5] for row in placed_changes(text)]


def test_a_concentration_word_set_apart_from_its_pollutant_heads_one_column() -> None:
    text = "城市 PM2.5 浓度 同比 优良天数比例 同比\n东林市 30 -6.3% 95.1% 2.1\n南川市 33 1.5% 90.2% -1.2"
    assert _rows(text) == [
        ("pm25_avg_concentration", 30.0, "东林市", "down", 6.3),
        ("good_air_days_ratio", 95.1, "东林市", "up", 2.1),
        ("pm25_avg_concentration", 33.0, "南川市", "up", 1.5),
        ("good_air_days_ratio", 90.2, "南川市", "down", 1.2),
    ]


def test_pollutants_named_in_words_with_their_concentration_word_apart_each_head_a_column() -> None:
    text = (
        "城市 细颗粒物 浓度 同比 可吸入颗粒物 浓度 同比\n东林市 30 -6.3% 52 -3.7%\n西岭市 28 -3.4% 49 -2.0%"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 30.0, "东林市", "down", 6.3),
        ("pm10_avg_concentration", 52.0, "东林市", "down", 3.7),
        ("pm25_avg_concentration", 28.0, "西岭市", "down", 3.4),
        ("pm10_avg_concentration", 49.0, "西岭市", "down", 2.0),
    ]


def test_a_row_name_spelled_out_character_by_character_is_one_place() -> None:
    text = "城市 PM2.5浓度 同比 优良天数比例 同比\n东 林 市 30 -6.3% 95.1% 2.1\n南川市 33 1.5% 90.2% -1.2"
    assert _rows(text) == [
        ("pm25_avg_concentration", 30.0, "东林市", "down", 6.3),
        ("good_air_days_ratio", 95.1, "东林市", "up", 2.1),
        ("pm25_avg_concentration", 33.0, "南川市", "up", 1.5),
        ("good_air_days_ratio", 90.2, "南川市", "down", 1.2),
    ]
