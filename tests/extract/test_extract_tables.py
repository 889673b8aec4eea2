"""Tables flattened by text extraction (rows written for these tests): a header names the
columns, each row is a place and its values."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text
from scrapers.extract.tables import table_regions, table_values


def _rows(text: str) -> list[tuple[str, float, str | None, int | None]]:
    return [(i.code, i.value, i.region, i.year) for i in extract_text(text)[0] if i.code != "count"]


PIPES = (
    "表3 2021年5月各区环境空气质量 优良天数比例(%) | 细颗粒物浓度(μg/m3) | "
    "1 | 东城区 | 93.5% | 1 | 西城区 | 18 | 2 | 西城区 | 90.3% | 2 | 东城区 | 21 | "
    "| 南城区 | 90.3% | 3 | 南城区 | 25 |"
)


def test_a_pipe_table_gives_each_place_its_values_by_column_kind() -> None:
    assert _rows(PIPES) == [
        ("good_air_days_ratio", 93.5, "东城区", 2021),
        ("pm25_avg_concentration", 18.0, "西城区", 2021),
        ("good_air_days_ratio", 90.3, "西城区", 2021),
        ("pm25_avg_concentration", 21.0, "东城区", 2021),
        ("good_air_days_ratio", 90.3, "南城区", 2021),
        ("pm25_avg_concentration", 25.0, "南城区", 2021),
    ]


def test_a_row_without_rank_ties_with_the_row_above_and_its_first_value_is_not_a_rank() -> None:
    values, _ = table_values(PIPES, *table_regions(PIPES)[0])
    assert [(v.region, v.value) for v in values][-2:] == [("南城区", 90.3), ("南城区", 25.0)]


def test_a_table_with_one_cell_a_line_maps_bare_numbers_to_the_concentration_and_index_columns() -> None:
    text = "2020年6月各市空气质量\n\n城市\n\n可吸入颗粒物(PM10)\n\n细颗粒物(PM2.5)\n\n(微克/立方米)\n\n优良天数比例\n\n综合指数\n\n甲州\n\n45\n\n22\n\n95.1%\n\n3.12\n\n乙州\n\n51\n\n27\n\n90.0%\n\n3.50"
    assert _rows(text) == [
        ("pm10_avg_concentration", 45.0, "甲州", 2020),
        ("pm25_avg_concentration", 22.0, "甲州", 2020),
        ("good_air_days_ratio", 95.1, "甲州", 2020),
        ("air_quality_composite_index", 3.12, "甲州", 2020),
        ("pm10_avg_concentration", 51.0, "乙州", 2020),
        ("pm25_avg_concentration", 27.0, "乙州", 2020),
        ("good_air_days_ratio", 90.0, "乙州", 2020),
        ("air_quality_composite_index", 3.5, "乙州", 2020),
    ]


def test_short_lines_with_no_header_code_are_not_a_table() -> None:
    text = "75\n\n主题\n\n19\n\n回帖\n\n257\n\n积分\n\n版主\n\n积分\n\n257"
    assert table_values(text, *table_regions(text)[0]) == ([], [])


def test_an_index_column_takes_bare_numbers_and_a_column_of_changes_or_pollutants_takes_none() -> None:
    text = (
        "表2 各市环境空气质量综合指数\n排名 |\n城市 |\n环境空气质量综合指数 |\n综合指数变化率 |\n主要污染物 |\n"
        "1 |\n东城 |\n2.15 |\n-5.2% |\n臭氧 |\n2 |\n西城 |\n2.40 |\n1.3% |\n细颗粒物 |"
    )
    assert [(code, value, region) for code, value, region, _ in _rows(text)] == [
        ("air_quality_composite_index", 2.15, "东城"),
        ("air_quality_composite_index", 2.4, "西城"),
    ]


def _figures(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    return [
        (i.code, i.value, i.region, i.change.value if i.change else None)
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def test_a_row_that_fills_every_column_takes_bare_percentages_by_position() -> None:
    text = "表1 各市空气质量\n城市 | PM2.5(μg/m3) | 优良天数比例(%) |\n甲州市 | 30 | 90.1 |\n乙州市 | 35 | 85.2 |"
    assert _figures(text) == [
        ("pm25_avg_concentration", 30.0, "甲州市", None),
        ("good_air_days_ratio", 90.1, "甲州市", None),
        ("pm25_avg_concentration", 35.0, "乙州市", None),
        ("good_air_days_ratio", 85.2, "乙州市", None),
    ]


def test_a_tab_separated_table_gives_a_change_column_to_the_column_before_it() -> None:
    text = (
        "各市空气质量状况\n城市\tPM2.5浓度(微克/立方米)\t同比变化(%)\t优良天数比例(%)\n"
        "甲州市\t30\t-6.3\t90.1\n乙州市\t35\t2.9\t85.2"
    )
    found = [(i.code, i.value, i.change.direction if i.change else None) for i in extract_text(text)[0]]
    assert found == [
        ("pm25_avg_concentration", 30.0, "down"),
        ("good_air_days_ratio", 90.1, None),
        ("pm25_avg_concentration", 35.0, "up"),
        ("good_air_days_ratio", 85.2, None),
    ]


def _table(sep: str, header: list[str], rows: list[list[str]]) -> str:
    """A table as a page's text flattens it: cells cut by ``sep``, one row a line (one cell a
    line when ``sep`` is a line break)."""
    lines = [sep.join(header), *(sep.join(r) for r in rows)]
    return "表1 2024年各市空气质量状况\n" + (sep if "\n" in sep else "\n").join(lines)


SEPARATORS = ["\t", "\n", "\n\n", " | ", " ", "  "]


@pytest.mark.parametrize("sep", SEPARATORS)
def test_change_columns_in_percent_and_in_points_go_to_the_column_before_them(sep: str) -> None:
    text = _table(
        sep,
        ["城市", "PM2.5浓度(微克/立方米)", "同比变化(%)", "优良天数比例(%)", "同比变化(百分点)"],
        [["甲州市", "30", "-6.3", "90.1", "+1.2"], ["乙州市", "35", "2.9", "85.2", "-2.3"]],
    )
    assert _figures(text) == [
        ("pm25_avg_concentration", 30.0, "甲州市", 6.3),
        ("good_air_days_ratio", 90.1, "甲州市", 1.2),
        ("pm25_avg_concentration", 35.0, "乙州市", 2.9),
        ("good_air_days_ratio", 85.2, "乙州市", 2.3),
    ]


@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_column_headed_only_tong_bi_is_a_change_and_never_a_place(sep: str) -> None:
    text = _table(
        sep,
        ["城市", "细颗粒物(PM2.5)平均浓度(μg/m³)", "同比", "优良天数比例"],
        [["甲州市", "30", "-6.3%", "90.1%"], ["乙州市", "35", "2.9%", "85.2%"]],
    )
    found = [(i.code, i.value, i.change.direction if i.change else None) for i in extract_text(text)[0]]
    assert found == [
        ("pm25_avg_concentration", 30.0, "down"),
        ("good_air_days_ratio", 90.1, None),
        ("pm25_avg_concentration", 35.0, "up"),
        ("good_air_days_ratio", 85.2, None),
    ]


@pytest.mark.parametrize("sep", SEPARATORS)
def test_a_row_s_last_integer_is_its_value_when_the_table_has_no_ranks(sep: str) -> None:
    text = _table(
        sep,
        ["城市", "综合指数", "同比变化(%)", "PM2.5浓度(微克/立方米)"],
        [["甲州市", "3.12", "-6.3", "30"], ["乙州市", "3.45", "2.9", "35"]],
    )
    assert [(c, v, r) for c, v, r, _ in _figures(text)] == [
        ("air_quality_composite_index", 3.12, "甲州市"),
        ("pm25_avg_concentration", 30.0, "甲州市"),
        ("air_quality_composite_index", 3.45, "乙州市"),
        ("pm25_avg_concentration", 35.0, "乙州市"),
    ]


@pytest.mark.parametrize("sep", ["\t", " | ", " "])
def test_a_bare_good_share_column_under_a_water_caption_is_water_and_a_count_column_is_no_share(
    sep: str,
) -> None:
    text = (
        "表2 2024年各市地表水水质状况\n"
        + sep.join(["城市", "国考断面数(个)", "优良比例(%)", "同比变化(百分点)", "劣Ⅴ类比例(%)"])
        + "\n"
        + "\n".join(
            sep.join(r)
            for r in [["甲州市", "12", "91.7", "+8.4", "0"], ["乙州市", "8", "75.0", "-12.5", "12.5"]]
        )
    )
    assert _figures(text) == [
        ("surface_water_good_ratio", 91.7, "甲州市", 8.4),
        ("worse_than_class_v_ratio", 0.0, "甲州市", None),
        ("surface_water_good_ratio", 75.0, "乙州市", 12.5),
        ("worse_than_class_v_ratio", 12.5, "乙州市", None),
    ]


def test_an_empty_cell_keeps_the_columns_after_it_in_place() -> None:
    text = (
        "表1 各市空气质量\n城市\tPM2.5浓度(μg/m3)\t同比变化(%)\t优良天数比例(%)\n"
        "甲州市\t30\t—\t90.1\n乙州市\t35\t2.9\t85.2"
    )
    assert _figures(text) == [
        ("pm25_avg_concentration", 30.0, "甲州市", None),
        ("good_air_days_ratio", 90.1, "甲州市", None),
        ("pm25_avg_concentration", 35.0, "乙州市", 2.9),
        ("good_air_days_ratio", 85.2, "乙州市", None),
    ]


def test_a_caption_naming_an_indicator_opens_no_column() -> None:
    text = "表3 1-11月各市优良天数比例\n城市\n优良天数比例(%)\n同比(百分点)\n甲州市\n90.1\n1.2\n乙州市\n85.2\n-0.8"
    assert _figures(text) == [
        ("good_air_days_ratio", 90.1, "甲州市", 1.2),
        ("good_air_days_ratio", 85.2, "乙州市", 0.8),
    ]


def test_names_justified_with_spaces_in_a_tab_row_stay_one_cell_and_lose_the_spaces() -> None:
    text = (
        "表1 各市空气质量\n城 市\tPM2.5浓度(μg/m3)\t优良天数比例(%)\n甲 州 市\t28\t90.1\n乙 州 市\t30\t85.2"
    )
    assert _figures(text) == [
        ("pm25_avg_concentration", 28.0, "甲州市", None),
        ("good_air_days_ratio", 90.1, "甲州市", None),
        ("pm25_avg_concentration", 30.0, "乙州市", None),
        ("good_air_days_ratio", 85.2, "乙州市", None),
    ]


def test_a_markdown_table_s_rule_under_its_header_opens_no_column() -> None:
    text = (
        "| 城市 | PM2.5浓度(微克/立方米) | 同比变化(%) | 优良天数比例(%) |\n| :--- | ---: | --- | --- |\n"
        "| 甲州市 | 30 | -6.3 | 90.1 |\n| 乙州市 | 35 | 2.9 | 85.2 |"
    )
    assert _figures(text) == [
        ("pm25_avg_concentration", 30.0, "甲州市", 6.3),
        ("good_air_days_ratio", 90.1, "甲州市", None),
        ("pm25_avg_concentration", 35.0, "乙州市", 2.9),
        ("good_air_days_ratio", 85.2, "乙州市", None),
    ]


def test_a_row_name_with_a_footnote_mark_or_ending_in_cheng_is_a_place() -> None:
    text = "序号 | 城市 | 环境空气质量综合指数 |\n1 | 东川市* | 3.21 |\n2 | 运城市 | 3.55 |\n3 | 西岭市* | 3.90 |"
    assert [(c, v, r) for c, v, r, _ in _figures(text)] == [
        ("air_quality_composite_index", 3.21, "东川市"),
        ("air_quality_composite_index", 3.55, "运城市"),
        ("air_quality_composite_index", 3.9, "西岭市"),
    ]


def test_a_page_trailer_after_a_table_leaves_its_columns_as_the_header_opened_them() -> None:
    table = (
        "2022年9月各区环境空气质量排名\n"
        "排名 | 区名 | PM2.5浓度(μg/m3) | PM2.5改善率(%) | 优良天数比率(%) | 综合指数 |\n"
        "1 | 东城区 | 18 | -5.3 | 86.7 | 3.05 |\n"
        "2 | 西城区 | 21 | 4.5 | 80.0 | 3.41 |\n"
    )
    expected = [
        ("pm25_avg_concentration", 18.0, "东城区", 2022),
        ("good_air_days_ratio", 86.7, "东城区", 2022),
        ("air_quality_composite_index", 3.05, "东城区", 2022),
        ("pm25_avg_concentration", 21.0, "西城区", 2022),
        ("good_air_days_ratio", 80.0, "西城区", 2022),
        ("air_quality_composite_index", 3.41, "西城区", 2022),
    ]
    assert _rows(table) == expected
    assert _rows(table + "【打印】【关闭窗口】\n") == expected


GROUPED = (
    "2021年6月，甲市空气质量排名如下：\n"
    "排名 | 区县名称 | 监测天数 | 优良天数比例 | 污染物浓度 | 综合指数 | |||||\n"
    "PM2.5 | PM10 | O3 | NO2 | SO2 | CO | |||||\n"
    "1 | 南湖区 | 30 | 96. 67% | 21. 5 | 40. 2 | 138 | 17 | 6 | 0. 8 | 2. 96 |\n"
)


def test_a_group_header_gives_its_place_to_the_pollutants_named_on_the_next_header_line() -> None:
    assert _rows(GROUPED) == [
        ("good_air_days_ratio", 96.67, "南湖区", 2021),
        ("pm25_avg_concentration", 21.5, "南湖区", 2021),
        ("pm10_avg_concentration", 40.2, "南湖区", 2021),
        ("o3_avg_concentration", 138.0, "南湖区", 2021),
        ("no2_avg_concentration", 17.0, "南湖区", 2021),
        ("so2_avg_concentration", 6.0, "南湖区", 2021),
        ("air_quality_composite_index", 2.96, "南湖区", 2021),
    ]
    units = {i.code: i.unit for i in extract_text(GROUPED)[0]}
    assert units["pm25_avg_concentration"] == "微克/立方米"


def test_pollutants_named_down_the_side_of_a_table_get_no_unit_they_do_not_write() -> None:
    side = (
        "主要指标\n2021年\n2020年\n同期对比\n综合指数\n3.48\n3.61\n变好\n"
        "可吸入颗粒物(PM10\n51\n55\n变好\n细颗粒物(PM2.5\n29\n31\n变好\n"
        "二氧化硫(SO2\n9\n10\n变好\n二氧化氮(NO2\n19\n21\n变好\n臭氧(O3\n141\n137\n变差\n"
    )
    assert [i for i in extract_text(side)[0] if i.code.endswith("_avg_concentration")] == []


def test_a_table_row_equal_to_the_overall_figure_is_no_headline_restating_it() -> None:
    text = (
        "2022年9月，我市优良天数比率83.3%。\n"
        "附表 2022年9月各区环境空气质量综合排名\n"
        "排名 | 区名 | PM2.5浓度(μg/m3) | 优良天数比率(%) |\n"
        "1 | 东城区 | 18 | 90.0 |\n"
        "2 | 西城区 | 22 | 83.3 |\n"
    )
    ratios = [(i.value, i.region) for i in extract_text(text)[0] if i.code == "good_air_days_ratio"]
    assert [value for value, _ in ratios] == [83.3, 90.0, 83.3]
    assert [region for _, region in ratios[1:]] == ["东城区", "西城区"]


def test_a_forum_pipe_before_a_headline_does_not_make_it_a_table_row() -> None:
    text = "12 | 显示全部楼层 |阅读模式 全县森林覆盖率达52.8%\n2022年，全县森林覆盖率达52.8%，同比提高0.4个百分点。"
    assert [(i.value, i.change is not None) for i in extract_text(text)[0]] == [(52.8, True)]
