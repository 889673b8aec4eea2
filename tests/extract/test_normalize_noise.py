"""Noise repairs in ``scrapers.base.normalize`` keep a map to the original, and every quote maps back."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrapers.base.normalize import (
    _common_run,
    fold_width,
    normalize,
    original_span_mapper,
    rejoin_paragraphs,
)
from scrapers.extract import extract_text
from scrapers.extract.real_eval import load_real_set
from tests.extract.shared_data import REAL_SETS, shared_set


@pytest.mark.parametrize(
    ("noisy", "clean"),
    [
        ("達(dá)標(biāo)率為60.8%", "达标率为60.8%"),
        ("污(wu)(wu)染(ran)物排放", "污染物排放"),
        ("個(gè)百分點(diǎn)", "个百分点"),
        ("PM_2.5平均浓度", "PM2.5平均浓度"),
        ("PM 2.5 年均浓度", "PM2.5 年均浓度"),
        ("PM 10浓度", "PM10浓度"),
        ("O 3 浓度为 183", "O3 浓度为 183"),
        ("浓度为58μg/m^3", "浓度为58μg/m3"),
        ("浓度为58μg/m 3", "浓度为58μg/m3"),
        ("２０２３年优良率９０．５％", "2023年优良率90.5%"),
        ("2 024年全省", "2024年全省"),
        ("個（gè）百分點（diǎn）", "个百分点"),
        ("汚染地塊", "污染地块"),
        ("群眾擧報", "群众举报"),
        ("郃計衹有", "合计只有"),
        ("空氣質量?jì)?yōu)良率", "空气质量优良率"),
        ("空氣質量?jì）?yōu）良率", "空气质量优良率"),
        ("| 96. 77% | 52. 4 | 3. 18", "| 96.77% | 52.4 | 3.18"),
        ("浓度为52. 4微克/立方米", "浓度为52.4微克/立方米"),
        ("2. 2023年全省", "2. 2023年全省"),  # a numbered point, not a decimal
        ("Ⅰ～Ⅲ?lèi）水質", "Ⅰ～Ⅲ类水质"),
        ("環境?qǐng)保護", "环境保护"),
    ],
)
def test_noise_is_repaired(noisy: str, clean: str) -> None:
    assert normalize(noisy).text == clean


def test_brackets_that_are_not_pinyin_stay() -> None:
    assert (
        normalize("断面(点位)中，臭氧(O3)和化学需氧量(COD)").text == "断面(点位)中，臭氧(O3)和化学需氧量(COD)"
    )


def test_full_width_brackets_that_are_not_pinyin_stay() -> None:
    assert normalize("断面（点位）中，臭氧（O3）浓度").text == "断面（点位）中，臭氧（O3）浓度"


def test_every_normalised_character_maps_to_its_original_character() -> None:
    original = "全國(guó)PM 2.5平均濃(nóng)度為 3 1μg/m^3，污(wu)染(ran)天數減少"
    norm = normalize(original)
    assert len(norm.index_map) == len(norm.text)
    assert list(norm.index_map) == sorted(norm.index_map)
    start = norm.text.index("浓度")
    a, b = norm.to_original(start, start + 2)
    assert original[a:b] == "濃(nóng)度"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _nearest(body: str, quote: str, near: int) -> int:
    """Where ``quote`` occurs in ``body`` nearest to ``near`` (a short quote such as 1.1% also
    occurs inside other numbers; the repaired body's offsets drift only a little), or -1."""
    found = [m.start() for m in re.finditer(re.escape(quote), body)]
    return min(found, key=lambda pos: abs(pos - near)) if found else -1


@pytest.mark.parametrize("name", REAL_SETS)
def test_every_quote_of_a_real_set_maps_back_through_paragraph_repairs(name: str) -> None:
    checked = 0
    for row in load_real_set(shared_set(name)):
        text = row["text"]
        body = "\n".join(rejoin_paragraphs(normalize(text).text.split("\n")))
        to_original = original_span_mapper(body, text)
        indicators, _ = extract_text(text)
        for ind in indicators:
            start = _nearest(body, ind.quote, ind.start)
            if start < 0:
                continue  # the quote spans a line break the paragraph repair removed
            a, b = to_original(start, start + len(ind.quote))
            assert _squash(normalize(text[a:b]).text) == _squash(ind.quote), (row["id"], ind.quote)
            checked += 1
    assert checked > 400


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab國国 \n", max_size=200), st.text(alphabet="ab國国 \n", max_size=200), st.data())
def test_the_side_by_side_walk_finds_the_same_common_run_as_a_character_walk(
    a: str, b: str, data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(a)))
    j = data.draw(st.integers(0, len(b)))
    shared = 0
    while i + shared < len(a) and j + shared < len(b) and a[i + shared] == b[j + shared]:
        shared += 1  # the definition, one character at a time
    assert _common_run(a, i, b, j) == shared


def test_full_width_characters_fold_one_for_one() -> None:
    assert fold_width("ＰＭ２．５为２７\u3000ｕｇ／ｍ３，占１２％\xa0ｘ") == "PM2.5为27 ug/m3，占12% x"


def test_a_lower_case_pollutant_name_and_toneless_pinyin_typed_with_v_are_repaired() -> None:
    assert (
        normalize("山东省pm2.5平均浓度37.4μg/m3，Pm10为60").text == "山东省PM2.5平均浓度37.4μg/m3，PM10为60"
    )
    assert normalize("达标率(lv)为78.4%").text == "达标率为78.4%"
