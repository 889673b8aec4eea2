"""Forms written for these tests (sixteenth round): a list of changes whose members carry 个 and
leave 百分点 to the last, a headline figure that several places of the article share, one value
shared by a water rate and 优良率, good days named by grade (II级(良)以上), 优良天气率, a bare
达标率 after days counted by grade, a rate's change after a count's, a second comparison after a
semicolon, a figure up to a day (截至4月11日), places tied before their bracketed value, a rise
written 由…增长到, a table row that restates its place's sentence, and grade II's share after
grade I's."""

from __future__ import annotations

from scrapers.extract import extract_text
from tests.extract.figure_rows import changes as _changes
from tests.extract.figure_rows import figure_rows as _rows
from tests.extract.figure_rows import figures as _figures


def _placed(text: str, code: str) -> list[tuple[float | None, str | None]]:
    return [(i.value, i.region) for i in extract_text(text)[0] if i.code == code]


def test_listed_changes_with_个_on_each_member_give_every_figure_its_points() -> None:
    text = "2021年，全省主要水系水域功能达标率和Ⅰ类—Ⅲ类水质比例分别为96.4%和92.5%，分别比上年提高2.3个和0.9个百分点。"
    assert _changes(text) == [
        ("water_function_zone_compliance_ratio", 96.4, "up", 2.3),
        ("surface_water_good_ratio", 92.5, "up", 0.9),
    ]


def test_a_headline_figure_is_restated_once_and_other_places_keep_their_equal_figures() -> None:
    text = (
        "东川州1-6月份优良天数比率为97.3%\n\n"
        "1-6月份，东川州中心城市（西岭市）优良天数为176天，优良天数比例为97.3%，同比上升1.6个百分点。\n\n"
        "北桥市优良天数为178天，优良天数比例为98.6%；南坪市、中原县优良天数为176天，优良天数比例为97.3%；"
        "安河市优良天数为176天（有效天数180天），优良天数比例为97.3%。"
    )
    ratios = [f for f in _rows(text) if f[0] == "good_air_days_ratio"]
    assert ratios == [
        ("good_air_days_ratio", 97.3, "up", 1.6, None),
        ("good_air_days_ratio", 98.6, None, None, None),
        ("good_air_days_ratio", 97.3, None, None, None),
        ("good_air_days_ratio", 97.3, None, None, None),
    ]


def test_优良率_sharing_a_value_with_a_sections_rate_is_the_waters_good_share() -> None:
    text = "今年一季度，我市17个地表水国、省考断面水质达标率和优良率均保持100%。"
    codes = {code for code, _ in _figures(text)} - {"count"}
    assert codes == {"section_compliance_ratio", "surface_water_good_ratio"}


def test_优良率_sharing_a_value_with_an_air_rate_stays_air() -> None:
    text = "2022年，全市空气质量达标率和优良率均为93%。"
    assert {code for code, _ in _figures(text)} == {"good_air_days_ratio"}


def test_days_at_grade_ii_or_better_are_good_days_and_their_share_takes_its_change() -> None:
    text = (
        "2024年11月，甲区空气质量共计监测30天，达到II级(良)以上天数共计28天，占月监测天数的94.1%，"
        "同比2023年(87.5%)上升6.6个百分点。"
    )
    assert [f for f in _rows(text) if f[0] != "days"] == [
        ("good_air_days_count", 28.0, None, None, 2024),
        ("good_air_days_ratio", 94.1, "up", 6.6, 2024),
    ]


def test_优良天气率_is_the_good_days_ratio() -> None:
    text = "2020年，全市空气质量优良天数301天，优良天气率82.2%。"
    assert ("good_air_days_ratio", 82.2) in _figures(text)


def test_a_bare_达标率_after_days_counted_by_grade_is_the_good_days_ratio() -> None:
    text = "2016年2月，乙市空气质量共有6天一级优，19天二级良，3天轻度污染，1天中度污染，达标率为86.2%。"
    assert ("good_air_days_ratio", 86.2) in _figures(text)
    assert ("share", 86.2) not in _figures(text)


