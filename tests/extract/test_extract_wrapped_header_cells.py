"""Tables written for these tests (twenty-fifth round): a spaced header whose wider cells a text
layer wrapped onto the next line (综合 ¶ 指数, 优良天数 ¶ 比例(%)). Each wrapped word goes back onto
the cell it ends, and the columns line up with the rows again."""

from __future__ import annotations

from tests.extract.figure_rows import placed


def test_words_wrapped_under_a_spaced_header_end_the_cells_above_them() -> None:
    text = (
        "表2 2024年各县（市、区）环境空气质量排名\n排名 县(市、区) 综合 PM2.5 PM10 SO2 NO2 CO O3 优良天数\n"
        "指数 比例(%)\n1 北岗县 2.77 19 33 5 11 0.7 118 98.1\n2 南坞县 3.09 23 41 7 16 0.9 131 94.6\n"
    )
    rows = placed(text)
    assert [r for r in rows if r[0] in ("air_quality_composite_index", "good_air_days_ratio")] == [
        ("air_quality_composite_index", 2.77, "北岗县"),
        ("good_air_days_ratio", 98.1, "北岗县"),
        ("air_quality_composite_index", 3.09, "南坞县"),
        ("good_air_days_ratio", 94.6, "南坞县"),
    ]
    assert ("o3_avg_concentration", 118.0, "北岗县") in rows
    assert not any(r[0] == "good_air_days_count" for r in rows)  # 0.7 (CO) was read as good days


def test_a_line_of_measures_under_a_group_cell_is_no_wrapped_header() -> None:
    text = (
        "表2 各区空气质量\n区 平均浓度(μg/m3) 优良天数比例(%) 综合指数\nPM10 PM2.5 NO2\n"
        "东林区 41 23 17 96.0 2.75\n西岭区 47 26 20 93.5 3.02\n"
    )
    assert [r for r in placed(text) if r[2] == "东林区"] == [
        ("pm10_avg_concentration", 41.0, "东林区"),
        ("pm25_avg_concentration", 23.0, "东林区"),
        ("no2_avg_concentration", 17.0, "东林区"),
        ("good_air_days_ratio", 96.0, "东林区"),
        ("air_quality_composite_index", 2.75, "东林区"),
    ]
