"""Forms real pages write that the rules must read as ordinary text (sentences written for these
tests): small-form punctuation, bracketed lists, spun synonyms, headlines, targets, standards."""

from __future__ import annotations

from scrapers.extract import extract_text


def _figures(text: str) -> list[tuple[str, float, str | None]]:
    out = []
    for i in extract_text(text)[0]:
        if i.code != "count":
            out.append(
                (i.code, i.value, None if i.change is None else f"{i.change.direction} {i.change.value:g}")
            )
    return out


def test_small_form_semicolons_separate_sentences() -> None:
    text = "全市优良天数比例为93.4%，同比下降1.5个百分点﹔PM2.5平均浓度为24微克/立方米，同比上升3.2%。"
    assert _figures(text) == [
        ("good_air_days_ratio", 93.4, "down 1.5"),
        ("pm25_avg_concentration", 24.0, "up 3.2"),
    ]


def test_commas_inside_a_bracketed_list_do_not_cut_the_clause() -> None:
    text = "全县3个县级饮用水水源地(甲水厂,乙水库,丙水库)水质达标率均为100%。"
    assert _figures(text) == [("drinking_water_source_compliance_ratio", 100.0, None)]


def test_a_spinners_synonyms_are_read_as_the_words_they_replaced() -> None:
    text = "全国重稠浊天数比例为1.1%，同比着落0.5个百分点；受稠浊耕地安全专揽率达到91%。"
    assert _figures(text) == [
        ("heavy_pollution_days_ratio", 1.1, "down 0.5"),
        ("contaminated_farmland_safe_use_ratio", 91.0, None),
    ]


def test_a_headline_figure_is_kept_once_where_the_article_states_it() -> None:
    text = "甲市森林覆盖率达41.2%\n\n甲市日报 2020年03月10日\n\n至去年底，我市森林覆盖率达41.2%，同比上升0.6个百分点。"
    assert _figures(text) == [("forest_coverage", 41.2, "up 0.6")]
    assert extract_text(text)[0][0].year == 2019


def test_two_sources_at_the_same_rate_are_two_figures_and_one_restated_figure_is_one() -> None:
    text = (
        "全县县级饮用水源地水质达标率为100%。全县村级饮用水水源地水质达标率为100%。"
        "全市细颗粒物(PM2.5)年均浓度为23微克/立方米。\n全市PM2.5年均浓度为23微克/立方米，同比下降4.1%。"
    )
    assert _figures(text) == [
        ("drinking_water_source_compliance_ratio", 100.0, None),
        ("drinking_water_source_compliance_ratio", 100.0, None),
        ("pm25_avg_concentration", 23.0, "down 4.1"),
    ]


def test_what_a_plan_wants_to_reach_is_a_target() -> None:
    text = "按照部署，全市今年空气质量优良率要达86%，PM2.5年均浓度控制在38微克/立方米以下。"
    assert _figures(text) == []


def test_a_standard_in_brackets_is_not_a_figure() -> None:
    assert _figures("本市PM2.5年均浓度为13微克/立方米，接近世界卫生组织标准(10微克/立方米)。") == [
        ("pm25_avg_concentration", 13.0, None)
    ]


def test_the_same_period_last_year_is_a_previous_value_not_a_figure() -> None:
    assert _figures("今年以来全市重污染天数为5天，去年同期为9天。") == [
        ("heavy_pollution_days_count", 5.0, None)
    ]


def test_a_share_of_zero_written_without_a_percent_sign_is_zero_percent() -> None:
    assert _figures("全省劣Ⅴ类断面比例为0，同比持平。") == [("worse_than_class_v_ratio", 0.0, "flat 0")]


def test_the_far_end_of_a_spaced_range_is_not_a_figure() -> None:
    text = "各市PM10年均浓度在40 ~ 90微克/立方米之间，平均为61微克/立方米，同比下降8.0%。"
    assert _figures(text) == [("pm10_avg_concentration", 61.0, "down 8")]


