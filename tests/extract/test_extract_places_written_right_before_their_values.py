"""Sentences written for these tests (twenty-sixth round): a list of counties or districts, each
written right before its value (…：北岗区67.4%、南坞县59.8%). Each figure's region is its own
place, not the whole area the lead named nor nothing; a word for a kind of zone is no place."""

from __future__ import annotations

from tests.extract.figure_rows import placed


def test_each_district_of_a_list_after_a_colon_is_its_figures_region() -> None:
    assert placed("全市森林覆盖率：北岗区67.4%、南坞区59.8%、西渡县48.3%。") == [
        ("forest_coverage", 67.4, "北岗区"),
        ("forest_coverage", 59.8, "南坞区"),
        ("forest_coverage", 48.3, "西渡县"),
    ]


def test_a_county_with_wei_before_its_value_is_its_region_too() -> None:
    rows = placed("2023年各县优良天数比例分别为：北岗县为91.4%，南坞县为89.6%。")
    assert [r[2] for r in rows] == ["北岗县", "南坞县"]


def test_the_whole_area_and_kinds_of_zone_are_not_taken_for_a_place() -> None:
    rows = placed("全区优良天数比例为91.4%。核心区PM2.5平均浓度为26微克/立方米。")
    assert all(r[2] not in ("全区", "核心区") for r in rows)
