"""Tables written for these tests (twenty-fourth round): flattened tables whose columns no catalog
code names, headed by their words and a unit in brackets (国控断面数(个), 罚款金额(万元), 完成率(%)).
Each value is a figure of its own: the unit's generic code (or an unscored code the words name),
the header's words as its subject, the row's place as its region."""

from __future__ import annotations

from scrapers.extract import extract_text

Row = tuple[str, float | None, str | None, str | None, str | None]


def _rows(text: str) -> list[Row]:
    """(code, value, unit, subject, region) of every figure."""
    return [(i.code, i.value, i.unit, i.subject, i.region) for i in extract_text(text)[0]]


def test_a_count_column_beside_a_catalog_column_gives_each_row_s_count() -> None:
    text = "城市 | 国控断面数(个) | 优良比例(%)\n东林市 | 12 | 91.7\n西岭市 | 8 | 100"
    rows = _rows(text)
    assert [r for r in rows if r[0] == "count"] == [
        ("count", 12.0, "个", "国控断面数", "东林市"),
        ("count", 8.0, "个", "国控断面数", "西岭市"),
    ]
    assert [(r[0], r[1], r[4]) for r in rows if r[0] != "count"] == [
        ("surface_water_good_ratio", 91.7, "东林市"),
        ("surface_water_good_ratio", 100.0, "西岭市"),
    ]


def test_a_table_no_catalog_code_names_is_read_by_its_header_s_units() -> None:
    text = "地区 | 问题数量(个) | 已完成(个) | 完成率(%)\n东林市 | 120 | 118 | 98.3\n西岭市 | 80 | 80 | 100"
    assert _rows(text) == [
        ("count", 120.0, "个", "问题数量", "东林市"),
        ("count", 118.0, "个", "已完成", "东林市"),
        ("share", 98.3, "%", "完成率", "东林市"),
        ("count", 80.0, "个", "问题数量", "西岭市"),
        ("count", 80.0, "个", "已完成", "西岭市"),
        ("share", 100.0, "%", "完成率", "西岭市"),
    ]


def test_a_money_column_in_ten_thousands_gives_yuan_and_the_code_its_words_name() -> None:
    found = extract_text("城市 | 罚款金额(万元) | 案件数(件)\n东林市 | 120.5 | 35\n西岭市 | 80 | 21")[0]
    money = [
        (i.code, i.value, i.unit, i.value_base, i.unit_base, i.region) for i in found if i.unit == "万元"
    ]
    assert money == [
        ("penalty_amount", 120.5, "万元", 1205000.0, "yuan", "东林市"),
        ("penalty_amount", 80.0, "万元", 800000.0, "yuan", "西岭市"),
    ]
    assert [(i.value, i.unit) for i in found if i.code == "count"] == [(35.0, "件"), (21.0, "件")]


def test_a_caption_naming_a_unit_opens_no_column_before_the_names() -> None:
    text = "表1 各市问题整改情况(个)\n城市 | 问题数量(个) | 已完成(个)\n东林市 | 120 | 118\n西岭市 | 80 | 80"
    assert [(r[1], r[3], r[4]) for r in _rows(text)] == [
        (120.0, "问题数量", "东林市"),
        (118.0, "已完成", "东林市"),
        (80.0, "问题数量", "西岭市"),
        (80.0, "已完成", "西岭市"),
    ]


def test_a_count_column_after_a_change_column_keeps_the_change_with_its_level() -> None:
    text = "城市 | PM2.5浓度(μg/m3) | 同比变化(%) | 监测点位数(个)\n东林市 | 30 | -6.3 | 5\n西岭市 | 28 | -3.4 | 4"
    found = extract_text(text)[0]
    assert [
        (i.code, i.value, i.change.direction if i.change else None, i.change.value if i.change else None)
        for i in found
    ] == [
        ("pm25_avg_concentration", 30.0, "down", 6.3),
        ("count", 5.0, None, None),
        ("pm25_avg_concentration", 28.0, "down", 3.4),
        ("count", 4.0, None, None),
    ]