def test_an_earlier_value_introduced_by_from_is_not_a_figure() -> None:
    text = "本市PM10年平均浓度由2010年最高值50.1微克/立方米、呈逐年下降趋势，2018年下降至33.2微克/立方米。"
    assert [(code, value) for code, value, _ in _figures(text)] == [("pm10_avg_concentration", 33.2)]


def test_a_bound_the_figure_passed_is_not_a_figure() -> None:
    text = "全国重污染天数比例首次降到1%以内，达到0.8%；全省细颗粒物浓度首次降到30微克/立方米以内，为28微克/立方米。"
    assert [(code, value) for code, value, _ in _figures(text)] == [
        ("heavy_pollution_days_ratio", 0.8),
        ("pm25_avg_concentration", 28.0),
    ]
    passed = "全区重度及以上污染天数比例为0.7%，同比下降0.2个百分点，首次降低到1%以内。"
    assert _figures(passed) == [("heavy_pollution_days_ratio", 0.7, "down 0.2")]


def test_a_value_compared_against_in_brackets_is_a_previous_value() -> None:
    text = "全市优良天数比例为88.8%，较疫情前的2019年同期(80.1%)上升8.7个百分点。"
    assert _figures(text) == [("good_air_days_ratio", 88.8, "up 8.7")]


def test_the_gap_to_a_bracketed_target_is_not_a_figure() -> None:
    text = "全市PM2.5平均浓度为31微克/立方米，优于年度目标(34.5微克/立方米)3.5微克/立方米。"
    assert [(code, value) for code, value, _ in _figures(text)] == [("pm25_avg_concentration", 31.0)]


def test_each_year_of_a_list_of_targets_is_a_target() -> None:
    text = "今年全岛PM2.5年平均浓度为13.1μg/m3，目标2030年降至10μg/m3、2035年降至8μg/m3。"
    assert [(code, value) for code, value, _ in _figures(text)] == [("pm25_avg_concentration", 13.1)]


def test_a_figure_restated_in_a_later_paragraph_without_its_place_is_one_figure() -> None:
    text = (
        "114年空气品质监测显示，全国细悬浮微粒(PM2.5)年平均浓度已降至13.4μg/m3，相较108年的17.0μg/m3，改善21%。\n\n"
        "114年记者会上，PM2.5年平均浓度已降至13.4μg/m3，相较2019年的17.0μg/m3，改善21%。"
    )
    indicators, _ = extract_text(text)
    assert [(i.code, i.value, i.change and (i.change.value, i.change.basis)) for i in indicators] == [
        ("pm25_avg_concentration", 13.4, (21.0, "vs_period"))
    ]


def test_change_verbs_beyond_rise_and_fall_are_changes() -> None:
    text = "全省臭氧平均浓度为148微克/立方米，同比攀升3.5%；PM10平均浓度为52微克/立方米，同比降落6.1%。"
    assert _figures(text) == [
        ("o3_avg_concentration", 148.0, "up 3.5"),
        ("pm10_avg_concentration", 52.0, "down 6.1"),
    ]


def test_a_headline_change_with_a_single_verb_character_is_a_change() -> None:
    (ind,), _ = extract_text("一季度甲市PM2.5浓度同比降9.4%")
    assert (ind.code, ind.value, ind.change and ind.change.direction) == (
        "pm25_avg_concentration",
        None,
        "down",
    )


def test_a_word_no_list_names_between_tongbi_and_a_number_is_a_change_its_characters_point() -> None:
    text = "全市PM2.5平均浓度为31微克/立方米，同比着落4.2%；优良天数比例为88.1%，同比飞腾2.4个百分点。"
    assert _figures(text) == [
        ("pm25_avg_concentration", 31.0, "down 4.2"),
        ("good_air_days_ratio", 88.1, "up 2.4"),
    ]
