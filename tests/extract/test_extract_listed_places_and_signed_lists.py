"""Forms written for these tests (seventeenth round, second batch): a list of places one of which
carries a bracketed gloss, a list whose clause closes on a comparison before 降幅分别, places
named after the one value they share (分别为：…), a change 下降超40%, changes listed by sign after
同比分别为, a list member that adds only a bare 比率, classes counted one by one before 分别占,
the value of an earlier month compared with, the year-on-year size of a change after a
month-on-month one (降幅为), sections counted by body in a list, weights that each take a share
(各占), days whose air 均处于优良水平, a plan's base year in a later paragraph, and the last place of
a bracketed list joined by 和."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import changes as _changes
from tests.extract.figure_rows import figure_rows as _rows
from tests.extract.figure_rows import figures as _figures


def test_a_place_with_a_bracketed_gloss_is_still_a_member_of_the_list_of_places() -> None:
    text = "2021年，东岭地区(含周边城市)、西河地区、南湖平原PM2.5平均浓度同比分别下降11.2%、9.4%、8.1%。"
    assert [(i.code, i.region) for i in extract_text(text)[0]] == [
        ("pm25_avg_concentration", "东岭地区"),
        ("pm25_avg_concentration", "西河地区"),
        ("pm25_avg_concentration", "南湖平原"),
    ]


def test_changes_listed_after_a_comparison_closing_the_places_clause_are_each_places() -> None:
    text = "2022年，东岭市、西河市、南湖市PM2.5年均浓度与2015年相比，降幅分别为40.1%、35.2%、30.3%。"
    assert _changes(text) == [
        ("pm25_avg_concentration", None, "down", 40.1),
        ("pm25_avg_concentration", None, "down", 35.2),
        ("pm25_avg_concentration", None, "down", 30.3),
    ]


def test_places_named_after_the_value_they_share_each_get_it() -> None:
    text = "今年8月，全市共有4个区AQI优良率为100%，分别为：东岭区、西河区、南湖区和北山区；"
    regions = [i.region for i in extract_text(text)[0] if i.code == "good_air_days_ratio"]
    assert regions == ["东岭区", "西河区", "南湖区", "北山区"]


def test_a_fall_of_more_than_a_share_is_a_change() -> None:
    text = "北部区域2021年重度及以上污染天数同比下降超40%。"
    assert _changes(text) == [("heavy_pollution_days_count", None, "down", 40.0)]


def test_changes_listed_by_sign_after_同比分别为_each_go_their_own_way() -> None:
    text = "监测显示：东岭市、西河市、南湖市PM2.5浓度分别为40微克/立方米、43微克/立方米、45微克/立方米，同比分别为-1.5%、4%、-3.9%。"
    assert _changes(text) == [
        ("pm25_avg_concentration", 40.0, "down", 1.5),
        ("pm25_avg_concentration", 43.0, "up", 4.0),
        ("pm25_avg_concentration", 45.0, "down", 3.9),
    ]


def test_a_last_member_adding_only_a_bare_ratio_takes_the_measure_of_the_context() -> None:
    text = "优良天数比率：东岭市、西河市、南湖市比率分别为83.1%、84.2%、88.9%。"
    assert [c for c, _ in _figures(text)] == ["good_air_days_ratio"] * 3


def test_classes_counted_one_by_one_are_the_members_of_the_shares_after_分别占() -> None:
    text = "全市50个监测断面中Ⅱ类3个，Ⅲ类9个，Ⅳ类36个、劣Ⅴ类2个，分别占6%、18%、72%和4%。"
    shares = [(c, v) for c, v in _figures(text) if c in ("share", "worse_than_class_v_ratio")]
    assert shares[-1] == ("worse_than_class_v_ratio", 4.0)
    assert [c for c, _ in shares[:-1]] == ["share", "share", "share"]


def test_the_value_of_an_earlier_month_compared_with_is_no_level() -> None:
    text = "9月份东岭市空气优良率达97.0%，比2019年9月份的80.6%提高了16.4个百分点。"
    assert _changes(text) == [("good_air_days_ratio", 97.0, "up", 16.4)]
    assert [v for c, v in _figures(text) if c == "good_air_days_ratio"] == [97.0]


def test_weights_that_each_take_a_share_are_no_indicator() -> None:
    text = "考核按照PM2.5浓度、PM2.5改善率和优良天数比率的排名各占25%计算。"
    assert [(c, v) for c, v in _figures(text) if v == 25.0] == [("share", 25.0)]


def test_days_whose_air_was_good_are_good_days() -> None:
    text = "2024年，全县全年有310天空气质量均处于优良水平。"
    assert _rows(text) == [("good_air_days_count", 310.0, None, None, 2024)]


def test_a_plans_base_year_in_a_later_paragraph_does_not_date_its_changes() -> None:
    text = (
        "他说，监测显示，2011年上半年，全国环境质量状况保持总体平稳。\n\n"
        "全国地表水总体水质明显改善。与2005年同期相比，全国地表水国控断面Ⅰ~Ⅲ类水质断面比例提高了15.1个百分点。"
    )
    assert _rows(text) == [("surface_water_good_ratio", None, "up", 15.1, 2011)]


def test_the_year_on_year_size_of_a_change_after_a_semicolon_wins_over_the_month_on_month_one() -> None:
    text = "1月份，我市PM10平均浓度为140微克/立方米，环比下降31微克/立方米，降幅为18.3%；同比下降9微克/立方米，降幅为6.0%。"
    assert _rows(text) == [("pm10_avg_concentration", 140.0, "down", 6.0, None)]


def test_sections_counted_by_body_in_a_list_leave_no_single_body_in_view() -> None:
    text = (
        "全省实际监测155个地表水国、省控断面，包括河流断面120个，湖库断面35个。"
        "2020年，达到或好于Ⅲ类的水质断面比例为61.5%，同比升高5.1个百分点。"
    )
    assert [r for r in _rows(text) if r[0] != "count"] == [
        ("surface_water_good_ratio", 61.5, "up", 5.1, 2020)
    ]


def test_the_last_place_of_a_bracketed_list_joined_by_和_takes_the_lists_pollutant() -> None:
    text = "臭氧浓度为152微克/立方米，同比上升3.2%；各市中，降幅较大的有东岭市(下降12.6%)、西河市(下降10.3%)和南湖州(下降8.7%)。"
    assert [c for c, *_ in _changes(text)] == ["o3_avg_concentration"] * 4
