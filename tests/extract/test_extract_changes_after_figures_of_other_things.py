"""Sentences written for these tests (twenty-seventh round): a change with no subject of its own,
written right after a figure of money, land or volume, is that figure's change. It does not take
the pollutant an earlier paragraph named, and its period word (年均, 累计) is not its place."""

from __future__ import annotations

from tests.extract.figure_rows import placed_changes

_AIR = "全市PM2.5年平均浓度为32微克/立方米。\n"


def _of_change(text: str, size: float) -> list[tuple[str, str | None]]:
    return [(code, region) for code, _, region, _, value, _ in placed_changes(text) if value == size]


def test_a_yearly_growth_after_an_income_is_not_the_pollutant_of_the_paragraph_before() -> None:
    text = _AIR + "全县旅游总收入由2019年41.3亿元增加到2023年76.2亿元，年均增长12.1%。"
    assert _of_change(text, 12.1) == [("change", None)]


def test_a_yearly_growth_after_a_count_of_visits_is_not_the_pollutant_either() -> None:
    text = _AIR + "全县接待游客由2019年310万人次增加到2023年452万人次，年均增长9.9%。"
    assert _of_change(text, 9.9) == [("change", None)]


def test_a_growth_after_a_volume_of_water_is_that_volume_change() -> None:
    text = _AIR + "全年污水处理量由上年的3.2亿立方米增加到3.6亿立方米，增长12.5%。"
    assert [code for code, _ in _of_change(text, 12.5)] == ["volume"]


def test_a_change_after_a_concentration_still_takes_the_pollutant() -> None:
    text = "全市PM2.5年平均浓度为32微克/立方米，同比下降8.6%。"
    assert _of_change(text, 8.6) == [("pm25_avg_concentration", "全市")]


def test_a_cumulative_fall_after_a_cleared_class_is_that_class_share_of_the_city() -> None:
    text = (
        "全市地表水国控断面水质优良比例为90.5%，累计提升12个百分点；劣Ⅴ类断面全部清零，累计下降6.3个百分点。"
    )
    assert _of_change(text, 6.3) == [("worse_than_class_v_ratio", "全市")]


def test_a_change_after_a_count_of_alert_station_days_is_not_the_pollutant() -> None:
    text = "今年臭氧8小时红色警示站日数为46日，相较2019年的180日改善74.4%。"
    assert [code for code, _ in _of_change(text, 74.4)] == ["change"]


def test_a_change_after_an_emission_total_is_not_the_pollutant_either() -> None:
    text = "全市PM2.5年平均浓度为32微克/立方米。\n全市二氧化硫排放总量为1.2万吨，较2020年下降15.2%。"
    assert [code for code, _ in _of_change(text, 15.2)] != ["so2_avg_concentration"]
