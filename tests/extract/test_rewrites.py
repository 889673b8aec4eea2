"""Label-keeping rewrites of real passages (``scrapers.extract.rewrites``) and the floors the
extractor keeps on them: the same figures written as PDF layers, converters and mirrors write them."""

from __future__ import annotations

import random
import re

import pytest

from scrapers.extract.real_eval import load_real_set, predict, score_passage
from scrapers.extract.real_report import RealReport
from scrapers.extract.rewrites import REWRITES, chinese_years, pinyin, rewritten, spam, subscripts, wrap
from tests.extract.shared_data import shared_set

TEXT = "2023年，全市PM2.5平均浓度为30微克/立方米，同比下降6.3%；SO2、NO2、O3平均浓度分别为8、25、150微克/立方米。国(guó)家"


def test_a_wrap_only_adds_line_breaks_and_never_inside_a_pinyin_annotation() -> None:
    out = wrap(TEXT * 4, random.Random(1))
    assert out.count("\n") >= 3
    assert out.replace("\n", "") == TEXT * 4
    assert "(\n" not in out and "\n(" not in out and "gu\n" not in out


def test_years_before_nian_are_written_in_chinese_numerals_and_dates_are_left() -> None:
    assert (
        chinese_years("2023年，2019-05-01，1998年", random.Random(1)) == "二〇二三年，2019-05-01，一九九八年"
    )


def test_pollutant_names_take_subscript_digits() -> None:
    assert subscripts("PM2.5、PM10、SO2、NO2、O3、CO", random.Random(1)) == "PM₂.₅、PM₁₀、SO₂、NO₂、O₃、CO"


def test_a_rewrite_keeps_every_label_and_id() -> None:
    rows = [{"id": "x", "text": TEXT, "expected": [{"indicator": "pm25_avg_concentration"}]}]
    for name in REWRITES:
        (row,) = rewritten(rows, name)
        assert (row["id"], row["expected"]) == ("x", rows[0]["expected"])


def _f1(rows: list[dict[str, object]]) -> float:
    report = RealReport()
    for row in rows:
        score_passage(row, predict(str(row["text"])), report)
    return report.catalog().f1


@pytest.mark.parametrize(
    "name",
    ["wrap", "chinese_years", "subscripts", "traditional", "pinyin", "spam", "repeated", "target_before"],
)
def test_the_first_shared_set_rewritten_stays_within_003_of_its_clean_score(name: str) -> None:
    rows = load_real_set(shared_set("real-dev-set.jsonl"))
    assert _f1(rewritten(rows, name)) >= _f1(rows) - 0.03


def test_pinyin_annotations_follow_chinese_characters_only() -> None:
    text = pinyin("PM2.5平均浓度为27微克/立方米。" * 5, random.Random(3))
    assert re.findall(r"[A-Za-z0-9.]\([a-zàáǎèéěìíǐòóǒùúǔüāēīōū]+\)", text) == []
    assert "(" in text


def test_spam_never_follows_a_full_stop_used_as_a_decimal_point() -> None:
    text = spam("下降4。3%，" * 40, random.Random(1))
    assert "4。3%" in text and not re.search(r"4。[^3]", text)