def test_a_row_that_does_not_line_up_is_left_to_the_sentence_rules() -> None:
    text = "地区 | 问题数量(个) | 完成率(%)\n东林市 | 120 | 98.3\n西岭市 | 80个 | 100% | 提前完成\n南川市 | 95 | 94.7"
    rows = _rows(text)
    assert ("share", 100.0) in [(r[0], r[1]) for r in rows]
    assert [(r[1], r[4]) for r in rows if r[3] == "完成率"] == [(98.3, "东林市"), (94.7, "南川市")]


def test_a_place_with_a_gloss_in_brackets_is_still_a_row_not_a_column() -> None:
    text = "城市 | PM2.5浓度(μg/m3) | 优良天数比例(%)\n高新区(东区) | 25 | 96.8\n西岭市 | 29 | 93.5"
    assert [(r[0], r[1], r[4]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 25.0, "高新区(东区)"),
        ("good_air_days_ratio", 96.8, "高新区(东区)"),
        ("pm25_avg_concentration", 29.0, "西岭市"),
        ("good_air_days_ratio", 93.5, "西岭市"),
    ]


def test_a_column_named_as_a_number_of_things_is_a_count_without_a_unit_written() -> None:
    text = "单位：个\n城市 | 国控断面数 | 优良断面数 | 劣Ⅴ类断面数\n东林市 | 12 | 11 | 0\n西岭市 | 8 | 8 | 1"
    assert [(r[0], r[1], r[2], r[4]) for r in _rows(text)] == [
        ("count", 12.0, "个", "东林市"),
        ("count", 11.0, "个", "东林市"),
        ("worse_than_class_v_count", 0.0, "个", "东林市"),
        ("count", 8.0, "个", "西岭市"),
        ("count", 8.0, "个", "西岭市"),
        ("worse_than_class_v_count", 1.0, "个", "西岭市"),
    ]


def test_a_column_of_people_counted_is_in_persons_and_days_or_an_index_are_no_count() -> None:
    text = "城市 | 处罚人数 | 有效监测天数 | 综合指数\n东林市 | 35 | 365 | 3.12\n西岭市 | 21 | 366 | 3.45"
    rows = _rows(text)
    assert [(r[1], r[2], r[3]) for r in rows if r[0] == "count"] == [
        (35.0, "人", "处罚人数"),
        (21.0, "人", "处罚人数"),
    ]
    assert [(r[0], r[1]) for r in rows if r[0] != "count"] == [
        ("air_quality_composite_index", 3.12),
        ("air_quality_composite_index", 3.45),
    ]


def test_a_column_of_amounts_with_no_unit_written_holds_its_place() -> None:
    text = "城市 | 处罚金额 | 降水量 | 综合指数\n东林市 | 350 | 1200 | 3.12\n西岭市 | 210 | 980 | 3.45"
    assert [(r[0], r[1], r[4]) for r in _rows(text)] == [
        ("air_quality_composite_index", 3.12, "东林市"),
        ("air_quality_composite_index", 3.45, "西岭市"),
    ]


def test_a_column_of_words_between_the_names_and_the_measures_starts_no_row() -> None:
    text = (
        "城市 | 所属区域 | PM2.5浓度(μg/m3) | 优良天数比例(%)\n"
        "东林市 | 北部 | 25 | 96.8\n西岭市 | 南部 | 29 | 93.5"
    )
    assert [(r[0], r[1], r[4]) for r in _rows(text)] == [
        ("pm25_avg_concentration", 25.0, "东林市"),
        ("good_air_days_ratio", 96.8, "东林市"),
        ("pm25_avg_concentration", 29.0, "西岭市"),
        ("good_air_days_ratio", 93.5, "西岭市"),
    ]


def test_a_grade_written_in_words_is_no_place() -> None:
    text = (
        "城市 | 空气质量级别 | 综合指数 | 优良天数比例(%)\n"
        "东林市 | 良 | 3.12 | 96.8\n西岭市 | 轻度污染 | 4.45 | 83.5"
    )
    assert [(r[1], r[4]) for r in _rows(text)] == [
        (3.12, "东林市"),
        (96.8, "东林市"),
        (4.45, "西岭市"),
        (83.5, "西岭市"),
    ]
