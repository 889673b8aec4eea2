"""Sentences written for these tests (twenty-seventh round): the region of a figure is the city
its sentence names, also when the city's name holds a character that, in 大城市, 直辖市 or 县级市,
makes two characters before 市 no city (成都, 厦门, 聊城, 本溪)."""

from __future__ import annotations

import pytest

from tests.extract.figure_rows import placed


@pytest.mark.parametrize("city", ["成都市", "厦门市", "聊城市", "晋城市", "本溪市", "江门市"])
def test_a_city_named_before_its_figure_is_its_region(city: str) -> None:
    text = f"2023年，{city}PM2.5平均浓度为20微克/立方米。"
    assert placed(text) == [("pm25_avg_concentration", 20.0, city)]


@pytest.mark.parametrize("words", ["大城市", "直辖市", "县级市"])
def test_words_for_kinds_of_city_are_no_region(words: str) -> None:
    text = f"2023年，这些{words}PM2.5平均浓度为20微克/立方米。"
    assert placed(text) == [("pm25_avg_concentration", 20.0, None)]
