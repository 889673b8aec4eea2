"""Tables written for these tests (twenty-fifth round): a names column headed by a word that
ends like a place (设区市, 地级市, 省辖市). It heads the names column; it was taken for a place and
the table gave nothing."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text


@pytest.mark.parametrize("head", ["设区市", "地级市", "省辖市", "县级市"])
def test_a_names_column_headed_by_a_word_ending_in_shi_reads_its_rows(head: str) -> None:
    text = f"{head} | 优良天数比例(%) | 排名\n北岗市 | 92.4 | 1\n南坞市 | 87.3 | 2\n"
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0]] == [
        ("good_air_days_ratio", 92.4, "北岗市"),
        ("good_air_days_ratio", 87.3, "南坞市"),
    ]


def test_a_water_table_under_shequshi_reads_both_shares() -> None:
    text = "设区市 | 地表水水质优良比例(%) | 劣Ⅴ类比例(%)\n北岗市 | 91.7 | 0\n南坞市 | 83.3 | 4.2\n"
    assert [(i.code, i.value, i.region) for i in extract_text(text)[0]] == [
        ("surface_water_good_ratio", 91.7, "北岗市"),
        ("worse_than_class_v_ratio", 0.0, "北岗市"),
        ("surface_water_good_ratio", 83.3, "南坞市"),
        ("worse_than_class_v_ratio", 4.2, "南坞市"),
    ]
