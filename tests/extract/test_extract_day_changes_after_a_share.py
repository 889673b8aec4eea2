"""Sentences written for these tests (twenty-seventh round): a change in days written after the
share that follows a count of days (优良天数为312天，优良率85.5%，同比增加12天) is the count's
change, not lost for want of a figure in days right before it; a denominator (占总天数273天) is
never what changed."""

from __future__ import annotations

from tests.extract.figure_rows import dated_changes


def _days_changes(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    return [
        (code, value, way, size)
        for code, value, _, _, way, size, unit in dated_changes(text)
        if unit == "days"
    ]


def test_a_change_in_days_after_the_good_days_share_is_the_good_days_count_s() -> None:
    text = "全年全市空气质量优良天数为312天，优良率85.5%，同比增加12天。"
    assert _days_changes(text) == [("good_air_days_count", 312.0, "up", 12.0)]


def test_the_total_of_days_a_share_is_of_takes_no_change() -> None:
    text = "前9月，全省共收获了171个达标天，占总天数273天的62.6%，与上年同期相比增加25天。"
    assert _days_changes(text) == [("good_air_days_count", 171.0, "up", 25.0)]


def test_a_change_in_days_after_a_concentration_goes_nowhere_else() -> None:
    text = "全市PM2.5平均浓度为35微克/立方米，同比减少5天。"
    assert _days_changes(text) == []
