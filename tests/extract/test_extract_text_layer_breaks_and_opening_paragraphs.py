"""Forms written for these tests (twenty-second round): a PDF text layer's line breaks where they
fall (before a comma or a colon, after a colon, inside a signed change, inside a dateline, after a
line a pinyin annotation shortened), a unit caption's spaces, tables with a rank column or a caption
line, a passage that opens with a sentence rather than a title, and other ways to say year on year.
Every sentence, table, place and number is made up for the test."""

from __future__ import annotations

from scrapers.base.normalize import normalize
from scrapers.extract import extract_text
from scrapers.extract.page_noise import blank_page_noise
from tests.extract.figure_rows import figure_rows as _rows


def test_a_line_that_starts_with_a_colon_goes_on_from_the_line_before() -> None:
    text = "2021年1-5月，5个县区优良天数比例从高到低排列依次为\n：东林县（96.3%）、西岭县（94.7%）、南坪区（90.2%）。"
    assert _rows(text) == [
        ("good_air_days_ratio", 96.3, None, None, 2021),
        ("good_air_days_rank", 1.0, None, None, 2021),
        ("good_air_days_ratio", 94.7, None, None, 2021),
        ("good_air_days_rank", 2.0, None, None, 2021),
        ("good_air_days_ratio", 90.2, None, None, 2021),
        ("good_air_days_rank", 3.0, None, None, 2021),
    ]


def test_a_line_that_starts_with_a_semicolon_keeps_the_place_of_the_sentence_it_goes_on() -> None:
    text = "2021年，全市细颗粒物(PM2.5)年均浓度为26微克/立方米，比上年下降7.1%\n；PM10平均浓度为49微克/立方米，比上年下降2.0%。"
    regions = [(i.code, i.region) for i in extract_text(text)[0]]
    assert regions == [("pm25_avg_concentration", "全市"), ("pm10_avg_concentration", "全市")]


def test_a_line_opening_with_a_span_of_months_is_running_text_not_a_dateline() -> None:
    text = (
        "2022年1-9月，全市40个地表水考核断面水质优良比例为9\n2.5%，高于年度目标2.5个百分点，"
        "比上年同期提高3.8个百分点\n；劣Ⅴ类断面比例为0%。"
    )
    assert _rows(text) == [
        ("surface_water_good_ratio", 92.5, "up", 3.8, 2022),
        ("worse_than_class_v_ratio", 0.0, None, None, 2022),
    ]


def test_a_unit_line_under_a_table_caption_stays_a_line_of_its_own() -> None:
    text = (
        "2021年1-10月全市各县区PM2.5平均浓度排序\n浓度单位：微克/立方米\n"
        "排名 | 县区 | PM2.5平均浓度 |\n1 | 东林县 | 21 |\n2 | 西岭县 | 24 |"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 21.0, None, None, 2021),
        ("pm25_avg_concentration", 24.0, None, None, 2021),
    ]


def test_a_short_line_that_a_running_line_ran_into_runs_on_too() -> None:
    text = (
        "监测结果显示，2020年城区各国控自动站点的空气\n质量优良天\n数比例平均为87.6%，比上年提高2.2个百分点。"
    )
    assert _rows(text) == [("good_air_days_ratio", 87.6, "up", 2.2, 2020)]


def test_a_signed_change_cut_by_a_line_break_is_one_number() -> None:
    text = "2016年3月，全县二氧化氮为35μg/m3，比去年同期上升-1\n2.5%。"
    assert _rows(text) == [("no2_avg_concentration", 35.0, "down", 12.5, 2016)]


def test_a_dateline_cut_before_its_dash_still_dates_the_page() -> None:
    cut_after_year = (
        "来源：某某日报 发布时间：2021\n-07-13 08:05:40\n\n"
        "上半年，全国地级及以上城市PM2.5平均浓度为34微克/立方米，同比下降0.9%。"
    )
    cut_after_month = (
        "http://news.example.org  2019-08\n-06 14:31:02   来源：晚报\n\n"
        "据了解，7月份，全市空气质量达标天数比例88.7%，同比提高1.9个百分点。"
    )
    assert _rows(cut_after_year) == [("pm25_avg_concentration", 34.0, "down", 0.9, 2021)]
    assert _rows(cut_after_month) == [("good_air_days_ratio", 88.7, "up", 1.9, 2019)]


