"""Sentences written for these tests (twenty-fourth round): a text layer's line break inside a
number, on a line too short to look like running text, or after a space the page set between
the word and the number."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import with_changes


def test_a_number_cut_at_the_end_of_a_short_line_is_read_whole() -> None:
    assert with_changes("优良天数率增加1\n3.9个百分点。") == [("good_air_days_ratio", None, "up", 13.9)]


def test_a_number_cut_after_a_space_before_it_is_read_whole() -> None:
    assert with_changes("全省近岸海域优良水质占比 8\n7.6% ，同比上升 1.4个百分点。") == [
        ("coastal_water_good_ratio", 87.6, "up", 1.4)
    ]


def test_a_short_heading_ending_in_a_number_before_a_line_of_prose_stays_apart() -> None:
    found = extract_text("附表2\n各市PM2.5平均浓度为31微克/立方米。")[0]
    assert [(i.code, i.value) for i in found] == [("pm25_avg_concentration", 31.0)]
