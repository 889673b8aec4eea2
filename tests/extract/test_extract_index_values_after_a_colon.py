"""Sentences written for these tests (twenty-fifth round): index values listed by place after a
colon (各市综合指数：甲市3.12，乙市3.45), with no verb and no unit. Each is its place's composite
index; they gave nothing."""

from __future__ import annotations

from scrapers.extract import extract_text


def test_index_values_listed_by_place_after_a_colon_are_each_places_index() -> None:
    found = extract_text("各市综合指数：北岗市3.27，南坞市3.81，西渡市4.02。")[0]
    assert [(i.code, i.value, i.region) for i in found] == [
        ("air_quality_composite_index", 3.27, "北岗市"),
        ("air_quality_composite_index", 3.81, "南坞市"),
        ("air_quality_composite_index", 4.02, "西渡市"),
    ]


def test_a_colon_before_a_share_list_still_reads_shares_not_index_values() -> None:
    found = extract_text("优良天数比例：北岗市93.2%，南坞市88.4%。")[0]
    assert [(i.code, i.value) for i in found] == [
        ("good_air_days_ratio", 93.2),
        ("good_air_days_ratio", 88.4),
    ]
