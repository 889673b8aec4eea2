"""Sentences written for these tests (twenty-fifth round): places listed before a pollutant whose
name holds digits, then one value for all (甲市、乙市PM2.5浓度均为30微克/立方米). Each place has the
figure; PM2.5's digits were taken for the value and the list was lost. A group counted with 条
(3条河流…均为100%) stays one figure."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import placed


def test_places_listed_before_pm25_each_have_the_one_value() -> None:
    assert placed("北岗市、南坞市PM2.5浓度均为27微克/立方米。") == [
        ("pm25_avg_concentration", 27.0, "北岗市"),
        ("pm25_avg_concentration", 27.0, "南坞市"),
    ]


def test_three_places_joined_by_he_before_pm10_each_have_the_one_value() -> None:
    rows = placed("北岗市、南坞市和西渡市PM10浓度均为47微克/立方米。")
    assert [r[2] for r in rows] == ["北岗市", "南坞市", "西渡市"]
    assert {r[:2] for r in rows} == {("pm10_avg_concentration", 47.0)}


def test_rivers_counted_with_tiao_share_one_figure() -> None:
    text = "其中，青溪、白溪和红溪3条河流的水质优良比例均为100%。"
    assert [r for r in placed(text) if r[0] != "count"] == [("surface_water_good_ratio", 100.0, None)]


def test_the_first_of_two_places_joined_by_he_is_quoted_from_its_own_name() -> None:
    found = extract_text("北岗市和南坞市优良天数比例均为100%。")[0]
    assert [(i.region, i.quote) for i in found] == [
        ("北岗市", "北岗市和南坞市优良天数比例均为100%"),
        ("南坞市", "北岗市和南坞市优良天数比例均为100%"),
    ]
