"""Sentences written for these tests (twenty-seventh round): a bare 比例 or 占比 right after a
count of good or heavily polluted days, in the same sentence, is the share of those days."""

from __future__ import annotations

from tests.extract.figure_rows import figures


def test_a_bare_share_after_good_or_better_days_is_the_good_days_ratio() -> None:
    text = "全市空气质量优良以上天数为240天，比例为66.1%。"
    assert figures(text) == [("good_air_days_count", 240.0), ("good_air_days_ratio", 66.1)]


def test_a_bare_share_after_heavily_polluted_days_is_their_ratio() -> None:
    text = "全市重污染天数为5天，占比1.4%。"
    assert figures(text) == [("heavy_pollution_days_count", 5.0), ("heavy_pollution_days_ratio", 1.4)]


def test_a_bare_share_after_the_days_monitored_stays_a_share() -> None:
    text = "全年有效监测天数为365天，比例为100%。"
    assert [code for code, _ in figures(text)] == ["days", "share"]


def test_good_and_better_days_written_with_ji_name_the_good_days_ratio() -> None:
    assert figures("全市空气质量优良及以上天数比例为85.2%。") == [("good_air_days_ratio", 85.2)]
