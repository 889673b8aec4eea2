"""Text written for these tests (twenty-sixth round): pages that set each clause of a statement
on a line of its own, blank lines between. A change on its own line right after a place's figure
is that figure's, even when a figure of the same indicator for another area came before."""

from __future__ import annotations

from tests.extract.figure_rows import placed_changes

_TWO_AREAS = (
    "上半年，\n\n东川片区细颗粒物均值63微克/立方米，\n\n同比上升4.9%；\n\n"
    "北岗市细颗粒物均值61微克/立方米，\n\n同比上升2.7%；\n\n空气优良天数142天。"
)


def test_a_change_on_the_line_after_a_places_figure_is_that_figures() -> None:
    rows = [r for r in placed_changes(_TWO_AREAS) if r[0] == "pm25_avg_concentration"]
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        (63.0, None, "up", 4.9),
        (61.0, "北岗市", "up", 2.7),
    ]


def test_the_same_change_in_running_text_is_read_the_same_way() -> None:
    text = "东川地区PM2.5平均63微克/立方米，同比上升4.9%。北岗市PM2.5浓度值61微克/立方米，同比上升2.7%。"
    rows = [r for r in placed_changes(text) if r[0] == "pm25_avg_concentration"]
    assert [(r[1], r[3], r[4]) for r in rows] == [(63.0, "up", 4.9), (61.0, "up", 2.7)]


def test_a_later_change_that_names_the_whole_province_still_goes_to_the_provinces_figure() -> None:
    text = (
        "全省PM2.5均值为37.6微克/立方米。北岗市PM2.5均值为41.3微克/立方米。"
        "与上年相比，全省平均PM2.5浓度下降6.1%。"
    )
    rows = [r for r in placed_changes(text) if r[0] == "pm25_avg_concentration"]
    assert [(r[1], r[3], r[4]) for r in rows] == [(37.6, "down", 6.1), (41.3, None, None)]
