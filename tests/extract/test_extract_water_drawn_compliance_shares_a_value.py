"""Sentences written for these tests (twenty-sixth round): a drinking-water source's two
compliance shares, of the sources (水质达标率) and of the water drawn (水量达标率), given one value
with 均. The labelling convention counts each as a figure of the drinking-water code."""

from __future__ import annotations

from tests.extract.figure_rows import figures


def _drinking(text: str) -> list[float | None]:
    return [v for code, v in figures(text) if code == "drinking_water_source_compliance_ratio"]


def test_the_share_of_water_drawn_is_a_second_figure_of_the_shared_value() -> None:
    assert _drinking("2023年，城区5个集中式饮用水水源地水质达标率和水量达标率均为100%。") == [100.0, 100.0]


def test_the_same_holds_when_the_shares_are_called_bili() -> None:
    text = "2023年，全县集中式饮用水水源地水质达标比例、水量达标比例均达到100%。"
    assert _drinking(text) == [100.0, 100.0]


def test_one_share_of_water_drawn_is_one_figure() -> None:
    assert _drinking("2023年，全县集中式饮用水源地水量达标率为100%。") == [100.0]
