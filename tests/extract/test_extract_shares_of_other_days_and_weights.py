"""Sentences written for these tests (twenty-seventh round): a bare share right after a count of
days other than good or heavily polluted days (超标天数5天，比例为16.1%; 轻度污染4天(12.9%)) is a
share of those days, not the good-days ratio the paragraph is about; and the weights a ranking
gives its measures (各占50%、20%和30%的权重) are no figures."""

from __future__ import annotations

from tests.extract.figure_rows import figures


def test_shares_of_days_over_the_standard_are_no_good_days_ratio() -> None:
    text = (
        "10月，全市达标天数为26天，比例为83.9%，同比上升9.7个百分点，超标天数5天，比例为16.1%，"
        "其中，轻度污染4天(12.9%)，中度污染1天(3.2%)。"
    )
    ratios = [value for code, value in figures(text) if code == "good_air_days_ratio"]
    assert ratios == [83.9]
    assert [value for code, value in figures(text) if code == "share"] == [16.1, 12.9, 3.2]


def test_bracketed_shares_of_good_and_heavily_polluted_days_keep_their_codes() -> None:
    text = "全年优良天数320天(87.7%)，重污染天数5天(1.4%)。"
    assert figures(text) == [
        ("good_air_days_count", 320.0),
        ("good_air_days_ratio", 87.7),
        ("heavy_pollution_days_count", 5.0),
        ("heavy_pollution_days_ratio", 1.4),
    ]


def test_weights_listed_before_weight_are_no_figures() -> None:
    text = "排名时PM2.5浓度、优良天数比率和综合指数各占50%、20%和30%的权重，排名较好的区为东岭区。"
    assert [f for f in figures(text) if f[0] != "count"] == []


def test_weights_listed_after_weight_are_no_figures_either() -> None:
    assert figures("考核中PM2.5浓度和优良天数比率的权重分别为60%和40%。") == []