def test_a_pinyin_annotation_after_a_space_is_noise_only_when_it_carries_a_tone() -> None:
    assert normalize("平均優 (yōu)良天數(shù)比例").text == "平均优良天数比例"
    assert normalize("甲站 (a)点位").text == "甲站 (a)点位"
    text = "2017年，全縣空氣優 (yōu)良天數(shù)比例為91.8%，較上年上升0.4個百分點。"
    assert _rows(text) == [("good_air_days_ratio", 91.8, "up", 0.4, 2017)]


def test_a_unit_caption_spaced_inside_its_unit_still_gives_the_tables_unit() -> None:
    assert normalize("单位：微 克/立 方米").text == "单位：微克/立方米"
    text = "2020年第三季度各镇PM10浓度一览\n单位：微克/立 方米\n序号 | 镇 | PM10浓度 |\n1 | 北河镇 | 44 |\n2 | 南沙镇 | 47 |"
    assert _rows(text) == [
        ("pm10_avg_concentration", 44.0, None, None, 2020),
        ("pm10_avg_concentration", 47.0, None, None, 2020),
    ]


_CITIES = "\n\n6个城市同比上升，东林市上升2.4%，西岭市上升5.3%。"
_LEAD = "\n据介绍，7月，全省12个城市PM10月均浓度为52微克/立方米，同比上升4.0%。"


def test_an_opening_sentence_with_clauses_and_a_full_stop_is_no_title_for_the_passage() -> None:
    for opening in (
        "“十四五”期间，计划重污染天数比例控制在2%以内，臭氧浓度力争下降8%。",
        "入夏以来，全省臭氧污染较重，各地加紧应对。",
    ):
        assert _rows(opening + _LEAD + _CITIES) == [
            ("pm10_avg_concentration", 52.0, "up", 4.0, None),
            ("pm10_avg_concentration", None, "up", 2.4, None),
            ("pm10_avg_concentration", None, "up", 5.3, None),
        ]


def test_a_title_without_a_full_stop_still_names_the_passages_subject() -> None:
    text = "7月全省臭氧浓度同比上升" + _CITIES
    assert [row[0] for row in _rows(text)] == ["o3_avg_concentration", "o3_avg_concentration"]


def test_a_paragraph_of_aims_only_names_no_subject_for_the_next() -> None:
    text = (
        "今年将继续深化大气污染防治。到2025年，全省臭氧浓度力争下降8%，重污染天数比例控制在2%以内。" + _CITIES
    )
    assert [row[0] for row in _rows(text)] == ["change", "change"]


def test_a_semicolon_before_a_comparison_naming_no_subject_sets_off_the_figures_change() -> None:
    assert blank_page_noise("比例为83.6%；同比下降1.4个百分点") == "比例为83.6%,同比下降1.4个百分点"
    assert blank_page_noise("为83.6%；PM2.5浓度同比下降") == "为83.6%；PM2.5浓度同比下降"
    text = (
        "北部片区8个城市平均优良天数比例为83.6%；同比下降1.4个百分点；PM2.5浓度为39微克/立方米；同比上升2.6%。\n"
        "降水：全省降水pH年均值为5.6，酸雨频率为7.2%；同比下降1.1个百分点。"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 83.6, "down", 1.4, None),
        ("pm25_avg_concentration", 39.0, "up", 2.6, None),
        ("share", 7.2, "down", 1.1, None),
    ]


def test_a_list_of_targets_set_a_paragraph_a_line_stays_a_list_of_targets() -> None:
    lines = (
        "按照实施方案，2022年各县空气质量考核指标为，东林县优良天数300天，PM2.5浓度为33微克/立方米；",
        "西岭县优良天数295天，PM2.5浓度为35微克/立方米；",
        "南坪县优良天数310天，PM2.5浓度为30微克/立方米。",
    )
    assert _rows("\n".join(lines)) == []
    assert _rows("\n\n".join(lines)) == []


