"""Tables written for these tests (twenty-fifth round): a spaced header wrapped onto a second
line of two words (县区 有效监测天数 优良天数 ¶ 优良天数比例(%) 排名), and year columns under a
caption that names a share with its year (2024年各县优良天数比例 ¶ 县区 2024年 2023年 …)."""

from __future__ import annotations

from scrapers.extract import extract_text


def _rows(text: str) -> list[tuple[str, float | None, str | None, int | None, float | None]]:
    return [
        (i.code, i.value, i.region, i.year, i.change.value if i.change else None)
        for i in extract_text(text)[0]
    ]


def test_the_two_words_a_spaced_header_wraps_onto_are_two_columns() -> None:
    text = (
        "2024年各县空气质量\n县区 有效监测天数 优良天数\n优良天数比例(%) 排名\n"
        "北岗县 366 338 92.3 1\n南坞县 366 326 89.1 2\n"
    )
    assert _rows(text) == [
        ("good_air_days_count", 338.0, "北岗县", 2024, None),
        ("good_air_days_ratio", 92.3, "北岗县", 2024, None),
        ("good_air_days_count", 326.0, "南坞县", 2024, None),
        ("good_air_days_ratio", 89.1, "南坞县", 2024, None),
    ]


def test_year_columns_under_a_caption_naming_a_share_and_its_year_read_that_years_share() -> None:
    text = (
        "2024年各县优良天数比例\n县区 2024年 2023年 变化(百分点) 排名\n"
        "北岗县 92.3 90.9 1.4 1\n南坞县 89.1 89.8 -0.7 2\n"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 92.3, "北岗县", 2024, 1.4),
        ("good_air_days_ratio", 89.1, "南坞县", 2024, 0.7),
    ]


def test_ascending_year_columns_under_a_share_caption_read_the_later_year() -> None:
    text = (
        "表4 各县优良天数比例(%)\n县区 | 2023年 | 2024年 | 变化(百分点)\n"
        "北岗县 | 90.9 | 92.3 | 1.4\n南坞县 | 89.8 | 89.1 | -0.7\n"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 92.3, "北岗县", 2024, 1.4),
        ("good_air_days_ratio", 89.1, "南坞县", 2024, 0.7),
    ]
