"""Sentences written for these tests (twenty-sixth round): pollutants listed in one clause that
ends on a verdict (同比有所升高), then a 分别 list of their changes in the next. Each change is its
pollutant's, carbon monoxide (which no catalog code names) holding its place in the list."""

from __future__ import annotations

from tests.extract.figure_rows import changes, figure_rows


def test_a_verdict_of_shenggao_closes_the_list_the_changes_go_over() -> None:
    assert changes("2024年，PM10和NO2同比均有所升高，分别上升4.6%和7.3%。") == [
        ("pm10_avg_concentration", None, "up", 4.6),
        ("no2_avg_concentration", None, "up", 7.3),
    ]


def test_carbon_monoxide_holds_its_place_in_the_list_without_a_code() -> None:
    text = (
        "2024年，PM10、一氧化碳和臭氧日最大8小时平均浓度同比有所升高，同比分别上升4.1%、6.2%、8.7%；"
        "其中臭氧日最大8小时平均浓度为171微克/立方米。"
    )
    rows = figure_rows(text)
    assert ("pm10_avg_concentration", None, "up", 4.1, 2024) in rows
    # O3's change is the third of the list, given to its level stated after it, not the first
    assert ("o3_avg_concentration", 171.0, "up", 8.7, 2024) in rows
    assert not any(r[3] == 6.2 and r[0] != "change" for r in rows)


def test_a_list_whose_members_name_no_pollutant_gives_no_pollutants_change() -> None:
    rows = figure_rows("2024年，甲项和乙项工作同比均有所升高，分别上升4.6%和7.3%。")
    assert not any(r[0].endswith("_concentration") for r in rows)
