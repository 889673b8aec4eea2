from decimal import Decimal

import pytest

from scrapers.extract.numbers import parse_cn_int, parse_number, to_base


@pytest.mark.parametrize(
    ("text", "value"),
    [("两", 2), ("十", 10), ("十二", 12), ("一百五十", 150), ("三千五百万", 35_000_000), ("二十三", 23)],
)
def test_chinese_numerals_parse_to_integers(text: str, value: int) -> None:
    assert parse_cn_int(text) == value


@pytest.mark.parametrize("text", ["二三", "", "十四五x", "abc"])
def test_runs_of_digits_and_non_numerals_are_rejected(text: str) -> None:
    assert parse_cn_int(text) is None


def test_arabic_numbers_keep_decimals_and_drop_thousands_commas() -> None:
    assert parse_number("1,250") == Decimal(1250)
    assert parse_number("9.43") == Decimal("9.43")


@pytest.mark.parametrize(
    ("value", "mult", "unit", "expected"),
    [
        ("3786", "万", "元", (37_860_000.0, "yuan")),
        ("9.43", "亿", "元", (943_000_000.0, "yuan")),
        ("12.5", "万", "亩", (83.333333, "km2")),
        ("510", "万", "公顷", (51_000.0, "km2")),
        ("193", "", "名", (193.0, "persons")),
        ("27", "", "微克/立方米", (27.0, "ug/m3")),
    ],
)
def test_units_convert_to_their_base(value: str, mult: str, unit: str, expected: tuple[float, str]) -> None:
    assert to_base(Decimal(value), mult, unit) == expected


def test_unknown_units_have_no_base() -> None:
    assert to_base(Decimal(1), "", "furlong") == (None, None)
