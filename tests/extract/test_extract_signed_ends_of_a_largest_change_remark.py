"""Sentences written for these tests (twenty-seventh round): 改善幅度最大的是甲镇，为33.5%，最小的是
乙镇，为-21.4%. The smallest improvement written with a minus sign is a worsening of that size; the
other end is of the pollutant its remark's lead names; and a signed rate no remark sizes is never a
level."""

from __future__ import annotations

from tests.extract.figure_rows import placed_changes


def _rows(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(code, region, way, size) for code, _, region, way, size, _ in placed_changes(text)]


def test_the_smallest_improvement_below_zero_is_a_rise_of_the_concentration() -> None:
    text = "PM10改善幅度最大的是南山区青石街道，为33.5%，最小的是西河区柳庄镇，为-21.4%。"
    assert _rows(text) == [
        ("pm10_avg_concentration", "南山区青石街道", "down", 33.5),
        ("pm10_avg_concentration", "西河区柳庄镇", "up", 21.4),
    ]


def test_the_smallest_rise_of_a_good_share_below_zero_is_a_fall() -> None:
    text = "全市优良天数比例同比上升幅度最大的是东岭县，为5.2%，最小的是西河县，为-1.3%。"
    assert _rows(text) == [
        ("good_air_days_ratio", "东岭县", "up", 5.2),
        ("good_air_days_ratio", "西河县", "down", 1.3),
    ]


def test_the_other_end_is_of_the_pollutant_its_lead_names() -> None:
    text = (
        "PM2.5改善幅度最大的是东岭区大坪镇，为41.2%，最小的是西河区北岗镇，为-17.6%；"
        "SO2改善幅度最大的是东岭区石桥街道，为36.0%，最小的是北湖县南坪镇，为-25.0%。"
    )
    assert [(code, region) for code, region, _, _ in _rows(text)] == [
        ("pm25_avg_concentration", "东岭区大坪镇"),
        ("pm25_avg_concentration", "西河区北岗镇"),
        ("so2_avg_concentration", "东岭区石桥街道"),
        ("so2_avg_concentration", "北湖县南坪镇"),
    ]


def test_a_signed_rate_no_remark_sizes_is_no_share() -> None:
    text = "另有3个市的综合指数同比下降。\n东岭市改善幅度最大，为-5.6%。"
    assert [code for code, *_ in _rows(text) if code == "share"] == []
