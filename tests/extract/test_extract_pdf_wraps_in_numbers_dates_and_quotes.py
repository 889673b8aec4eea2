"""Sentences written for these tests (twenty-seventh round): a PDF text layer or a narrow page
breaks a line wherever the width runs out. A break inside the second end of a range, before a
number's decimal point, inside a unit's cube, after a dateline's dash, after a closing bracket or
a Latin numeral, or inside a quote's marks does not change what the figure is; nor does a line
whose sentence goes on after the break read as a headline."""

from __future__ import annotations

from tests.extract.figure_rows import dated_changes, figures, placed_changes


def test_a_break_inside_the_second_end_of_a_range_makes_no_figure_of_its_last_digits() -> None:
    text = "全省各市PM2.5浓度范围为18-3\n6微克/立方米，平均为24微克/立方米。"
    assert figures(text) == [("pm25_avg_concentration", 24.0)]


def test_a_break_inside_a_range_of_percentages_makes_no_figure_either() -> None:
    text = "全省各市优良天数比例为12.5%~8\n6.4%，平均为47.3%。"
    assert figures(text) == [("good_air_days_ratio", 47.3)]


def test_a_range_cut_before_its_dash_leaves_the_average_its_subject() -> None:
    text = "全省各县优良天数比例为52.6%\n-100%，平均为90.7%。"
    assert [f for f in figures(text) if f[0] != "count"] == [("good_air_days_ratio", 90.7)]


def test_a_break_before_a_decimal_point_keeps_the_number_whole() -> None:
    text = "全年实际取水量为862.4万吨，达标水量862\n.4万吨，水量达标率为100%。"
    assert [v for code, v in figures(text) if code == "mass"] == [862.4, 862.4]


def test_a_break_inside_a_cubed_unit_makes_no_figure_of_the_cube() -> None:
    text = "一氧化碳和臭氧平均浓度分别为1.1mg/m\n3和152μg/m3。"
    assert ("o3_avg_concentration", 3.0) not in figures(text)
    assert ("o3_avg_concentration", 152.0) in figures(text)


def test_a_dateline_cut_after_its_second_dash_still_dates_this_year() -> None:
    text = (
        "东岭省环境质量持续向好\n发布时间 2016-05-\n17 09:30 来源：东岭日报\n"
        "今年1月至4月，西河市空气质量优良天数比例为81.6%，同比提高3.5个百分点。"
    )
    assert [(code, value, year) for code, value, _, year, *_ in dated_changes(text)] == [
        ("good_air_days_ratio", 81.6, 2016)
    ]


def test_a_wrapped_line_whose_sentence_goes_on_is_no_headline() -> None:
    text = "全市9个县级及以上饮用水水源地水质全部达标，达标率为100%\n。按取水量计，水量达标率也为100%。"
    drinking = [v for code, v in figures(text) if code == "drinking_water_source_compliance_ratio"]
    assert drinking == [100.0, 100.0]


def test_a_break_after_a_closing_bracket_keeps_the_place_with_its_change() -> None:
    text = (
        "PM2.5浓度最低的县(市、区)为东岭区18微克/立方米；最高的县(市、区)为西河市26微克/立方米。"
        "PM2.5改善幅度最大的县(市、区)\n为东岭区改善15%。"
    )
    rows = [(value, region, way, size) for _, value, region, way, size, _ in placed_changes(text)]
    assert (18.0, "东岭区", "down", 15.0) in rows
    assert (26.0, "西河市", None, None) in rows


def test_a_break_inside_a_quote_keeps_the_named_days() -> None:
    text = "2020年东岭各监测站空气质量为“良好”和“\n普通”的天数为91%，较上年有所增加。"
    assert figures(text) == [("good_air_days_ratio", 91.0)]


def test_a_break_after_a_latin_numeral_keeps_the_grade() -> None:
    text = "1-8月累计监测天数为244天，达到II\n级(良)以上天数共计203天，占总监测天数的83.2%。"
    found = figures(text)
    assert ("good_air_days_count", 203.0) in found
    assert ("good_air_days_ratio", 83.2) in found


def test_good_days_lost_stay_lost_when_a_break_falls_before_ge() -> None:
    text = "受夏季臭氧污染影响，全市2019年全年共计损失了62\n个优良天，治理形势依然严峻。"
    assert [code for code, _ in figures(text) if code == "good_air_days_count"] == []


def test_a_signed_change_on_the_next_line_is_the_figure_s_change() -> None:
    text = "东岭县PM2.5浓度最高(52微克/立方米)，PM2.5浓度同比变化率为\n-3.9%，与上年同期相比浓度下降。"
    rows = [(code, value, way, size) for code, value, _, way, size, _ in placed_changes(text)]
    assert rows == [("pm25_avg_concentration", 52.0, "down", 3.9)]
