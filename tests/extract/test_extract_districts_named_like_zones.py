"""Sentences written for these tests (twenty-seventh round): a district or county written right
before its value is the figure's place also when its name ends like a kind of zone (金山区, 西湖区,
东城区) or starts with a character that opens remarks (余杭区, 同心县); the zones themselves (山区,
主城区, 开发区) are still no district."""

from __future__ import annotations

from tests.extract.figure_rows import placed


def test_districts_ending_like_zones_and_counties_starting_like_remarks_are_places() -> None:
    text = "各区县PM2.5平均浓度分别为：余杭区32微克/立方米、西湖区30微克/立方米、同心县28微克/立方米、金山区27微克/立方米。"
    assert [region for _, _, region in placed(text)] == ["余杭区", "西湖区", "同心县", "金山区"]


def test_a_kind_of_zone_before_its_value_is_no_district() -> None:
    text = "全市优良天数比例为：开发区88.3%。"
    assert placed(text) == [("good_air_days_ratio", 88.3, "全市")]
