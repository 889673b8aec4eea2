"""Sentences written for these tests (twenty-fourth round): places picked out by a superlative
with their value in brackets (甲市最高（97.8%），乙市最低（85.2%）) report the figure the sentence
named, not a share of their own."""

from __future__ import annotations

from scrapers.extract import extract_text


def _rows(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(i.code, i.value, i.region) for i in extract_text(text)[0] if i.code != "count"]


def test_both_ends_in_brackets_after_the_whole_s_share_are_the_same_share() -> None:
    assert _rows("全省优良天数比例为90.1%，东林市最高（97.8%），南川市最低（85.2%）。") == [
        ("good_air_days_ratio", 90.1, "全省"),
        ("good_air_days_ratio", 97.8, "东林市"),
        ("good_air_days_ratio", 85.2, "南川市"),
    ]


def test_the_other_end_of_a_concentration_ranking_keeps_the_pollutant() -> None:
    assert _rows("东林市PM2.5浓度最低（25微克/立方米），南川市最高（38微克/立方米）。") == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("pm25_avg_concentration", 38.0, "南川市"),
    ]


def test_a_superlative_is_no_place() -> None:
    found = extract_text("各市PM10浓度中，最低41微克/立方米。")[0]
    assert [i.region for i in found if i.value == 41.0] == [None]