def test_a_bare_达标率_after_counts_of_sections_is_not_air() -> None:
    text = "2016年2月，乙市监测断面共有6个Ⅱ类、19个Ⅲ类，达标率为86.2%。"
    assert ("good_air_days_ratio", 86.2) not in _figures(text)


def test_a_rates_change_goes_to_the_rate_not_to_the_count_of_days_before_it() -> None:
    text = (
        "截至日前，我区环境空气质量优良天数累计98天，达标率为89.1%，PM10浓度为61μg/m3。"
        "较去年同期优良天数增加了9天，达标率提高了8.2%，PM10浓度下降了4μg/m3。"
    )
    assert _changes(text) == [("good_air_days_ratio", 89.1, "up", 8.2)]


def test_a_comparison_after_a_semicolon_is_the_figure_befores_and_year_on_year_wins() -> None:
    text = (
        "2022年第9周，我市PM2.5平均浓度为33微克/立方米，比上周上升10.0%；比去年同期下降21.4%，"
        "截至3月6日平均浓度为52.0微克/立方米，比去年同期上升4.0%。"
    )
    assert _changes(text) == [
        ("pm25_avg_concentration", 33.0, "down", 21.4),
        ("pm25_avg_concentration", 52.0, "up", 4.0),
    ]


def test_places_tied_before_their_bracketed_value_each_get_it_and_share_a_rank() -> None:
    text = (
        "一季度，全省PM2.5浓度最低的6个县依次是：甲县(16微克/立方米)，乙县、丙县并列(21微克/立方米)，"
        "丁县(22微克/立方米)，戊县、己县和庚县并列(24微克/立方米)。"
    )
    assert _placed(text, "pm25_avg_concentration") == [
        (16.0, "甲县"),
        (21.0, "乙县"),
        (21.0, "丙县"),
        (22.0, "丁县"),
        (24.0, "戊县"),
        (24.0, "己县"),
        (24.0, "庚县"),
    ]
    assert _placed(text, "pm25_rank") == [
        (1.0, "甲县"),
        (2.0, "乙县"),
        (2.0, "丙县"),
        (4.0, "丁县"),
        (5.0, "戊县"),
        (5.0, "己县"),
        (5.0, "庚县"),
    ]


def test_a_rise_written_由_增长到_gives_the_later_figure_only() -> None:
    text = "全省优良天数比例由78.4%增长到81.9%。"
    assert [(code, value) for code, value in _figures(text)] == [("good_air_days_ratio", 81.9)]


def test_a_table_row_restating_its_places_sentence_is_counted_once() -> None:
    text = (
        "2025年5月甲县环境空气质量优良率为96.8%。PM2.5月平均浓度为14μg/m3，与上年同期相比上升了16.7%。\n"
        "表1 5月甲县与乙县环境空气污染物平均浓度值\n"
        "区域 | SO2 (μg/m3) | NO2 (μg/m3) | PM10 (μg/m3) | PM2.5 (μg/m3) |\n"
        "甲县 | 5 | 9 | 24 | 14 |\n"
        "乙县 | 6 | 10 | 26 | 14 |"
    )
    assert _placed(text, "pm25_avg_concentration") == [(14.0, None), (14.0, "乙县")]
    assert _changes(text) == [("pm25_avg_concentration", 14.0, "up", 16.7)]


def test_grade_ii_s_share_after_grade_i_s_is_one_grade_share() -> None:
    text = "5月份，我市环境空气质量达标天数比例为100%，其中一级达标天数比例为58.1%，二级达标天数比例为41.9%。"
    assert _figures(text) == [("good_air_days_ratio", 100.0), ("share", 58.1), ("share", 41.9)]


def test_grade_ii_s_days_share_alone_stays_the_good_days_ratio() -> None:
    text = "5月份，我市二级达标天数比例为92.4%。"
    assert _figures(text) == [("good_air_days_ratio", 92.4)]


