"""extract_text on single sentences: what is and is not a quantity, and the fields it gets."""

from scrapers.extract import extract_text, indicator_to_json


def _codes(text: str) -> list[tuple[str, float]]:
    return [(i.code, i.value) for i in extract_text(text)[0]]


def test_slogans_years_and_programme_numbers_are_not_quantities() -> None:
    text = (
        "坚持“一年强基础、两年上台阶、三年大提升”，完成“十四五”目标，2025年实施“1269”行动计划和"
        "“八大标志性战役30个专项行动”，一手抓硬件、一手抓软件，省市县三级联动，推动一批项目落地。"
    )
    assert _codes(text) == []


def test_policy_names_hotlines_and_chemical_names_are_not_quantities() -> None:
    assert _codes("出台重大项目建设10条、支持环保产业发展10条等措施，拨打12369热线，治理PM2.5和NO2。") == []


def test_two_academician_teams_count_as_two() -> None:
    assert _codes("由两个院士团队分别领衔开展研究。") == [("count", 2.0)]


def test_a_threshold_before_the_figure_is_a_record_not_a_figure() -> None:
    (ind,), _ = extract_text(
        "好于Ⅱ类水体比例首次超过90%达到91.7%，同比上升4.6个百分点，跻身全国第三、中部第一。"
    )
    assert (ind.code, ind.value, ind.record) == ("better_than_class_ii_ratio", 91.7, ("首次超过",))
    assert ind.previous_value == 87.1
    assert [(r.scope, r.position) for r in ind.ranks] == [("全国", 3), ("中部", 1)]


def test_a_cover_phrase_ranks_both_preceding_figures() -> None:
    inds, _ = extract_text("PM2.5平均浓度27微克/立方米，空气优良天数比率95.5%，两项指标稳居中部第一。")
    assert [(i.code, [(r.scope, r.position) for r in i.ranks]) for i in inds] == [
        ("pm25_avg_concentration", [("中部", 1)]),
        ("good_air_days_ratio", [("中部", 1)]),
    ]


def test_respectively_lists_assign_codes_in_order() -> None:
    assert _codes("全省PM2.5、PM10平均浓度分别为31.6、50.1微克/立方米。") == [
        ("pm25_avg_concentration", 31.6),
        ("pm10_avg_concentration", 50.1),
    ]


def test_a_percent_change_implies_the_previous_value() -> None:
    (ind,), _ = extract_text("全省PM2.5平均浓度38.2微克/立方米，较2023年下降5.9%。")
    assert ind.change is not None and (ind.change.direction, ind.change.unit) == ("down", "percent")
    assert ind.previous_value == 40.6


def test_a_change_of_no_catalog_indicator_is_a_generic_change_item_with_no_value() -> None:
    (ind,), _ = extract_text("2024年，全国万元国内生产总值二氧化碳排放同比下降3.4%。")
    assert (ind.code, ind.value, ind.unit, ind.year, ind.region) == ("change", None, None, 2024, "全国")
    assert ind.change is not None and (ind.change.direction, ind.change.value) == ("down", 3.4)


def test_a_streak_with_no_figure_becomes_a_streak_indicator() -> None:
    (ind,), _ = extract_text("推动污染防治攻坚战成效考核连续4年获评优秀。")
    assert (ind.code, ind.streak_years, ind.subject) == ("streak", 4, "污染防治攻坚战成效考核")


def test_named_cities_and_the_nation_are_regions_and_stated_years_are_years() -> None:
    inds, _ = extract_text("2023年，南昌市PM2.5平均浓度为33微克/立方米；全国PM2.5平均浓度为29.3微克/立方米。")
    assert [(i.region, i.year) for i in inds] == [("南昌市", 2023), ("全国", 2023)]


def test_a_comparison_year_is_not_the_figures_year_but_dates_it_the_year_after() -> None:
    # the labelling convention: a passage whose only year is 比2023年 reports 2024
    (ind,), _ = extract_text("全省重污染天数比2023年减少5天，优良天数比率为65.3%。")
    assert ind.year == 2024


def test_money_converts_to_yuan_and_subject_takes_the_previous_clause() -> None:
    (ind,), _ = extract_text("稳步推进排污权储备交易试点，累计成交额3786万元。")
    assert (ind.code, ind.value_base, ind.unit_base) == ("trading_volume", 37_860_000.0, "yuan")
    assert ind.subject == "排污权储备交易累计成交额"


def test_traditional_text_is_read_after_normalisation() -> None:
    inds, _ = extract_text("全省PM2.5平均濃度27微克/立方米，空氣優良天數比率95.5%。")
    assert [i.code for i in inds] == ["pm25_avg_concentration", "good_air_days_ratio"]


def test_json_has_the_documented_keys_in_order_then_the_original_offsets() -> None:
    (ind,), _ = extract_text("空气优良天数比率为92.4%，同比上升2.1个百分点。")
    data = indicator_to_json(ind)
    assert list(data) == [
        "code",
        "subject",
        "value",
        "unit",
        "value_base",
        "unit_base",
        "year",
        "period",
        "region",
        "change",
        "previous_value",
        "ranks",
        "record",
        "streak_years",
        "quote",
        "start",
        "end",
        "q_no",
        "point_no",
        # beyond the list: where the quote sits in the page as captured (null outside parse)
        "original_start",
        "original_end",
    ]
    assert data["change"] == {"direction": "up", "value": 2.1, "unit": "percentage_point", "basis": "yoy"}


def _ranks(text: str) -> list[tuple[str | None, float | None]]:
    return [(i.region, i.value) for i in extract_text(text)[0] if i.unit == "rank"]


def test_a_list_from_the_bottom_without_positions_gives_no_ranks() -> None:
    text = "4月，74个城市空气质量相对较差的后5个城市，依次是甲市、乙市、丙市、丁市和戊市。"
    assert _ranks(text) == []


def test_written_positions_rank_a_list_even_from_the_bottom() -> None:
    text = (
        "按照综合指数评价，74个城市中空气质量相对较差的3位城市(从第74名到第72名)依次是甲市、乙市和丙市；"
        "相对较好的3位城市(从第1名到第3名)分别是丁市、戊市和己市。"
    )
    assert _ranks(text) == [
        ("甲市", 74.0),
        ("乙市", 73.0),
        ("丙市", 72.0),
        ("丁市", 1.0),
        ("戊市", 2.0),
        ("己市", 3.0),
    ]


def test_a_respectively_list_without_written_positions_is_not_ordered() -> None:
    assert _ranks("空气质量相对较好的城市分别是甲市、乙市和丙市。") == []
