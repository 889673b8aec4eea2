"""Forms written for these tests (thirteenth round): thousands grouped with a space as statistical
text writes them, provinces counted without a measure word, the things counted as having reached a
target, and a bare count in brackets after a share."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text


def _all(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    """(code, value, written unit, value_base) of every figure, generic counts included."""
    return [(i.code, i.value, i.unit, i.value_base) for i in extract_text(text)[0]]


def _values(text: str) -> list[float | None]:
    return [row[1] for row in _all(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全县关闭畜禽养殖场1 350个。", 1350.0),
        ("建成生态示范基地2 460多个。", 2460.0),
        ("累计清理河道垃圾12 500吨。", 12500.0),
        ("全市完成造林3\u2009200亩。", 3200.0),
    ],
)
def test_thousands_grouped_with_a_space_after_a_word_are_one_number(text: str, value: float) -> None:
    assert value in _values(text)


@pytest.mark.parametrize(
    ("text", "kept", "not_joined"),
    [
        ("优良天数 310 325天", 325.0, 310_325.0),  # a table row's cells
        ("PM10 120微克/立方米", 120.0, 10_120.0),  # a pollutant's name, then its level
    ],
)
def test_numbers_separated_by_a_space_after_a_space_or_a_name_stay_apart(
    text: str, kept: float, not_joined: float
) -> None:
    values = _values(text)
    assert kept in values
    assert not_joined not in values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("林长制试点已在12省份推开。", 12.0, "省份"),
        ("河北、山西等3省(区、市)水质明显改善。", 3.0, "省"),
        ("试点经验已推广到7省(市)。", 7.0, "省"),
    ],
)
def test_provinces_counted_without_a_measure_word_are_a_count(text: str, value: float, unit: str) -> None:
    assert ("count", value, unit, value) in _all(text)


@pytest.mark.parametrize("text", ["全国共有3省级示范区。", "5省委巡视组进驻。"])
def test_sheng_before_ji_or_wei_counts_no_provinces(text: str) -> None:
    assert [row for row in _all(text) if row[2] == "省"] == []


def test_a_count_of_things_that_reached_a_target_is_a_count_and_not_the_target() -> None:
    values = _values("全市118个黑臭水体中有96个达到“长制久清”的目标。")
    assert 118.0 in values
    assert 96.0 in values


def test_a_figure_named_as_the_target_reached_stays_a_target() -> None:
    assert [row for row in _all("力争优良天数比例达到88%的目标。") if row[0] == "good_air_days_ratio"] == []


def test_a_bare_count_in_brackets_after_a_share_is_how_many_the_share_stands_for() -> None:
    rows = _all("全市优良水体比例为83.3%（25个），同比持平。")
    assert ("surface_water_good_ratio", 83.3, "%", 83.3) in rows
    assert ("count", 25.0, "个", 25.0) in rows


def test_a_count_in_brackets_after_a_change_restates_the_change_and_counts_nothing() -> None:
    rows = _all("考核断面超标数量同比下降7.5%（3个）。")
    assert [row for row in rows if row[0] == "count"] == []
