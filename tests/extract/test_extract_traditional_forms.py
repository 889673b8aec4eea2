"""Traditional-script and mirror wording the extractor reads like its Simplified equivalent
(sentences written for these tests): Taiwan/Hong Kong/Macau air grades, Taiwan units and the
Republic's calendar in comparisons and ranges, a spinner's forest words, enforcement and task
wording with an enumeration comma."""

from __future__ import annotations

from scrapers.base.normalize import normalize
from scrapers.extract import extract_text


def _figures(text: str) -> list[tuple[str, float | None, int | None]]:
    return [(i.code, i.value, i.year) for i in extract_text(text)[0] if i.code != "count"]


def _changes(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    return [
        (i.code, i.value, i.change.direction if i.change else None, i.change.value if i.change else None)
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def test_good_and_moderate_air_days_together_are_the_good_air_days_share() -> None:
    text = "2019年，本澳空氣質素屬「良好」及「普通」的日數比例為88%。"
    assert _figures(text) == [("good_air_days_ratio", 88.0, 2019)]


def test_good_to_moderate_grade_days_are_the_good_air_days_share() -> None:
    assert _figures("2021年全縣空氣品質良好至普通等級之日數比例達90.4%。") == [
        ("good_air_days_ratio", 90.4, 2021)
    ]


def test_the_good_grade_alone_is_not_the_good_air_days_share() -> None:
    codes = [code for code, _, _ in _figures("2020年本縣空氣品質良好的日數占統計日數的52.3%。")]
    assert "good_air_days_ratio" not in codes


def test_micrograms_per_cubic_metre_in_taiwan_words_keep_the_concentration() -> None:
    assert _figures("2022年全市細懸浮微粒年平均濃度為14.8微克/立方公尺。") == [
        ("pm25_avg_concentration", 14.8, 2022)
    ]


def test_a_symbol_unit_mixed_with_chinese_words_keeps_the_number() -> None:
    assert _changes("2023年全市臭氧平均濃度為151μg/立方米，同比下降2.6%。") == [
        ("o3_avg_concentration", 151.0, "down", 2.6)
    ]


def test_a_republic_year_after_a_comparison_word_is_not_the_figures_year() -> None:
    text = "環保署表示，今年全國PM2.5年平均濃度為12.9微克/立方公尺，相較108年的16.1微克/立方公尺改善20%。"
    assert _figures(text) == [("pm25_avg_concentration", 12.9, None)]


def test_a_republic_year_after_a_verb_of_arriving_dates_the_figure_it_reached() -> None:
    text = "環保署統計，全國AQI>100站日比率自103年25.8%降低至106年18.6%。"
    assert _figures(text) == [("share", 25.8, 2014), ("share", 18.6, 2017)]


def test_the_island_and_bracketed_republic_year_mark_a_taiwanese_passage() -> None:
    text = "北市PM2.5年均濃度由104年18.7μg/m3改善至去(109)年12.4μg/m3，改善幅度達33.7%。"
    assert _changes(text) == [("pm25_avg_concentration", 12.4, "down", 33.7)]
    assert _figures(text) == [("pm25_avg_concentration", 12.4, 2020)]


def test_a_mainland_ministry_does_not_make_a_passage_taiwanese() -> None:
    assert _figures("生态环境部通报，这座有110年历史的老城PM2.5平均浓度为31微克/立方米。") == [
        ("pm25_avg_concentration", 31.0, None)
    ]


def test_a_spun_forest_coverage_is_read_as_forest_coverage() -> None:
    assert _figures("2022年底本縣的叢林蓄積量為0.8億立方米，叢林籠罩率為61.3%。") == [
        ("forest_stock_volume", 0.8, 2022),
        ("forest_coverage", 61.3, 2022),
    ]


def test_enforcement_case_types_written_with_an_enumeration_comma_are_cases() -> None:
    text = "2020年，全省五類案件總數為812件。其中，查封、扣押案件405件，限產、停產案件96件。"
    assert _figures(text) == [
        ("enforcement_case_count", 812.0, 2020),
        ("enforcement_case_count", 405.0, 2020),
        ("enforcement_case_count", 96.0, 2020),
    ]


def test_a_share_of_the_years_task_is_the_task_completion_ratio() -> None:
    text = "2021年，全市完成植樹造林12.5萬畝，占全年任務數的83.3%；完成森林撫育20萬畝，占任務18萬畝的111.1%。"
    ratios = [value for code, value, _ in _figures(text) if code == "task_completion_ratio"]
    assert ratios == [83.3, 111.1]


def test_days_with_an_air_index_of_at_most_100_are_the_good_air_days_share() -> None:
    assert _figures("2023年，全縣空氣品質指標(AQI)≦100之日數比例為92.6%。") == [
        ("good_air_days_ratio", 92.6, 2023)
    ]
    assert _figures("2023年，全市AQI≤100的天數比例為90.7%。") == [("good_air_days_ratio", 90.7, 2023)]


def test_days_with_an_air_index_above_100_are_not_the_good_air_days_share() -> None:
    codes = [code for code, _, _ in _figures("2023年全市AQI>100的日數比例為7.4%。")]
    assert "good_air_days_ratio" not in codes


def test_a_fall_written_as_die_fu_or_jian_fu_is_a_decrease() -> None:
    assert _changes("2023年全港微細懸浮粒子年均濃度為16微克/立方米，跌幅為11.1%。") == [
        ("pm25_avg_concentration", 16.0, "down", 11.1)
    ]
    assert _changes("2023年全市PM10平均濃度為41微克/立方米，減幅4.7%。") == [
        ("pm10_avg_concentration", 41.0, "down", 4.7)
    ]


def test_a_rise_written_as_zhang_fu_is_an_increase() -> None:
    assert _changes("2023年全市臭氧平均濃度為152微克/立方米，漲幅為3.4%。") == [
        ("o3_avg_concentration", 152.0, "up", 3.4)
    ]


def test_full_width_brackets_name_lakes_and_reservoirs_as_ascii_ones_do() -> None:
    text = "2022年，在监测的180个重点湖（库）中，水质优良湖（库）比例为79.4%，同比上升1.6个百分点。"
    assert _changes(text) == [("lake_reservoir_good_ratio", 79.4, "up", 1.6)]


def test_a_full_width_comma_inside_a_number_is_a_thousands_separator() -> None:
    assert _figures("2017年，全國共實施五類案件13，254件。") == [("enforcement_case_count", 13254.0, 2017)]


def test_quotes_keep_the_pages_full_width_punctuation() -> None:
    text = "2022年，全市（含新区）PM2.5平均浓度为28微克/立方米，同比下降3.4%。"
    (indicator,), _ = extract_text(text)
    assert indicator.quote in normalize(text).text
    assert "(" not in indicator.quote and ")" not in indicator.quote


def test_a_good_days_share_whose_you_was_eaten_by_mojibake_is_still_the_good_days_share() -> None:
    assert _figures("2022年全縣空氣質(zhì)量?jì)?yōu)良率為93.7%。") == [("good_air_days_ratio", 93.7, 2022)]


def test_a_republic_dateline_resolves_last_year_like_a_gregorian_one() -> None:
    text = "發稿日期:111年1月4日。環保局表示，去年全市PM2.5年均濃度為13.3μg/m3。"
    assert _figures(text) == [("pm25_avg_concentration", 13.3, 2021)]


def test_a_figure_reached_with_jiang_zhi_and_a_year_is_not_a_target() -> None:
    text = "全國PM2.5年平均濃度從2016年的22.4微克/立方米降至2020年的15.2微克/立方米。"
    assert _figures(text) == [("pm25_avg_concentration", 15.2, 2020)]


def test_a_republic_year_before_the_earlier_value_makes_it_the_previous_value() -> None:
    text = "環保署統計，全國PM2.5年平均濃度從105年的20.0微克/立方公尺降至109年的13.9微克/立方公尺。"
    assert _figures(text) == [("pm25_avg_concentration", 13.9, 2020)]


def test_a_plan_to_a_year_is_still_a_target() -> None:
    assert _figures("到2025年，全市PM2.5平均濃度降至28微克/立方米。") == []


def test_a_range_of_republic_years_dates_no_figure_as_a_gregorian_range_does_not() -> None:
    text = "環保署統計，107年至110年全國PM2.5年平均濃度分別為17.5、16.2、15.1及13.9μg/m3。"
    assert {year for _, _, year in _figures(text)} == {None}


def test_a_comparison_with_a_republic_year_dates_the_figure_the_year_after() -> None:
    text = "環保署公布，全國PM2.5年平均濃度為14.1微克/立方公尺，比109年下降6.0%。"
    assert _figures(text) == [("pm25_avg_concentration", 14.1, 2021)]


def test_compared_with_a_republic_year_means_the_year_after() -> None:
    text = "環保署公布，與110年相比，全國PM2.5年平均濃度為13.9微克/立方公尺，下降2.1%。"
    assert _figures(text) == [("pm25_avg_concentration", 13.9, 2022)]


def test_a_republic_season_spanning_two_years_dates_no_figure() -> None:
    text = "環保署公布，108年10月至109年3月，全國PM2.5平均濃度為19.8微克/立方公尺。"
    assert _figures(text) == [("pm25_avg_concentration", 19.8, None)]


def test_a_plan_to_a_republic_year_is_a_target() -> None:
    assert _figures("環保署規劃到119年全國PM2.5年平均濃度降至10微克/立方公尺。") == []


def test_an_an_nian_change_is_a_year_on_year_change() -> None:
    assert _changes("2023年全港優良天數比例為88.6%，按年上升2.3個百分點。") == [
        ("good_air_days_ratio", 88.6, "up", 2.3)
    ]
    assert _changes("2023年全港二氧化硫年平均濃度為6微克/立方米，按年持平。") == [
        ("so2_avg_concentration", 6.0, "flat", 0.0)
    ]


def test_a_taiwan_metric_ton_is_a_ton() -> None:
    indicators, _ = extract_text("2021年本縣二氧化硫排放量為1,827公噸。")
    assert [(i.value, i.unit_base) for i in indicators] == [(1827.0, "t")]


def test_a_table_header_in_taiwan_units_names_a_concentration_column() -> None:
    text = (
        "2020年6月各縣市空氣品質\n\n縣市\n\n懸浮微粒(PM10)\n\n細懸浮微粒(PM2.5)\n\n(微克/立方公尺)"
        "\n\n優良天數比例\n\n甲縣\n\n41\n\n17\n\n95.1%\n\n乙縣\n\n48\n\n21\n\n90.0%"
    )
    assert [(c, v) for c, v, _ in _figures(text)] == [
        ("pm10_avg_concentration", 41.0),
        ("pm25_avg_concentration", 17.0),
        ("good_air_days_ratio", 95.1),
        ("pm10_avg_concentration", 48.0),
        ("pm25_avg_concentration", 21.0),
        ("good_air_days_ratio", 90.0),
    ]


def test_an_ordered_list_of_fine_particle_ranks_in_taiwan_words_is_a_pm25_ranking() -> None:
    text = "2023年細懸浮微粒濃度最低的前三名依次為臺東縣、花蓮縣和宜蘭縣。"
    assert [(c, v) for c, v, _ in _figures(text)] == [
        ("pm25_rank", 1.0),
        ("pm25_rank", 2.0),
        ("pm25_rank", 3.0),
    ]


def test_a_total_forest_area_is_the_forest_area() -> None:
    assert _figures("2019年，全省森林總面積達(dá)到4120.5萬畝。") == [("forest_area", 4120.5, 2019)]