def test_a_page_line_with_a_date_and_its_source_does_not_run_into_the_headline_below() -> None:
    text = (
        "2023年02月10日 09:30 来源：中国新闻网参与互动参与互动\n"
        "2022年东川省环境空气质量优良天数比例为91.2%\n"
        "    图为东川省会城市。(资料图)\n\n"
        "  中新网东川1月14日电 (记者 张三)14日，记者从东川省生态环境厅获悉，2022年1至12月，"
        "东川省环境空气质量平均优良天数比例为91.2%，同比上升0.8个百分点。"
    )
    (figure,) = extract_text(text)[0]
    assert "新闻网" not in figure.quote and figure.quote.startswith("东川省")
    assert (figure.value, figure.year, figure.change and figure.change.value) == (91.2, 2022, 0.8)


def test_the_places_an_index_is_made_of_after_其中_are_each_an_index_value() -> None:
    text = "1月1日-31日，某市空气质量综合指数5.912，其中，东城区5.877、西城区6.034、开发区5.566。"
    assert _placed(text, "air_quality_composite_index") == [
        (5.912, None),
        (5.877, "东城区"),
        (6.034, "西城区"),
        (5.566, "开发区"),
    ]


def test_index_values_listed_with_为_and_past_较差的是_are_all_read() -> None:
    text = (
        "2024年8月份，全市综合指数较好的是东川县(2.71)、西岭市(2.74)；较差的是北桥市(3.18)、南坪县(3.15)。"
        "1-8月份，三个县市综合指数由低到高为：东川县为2.65、西岭市为2.83、北桥市为3.22。"
    )
    values = [v for v, _ in _placed(text, "air_quality_composite_index")]
    assert values == [2.71, 2.74, 3.18, 3.15, 2.65, 2.83, 3.22]


def test_a_wide_table_with_day_count_columns_keeps_its_share_column() -> None:
    text = (
        "表3 各区县4月空气质量\n"
        "区县 | 细颗粒物浓度(μg/m3) | 优良率(%) | 优 (天) | 良 (天) | 污染 (天) | 有效天数 |\n"
        "东川县 | 31.2 | 90.0 | 8 | 19 | 3 | 30 |\n"
        "西岭市 | 28.6 | 91.8 | 9 | 19 | 2 | 30 |"
    )
    assert _figures(text) == [
        ("pm25_avg_concentration", 31.2),
        ("good_air_days_ratio", 90.0),
        ("pm25_avg_concentration", 28.6),
        ("good_air_days_ratio", 91.8),
    ]


_PERIOD_TABLE = (
    "表1 东川市国控点大气环境质量同比变化统计表(6月)\n"
    "考核项目 | 2024年1-6月 | 2023年1-6月 | 同比变化(%) |\n"
    "PM10(微克/立方米) | 48 | 55 | -12.7 |\n"
    "PM2.5(微克/立方米) | 25 | 31 | -19.4 |\n"
    "SO2(微克/立方米) | 8 | 8 | 0 |\n"
    "NO2(微克/立方米) | 15 | 14 | 7.1 |"
)


def test_a_table_of_indicators_by_period_gives_the_first_periods_values_and_their_changes() -> None:
    assert _rows(_PERIOD_TABLE) == [
        ("pm10_avg_concentration", 48.0, "down", 12.7, 2024),
        ("pm25_avg_concentration", 25.0, "down", 19.4, 2024),
        ("so2_avg_concentration", 8.0, None, None, 2024),
        ("no2_avg_concentration", 15.0, "up", 7.1, 2024),
    ]


def test_a_sentences_figure_restated_by_the_period_table_below_takes_its_change() -> None:
    text = "截止6月30日，东川市环境空气中的PM10浓度均值为48ug/m3；PM2.5浓度均值为25ug/m3。\n" + _PERIOD_TABLE
    rows = _rows(text)
    assert rows[:2] == [
        ("pm10_avg_concentration", 48.0, "down", 12.7, 2024),
        ("pm25_avg_concentration", 25.0, "down", 19.4, 2024),
    ]
    assert len(rows) == 4


