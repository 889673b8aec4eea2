"""Tables written for these tests (twenty-fifth round): a county ranking whose header names
县(市、区) and six pollutants (CO among them), written with spaces for columns; the same ranking
printed in two halves side by side (排名 | 县 | … | 排名 | 县 | …); and a name with its footnote
mark before it (*西岭县)."""

from __future__ import annotations

from tests.extract.figure_rows import placed

_HEAD = "排名 县(市、区) 综合指数 PM2.5 PM10 SO2 NO2 CO O3 优良天数比例(%)"


def _county(place: str, index: float, o3: float, ratio: float) -> list[tuple[str, float | None, str | None]]:
    return [
        ("air_quality_composite_index", index, place),
        ("o3_avg_concentration", o3, place),
        ("good_air_days_ratio", ratio, place),
    ]


def _picked(rows: list[tuple[str, float | None, str | None]]) -> list[tuple[str, float | None, str | None]]:
    keep = ("air_quality_composite_index", "o3_avg_concentration", "good_air_days_ratio")
    return [r for r in rows if r[0] in keep]


def test_a_bracketed_enumeration_comma_in_the_header_keeps_its_column_spaces() -> None:
    text = (
        f"表2 2024年各县（市、区）环境空气质量排名\n{_HEAD}\n"
        "1 北岗县 2.77 19 33 5 11 0.7 118 98.1\n2 南坞县 3.09 23 41 7 16 0.9 131 94.6\n"
    )
    rows = placed(text)
    assert _picked(rows) == _county("北岗县", 2.77, 118.0, 98.1) + _county("南坞县", 3.09, 131.0, 94.6)
    assert ("so2_avg_concentration", 5.0, "北岗县") in rows


def test_two_halves_of_a_ranking_side_by_side_read_each_county_once() -> None:
    text = (
        f"表2 2024年各县（市、区）环境空气质量排名\n{_HEAD} {_HEAD}\n"
        "1 北岗县 2.77 19 33 5 11 0.7 118 98.1 3 西渡县 3.48 27 49 8 21 1.0 139 90.7\n"
        "2 南坞县 3.09 23 41 7 16 0.9 131 94.6 4 东埠县 3.66 29 53 9 23 1.1 147 87.9\n"
    )
    assert _picked(placed(text)) == (
        _county("北岗县", 2.77, 118.0, 98.1)
        + _county("西渡县", 3.48, 139.0, 90.7)
        + _county("南坞县", 3.09, 131.0, 94.6)
        + _county("东埠县", 3.66, 147.0, 87.9)
    )


def test_a_footnote_mark_before_a_name_starts_its_row() -> None:
    text = (
        f"表2 2024年各县（市、区）环境空气质量排名\n{_HEAD} {_HEAD}\n"
        "1 北岗县 2.77 19 33 5 11 0.7 118 98.1 3 *西渡县 3.48 27 49 8 21 1.0 139 90.7\n"
        "2 南坞县 3.09 23 41 7 16 0.9 131 94.6 4 东埠县 3.66 29 53 9 23 1.1 147 87.9\n"
    )
    assert _picked(placed(text))[3:6] == _county("西渡县", 3.48, 139.0, 90.7)
