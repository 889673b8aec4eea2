"""Tables written for these tests (twenty-fifth round): a column of words that say how a row
fares (达标情况 | 达标, 等级 | 轻度污染, 变化趋势 | 改善), before or after the measures. Its cells
keep their column and start no row; they were read as places that took the row's next figures."""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import placed


@pytest.mark.parametrize(
    ("head", "first", "second"),
    [
        ("达标情况", "达标", "未达标"),
        ("等级", "良", "轻度污染"),
        ("变化趋势", "改善", "恶化"),
        ("评价结果", "良好", "一般"),
    ],
)
def test_a_column_of_words_after_a_measure_keeps_its_place(head: str, first: str, second: str) -> None:
    text = (
        f"城市 | 综合指数 | {head} | 优良天数比例(%)\n"
        f"北岗市 | 3.08 | {first} | 93.6\n南坞市 | 3.57 | {second} | 86.2\n"
    )
    assert placed(text) == [
        ("air_quality_composite_index", 3.08, "北岗市"),
        ("good_air_days_ratio", 93.6, "北岗市"),
        ("air_quality_composite_index", 3.57, "南坞市"),
        ("good_air_days_ratio", 86.2, "南坞市"),
    ]


def test_a_column_of_words_before_the_measures_keeps_its_place() -> None:
    text = (
        "城市 | 达标情况 | PM2.5浓度(微克/立方米) | 优良天数比例(%)\n"
        "北岗市 | 达标 | 27 | 93.6\n南坞市 | 未达标 | 39 | 86.2\n"
    )
    assert placed(text) == [
        ("pm25_avg_concentration", 27.0, "北岗市"),
        ("good_air_days_ratio", 93.6, "北岗市"),
        ("pm25_avg_concentration", 39.0, "南坞市"),
        ("good_air_days_ratio", 86.2, "南坞市"),
    ]


def test_a_water_class_column_is_not_taken_for_a_column_of_words_about_air() -> None:
    text = "城市 | 水质类别 | 优良比例(%)\n北岗市 | Ⅱ类 | 100\n南坞市 | Ⅲ类 | 91.7\n"
    assert [r for r in placed(text) if r[0] == "good_air_days_ratio"] == []