def test_a_table_of_periods_by_pollutant_gives_the_first_periods_values_and_the_change_row() -> None:
    cells = (
        "时间|细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|一氧化碳|臭氧|综合质量指数|"
        "2024年5月|16|41|7|21|0.6|150|2.85|2023年5月|17|44|8|25|0.7|138|3.02|"
        "同比变化(%)|-6.7|-9.6|-13.6|-16.0|-11.1|+7.9|-4.9|"
    )
    text = "东川市各项污染物浓度对比 单位：微克/立方米（一氧化碳为毫克/立方米）\n" + "\n".join(
        f"{cell} |" for cell in cells.strip("|").split("|")
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 16.0, "down", 6.7, 2024),
        ("pm10_avg_concentration", 41.0, "down", 9.6, 2024),
        ("so2_avg_concentration", 7.0, "down", 13.6, 2024),
        ("no2_avg_concentration", 21.0, "down", 16.0, 2024),
        ("o3_avg_concentration", 150.0, "up", 7.9, 2024),
        ("air_quality_composite_index", 2.85, "down", 4.9, 2024),
    ]


def test_city_days_written_天次_name_the_days_they_count() -> None:
    assert _figures("2014年，全省重度污染以上天次占13.7%。") == [("heavy_pollution_days_ratio", 13.7)]


def test_a_分别_after_a_clause_ending_on_a_verdict_lists_over_that_clauses_indicators() -> None:
    text = "2023年，我市PM10和NO₂较2022年同期有所改善，分别下降6.1%和13.6%。"
    assert [(code, d, v) for code, _, d, v, _ in _rows(text)] == [
        ("pm10_avg_concentration", "down", 6.1),
        ("no2_avg_concentration", "down", 13.6),
    ]


def test_the_ends_of_a_range_named_by_place_are_each_places_figure() -> None:
    text = (
        "4月份，各县(市、区)优良率在83.3%~100%之间，最高为东川县和西岭市，最低为北桥区。"
        "各县(市、区)PM2.5浓度在21.6~33.9微克/立方米之间，最低为东川县，最高为南坪县。"
    )
    assert _placed(text, "good_air_days_ratio") == [(83.3, "北桥区"), (100.0, "东川县和西岭市")]
    assert _placed(text, "pm25_avg_concentration") == [(21.6, "东川县"), (33.9, "南坪县")]


def test_a_range_whose_ends_are_not_named_gives_no_figure() -> None:
    text = "2023年，全省13个设区市优良天数比率在52.4%-78.6%之间，PM2.5浓度在31~48微克/立方米之间。"
    assert [code for code, _ in _figures(text) if code != "count"] == []


def test_a_citys_urban_districts_are_the_figures_place_and_a_national_standing_is_not() -> None:
    assert _placed("3月份，东川市区AQI优良率为88.2%，同比下降3.1个百分点。", "good_air_days_ratio") == [
        (88.2, "东川市区")
    ]
    text = "1月至9月，全省环境空气质量优良天数比例为94.6%，在全国保持较高水平；国考断面水质优良比例达到100%。"
    assert _placed(text, "surface_water_good_ratio") == [(100.0, "全省")]


def test_a_change_of_one_place_picked_out_by_其中_with_its_size_is_that_places_change() -> None:
    text = "1月至5月，东川、西岭、北桥和南坪4市PM2.5平均浓度同比上升，其中南坪上升幅度达13.4%。"
    changes = [(i.code, i.region, i.change.value) for i in extract_text(text)[0] if i.change is not None]
    assert changes == [("pm25_avg_concentration", "南坪", 13.4)]


def test_the_first_place_after_a_count_of_places_takes_its_own_change_not_the_counts() -> None:
    text = (
        "在PM2.5平均浓度改善率前10名中，有某省3个城市。其他5个城市改善情况分别为："
        "东川市下降17.2%、西岭市下降15.1%、北桥市下降11.6%。"
    )
    changes = {(i.code, i.region, i.change.value) for i in extract_text(text)[0] if i.change is not None}
    assert changes == {
        ("pm25_avg_concentration", "东川市", 17.2),
        ("pm25_avg_concentration", "西岭市", 15.1),
        ("pm25_avg_concentration", "北桥市", 11.6),
    }
