"""Text written for these tests (twenty-sixth round): where a page's year comes from when its
body lost its year digits or writes the Republic's calendar with no other sign of Taiwan."""

from __future__ import annotations

from tests.extract.figure_rows import figure_rows

# a forum mirror: a breadcrumb headline cut short, then the forum's posting stamp, then a body
# whose own year digits were lost (年1~12月)
_MIRRORED = (
    "网站首页 > 环保论坛 > 转帖：通报2021年度环境空气质量状\n"
    "楼主 2025/3/8 10:12\n"
    "年全年，我省细颗粒物年均值44微克/立方米，较上年下降5.3%。\n"
)


def test_a_headline_cut_short_still_dates_the_report_over_a_later_posting_stamp() -> None:
    assert figure_rows(_MIRRORED) == [("pm25_avg_concentration", 44.0, "down", 5.3, 2021)]


def test_a_posting_stamp_still_dates_a_page_whose_headline_names_no_report() -> None:
    text = "网站首页 > 环保论坛 > 转帖：2021年的一次巡查\n楼主 2025/3/8 10:12\n今年一季度，全市PM2.5均值为44微克/立方米。\n"
    assert figure_rows(text) == [("pm25_avg_concentration", 44.0, None, None, 2025)]


def test_a_month_of_a_republic_year_marks_the_passage_as_taiwanese() -> None:
    text = "本縣自動測站於108年11月完成年度校正。108年PM2.5年均值14μg/m3，較107年下降6%。"
    assert figure_rows(text) == [("pm25_avg_concentration", 14.0, "down", 6.0, 2019)]


def test_a_number_of_years_before_a_month_word_elsewhere_is_no_republic_year() -> None:
    text = "2023年,全市PM2.5年均值29.4微克/立方米。该站已运行110年,每年12月检修。"
    assert figure_rows(text) == [("pm25_avg_concentration", 29.4, None, None, 2023)]
