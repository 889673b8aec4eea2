"""Pages written for these tests (twenty-sixth round): a plan's title line under a page's menu
lines. What a plan sets out are targets, not figures, wherever its title sits in the first lines."""

from __future__ import annotations

from tests.extract.figure_rows import figures

_MENU = "首页 > 政务公开 > 通知公告\n"


def test_a_plan_titled_under_a_menu_line_gives_no_figures() -> None:
    text = (
        _MENU
        + "北岗市2024年度大气污染防治工作方案\n全市PM2.5平均浓度达到33.5微克/立方米，优良天数比例达到88.5%。\n"
    )
    assert [f for f in figures(text) if f[0] != "count"] == []


def test_a_plan_titled_under_two_menu_lines_gives_no_figures() -> None:
    text = "网站首页\n" + _MENU + "北岗市2024年度水污染防治实施方案\n全市国考断面水质优良比例达到91.5%。\n"
    assert [f for f in figures(text) if f[0] != "count"] == []


def test_a_report_under_the_same_menu_keeps_its_figures() -> None:
    text = _MENU + "北岗市2023年环境质量状况\n2023年，全市PM2.5平均浓度为33.5微克/立方米。\n"
    assert figures(text) == [("pm25_avg_concentration", 33.5)]
