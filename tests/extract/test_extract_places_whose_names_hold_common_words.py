"""Sentences written for these tests (twenty-seventh round): a place whose name holds 中, 达, 共
or 良 (甲中旗, 中卫市, 达州市, 共青城市) written before its value in brackets is that value's place;
only the words the check means (其中, 共计, 优/良 as grades, 断面中) are not places."""

from __future__ import annotations

from tests.extract.figure_rows import placed


def test_a_middle_banner_before_its_bracketed_value_is_its_place() -> None:
    text = "全市各旗县PM2.5平均浓度从低到高依次是：东岭前旗(17μg/m3)、东岭后旗(21μg/m3)、东岭中旗(21μg/m3)。"
    rows = [row for row in placed(text) if row[0] == "pm25_avg_concentration"]
    assert rows == [
        ("pm25_avg_concentration", 17.0, "东岭前旗"),
        ("pm25_avg_concentration", 21.0, "东岭后旗"),
        ("pm25_avg_concentration", 21.0, "东岭中旗"),
    ]


def test_a_middle_banner_s_share_is_the_good_days_ratio() -> None:
    text = "全市各旗县优良天数比例从高到低依次是：东岭后旗(95.1%)、东岭中旗(93.7%)、西河县(88.2%)。"
    rows = [row for row in placed(text) if row[0] == "good_air_days_ratio"]
    assert [region for _, _, region in rows] == ["东岭后旗", "东岭中旗", "西河县"]


def test_places_holding_da_gong_or_liang_keep_their_bracketed_values() -> None:
    text = "PM2.5平均浓度从低到高依次是：甲县(18μg/m3)、达州市(23μg/m3)、共青城市(24μg/m3)、西良区(26μg/m3)。"
    rows = [(value, region) for code, value, region in placed(text) if code == "pm25_avg_concentration"]
    assert rows == [(18.0, "甲县"), (23.0, "达州市"), (24.0, "共青城市"), (26.0, "西良区")]


def test_grades_in_brackets_are_no_places() -> None:
    text = "全年优良天数为320天，其中优(120天)、良(200天)。"
    assert [region for _, _, region in placed(text)] == [None, None, None]