def test_micrograms_per_cubic_metre_spelt_with_mei_reads_like_the_slash() -> None:
    table = (
        "表3  2019年5月各区环境空气质量\n\n区名\n\n可吸入颗粒物(PM10)平均浓度(微克每立方米)\n\n"
        "细颗粒物(PM2.5)平均浓度(微克每立方米)\n\n空气质量达标天数比例(%)\n\n北河区\n\n52\n\n29\n\n83.9%\n\n"
        "南沙区\n\n47\n\n26\n\n90.3%"
    )
    assert _rows(table) == [
        ("pm10_avg_concentration", 52.0, None, None, 2019),
        ("pm25_avg_concentration", 29.0, None, None, 2019),
        ("good_air_days_ratio", 83.9, None, None, 2019),
        ("pm10_avg_concentration", 47.0, None, None, 2019),
        ("pm25_avg_concentration", 26.0, None, None, 2019),
        ("good_air_days_ratio", 90.3, None, None, 2019),
    ]
    sentence = "2019年，全市PM2.5平均浓度为41微克/立方米，比上年下降6微克每立方米(12.8%)。"
    assert _rows(sentence) == [("pm25_avg_concentration", 41.0, "down", 12.8, 2019)]


def test_a_mirrors_lost_character_before_its_pinyin_is_repaired_with_full_width_marks_too() -> None:
    assert normalize("空氣質（zhì）量？jī）？yōu）良率").text == "空气质量优良率"
    assert normalize("地表水？dāng）斷面").text == "地表水断面"


def test_a_rank_column_after_the_places_holds_their_ranks_not_the_measure() -> None:
    text = "县城 | 排名 | 优良天数比率(%) |\n北河县 | 1 | 97.4 |\n南沙县 | 2 | 93.1 |\n东林县 | 3 | 89.5 |"
    assert _rows(text) == [
        ("good_air_days_ratio", 97.4, None, None, None),
        ("good_air_days_ratio", 93.1, None, None, None),
        ("good_air_days_ratio", 89.5, None, None, None),
    ]


def test_a_caption_stays_off_the_first_cell_and_a_row_with_no_rank_still_fills_its_columns() -> None:
    text = (
        "附表：某市2020年上半年各县空气质量\n县城 |\n排名 |\n空气质量优良天数比率(%) | ||\n"
        "2020年 |\n2019年 |\n同比变化 | ||\n北河县 |\n1 |\n97.4 |\n95.0 |\n+2.4 |\n南沙县 |\n2 |\n93.1 |\n94.2 |\n"
        "-1.1 |\n全市平均 |\n94.0 |\n93.3 |\n+0.7 |"
    )
    assert _rows(text) == [
        ("good_air_days_ratio", 97.4, "up", 2.4, 2020),
        ("good_air_days_ratio", 93.1, "down", 1.1, 2020),
        ("good_air_days_ratio", 94.0, "up", 0.7, 2020),
    ]


def test_a_two_level_header_flattened_with_its_change_column_first_gives_no_misread_ranks() -> None:
    text = (
        "各县区优良率 序号 | 县区 | 当月 | 去年同月 | 变化(百分点) | 优良率(%) | 名次 | 优良率(%) | 名次 | "
        "1 | 北河县 | 97 | 2 | 95 | 3 | 2 | 2 | 南沙县 | 100 | 1 | 98 | 1 | 2 | 3 | 东林县 | 90 | 3 | 93 | 2 | -3 |"
    )
    assert [row for row in _rows(text) if row[1] is not None and row[1] <= 3] == []


def test_a_list_on_the_line_after_its_colon_keeps_the_lead_lines_measure() -> None:
    text = "2015年全县各乡镇环境空气质量以良为主，空气污染指数(API)小于100的天数比例分别为：\n北河镇91.5%；南沙镇86.0%；东林镇88.4%。"
    assert _rows(text) == [
        ("good_air_days_ratio", 91.5, None, None, 2015),
        ("good_air_days_ratio", 86.0, None, None, 2015),
        ("good_air_days_ratio", 88.4, None, None, 2015),
    ]


def test_places_that_rose_比上年_take_their_sizes_from_the_list_after_them() -> None:
    text = "2015年，全省PM10平均浓度为73微克/立方米。北河市、南沙市、东林市等3个城市比上年上升，升幅分别为9.2%、6.1%、3.5%。"
    assert _rows(text) == [
        ("pm10_avg_concentration", 73.0, None, None, 2015),
        ("pm10_avg_concentration", None, "up", 9.2, 2015),
        ("pm10_avg_concentration", None, "up", 6.1, 2015),
        ("pm10_avg_concentration", None, "up", 3.5, 2015),
    ]
