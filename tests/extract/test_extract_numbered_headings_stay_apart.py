"""Sentences written for these tests (twenty-seventh round): a numbered section heading is a line
of its own, however long it is or however a PDF layer spaced its words, so the line after it keeps
its own place; a figure alone on a line (6.1%) is no heading; a quote's marks spaced from its
words (较“十二五 ”末) still close the comparison."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import placed, placed_changes


def test_a_spaced_numbered_heading_does_not_run_into_the_next_line() -> None:
    text = (
        "2021年，东岭州生态环境质量稳中向好。\n(一)空气质量状 况\n"
        "西河市有效天数365天，优良天数为351天，优良天数比例为96.2%，同比上升2.4个百分点。"
    )
    rows = [row for row in placed(text) if row[0] == "good_air_days_ratio"]
    assert rows == [("good_air_days_ratio", 96.2, "西河市")]


def test_a_long_numbered_heading_is_not_part_of_the_first_figure_s_quote() -> None:
    text = "2023年，东岭县生态环境质量持续改善。\n(一)大气环境质量状况及其变化趋势分析\n全县PM2.5平均浓度为28微克/立方米。"
    (figure,) = [i for i in extract_text(text)[0] if i.code == "pm25_avg_concentration"]
    assert "趋势" not in figure.quote


def test_a_title_running_into_its_first_heading_still_gives_its_place() -> None:
    text = (
        "2021年10月西河市空气质量月报\n一、总体状况\n2021年10月，我市环境空气质量综合指数4.37，同比下降6.1%。"
    )
    assert [row[:3] for row in placed_changes(text)] == [("air_quality_composite_index", 4.37, "西河市")]


def test_a_figure_alone_on_a_line_is_not_a_heading() -> None:
    text = (
        "全省地表水断面中，\nIV—V\n类水质以及劣Ⅴ类水质的断面分别占\n18.4%\n和\n6.1%\n，水质总体为轻度污染。"
    )
    assert ("worse_than_class_v_ratio", 6.1) in [(code, value) for code, value, _ in placed(text)]


def test_a_closing_quote_spaced_from_its_plan_period_still_closes_the_comparison() -> None:
    text = "“十三五”时期，东岭省空气质量优良天数比例达93.8%，较“十二五 ”末高2.6个百分点。"
    rows = [(code, value, way, size) for code, value, _, way, size, _ in placed_changes(text)]
    assert rows == [("good_air_days_ratio", 93.8, "up", 2.6)]
