"""Sentences written for these tests (twenty-sixth round): a good share glossed with the classes
it counts (优良(Ⅰ~Ⅲ类)比例). The classes say it is water's, not the good days' share of air,
whatever names the body; the body in view still decides which water."""

from __future__ import annotations

from tests.extract.figure_rows import figures


def test_the_good_classes_in_brackets_make_the_share_waters() -> None:
    assert figures("2023年，西河水系监测断面中，优良(Ⅰ~Ⅲ类)比例为83.6%。") == [
        ("surface_water_good_ratio", 83.6)
    ]


def test_with_no_body_named_the_share_is_of_rivers() -> None:
    assert figures("2023年，全市优良(Ⅰ~Ⅲ类)比例为83.6%。") == [("surface_water_good_ratio", 83.6)]


def test_lakes_in_view_keep_the_share_the_lakes() -> None:
    assert figures("2023年，全市湖库中，优良(Ⅰ~Ⅲ类)比例为83.6%。") == [("lake_reservoir_good_ratio", 83.6)]
