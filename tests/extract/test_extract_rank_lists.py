"""Ranked lists written for these tests: how a list says its order, what it ranks, its ties and
its year."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text


def _ranks(text: str) -> list[tuple[str, str | None, float | None]]:
    return [(i.code, i.region, i.value) for i in extract_text(text)[0] if i.unit == "rank"]


def test_a_respectively_list_after_an_order_in_its_clause_is_ranked() -> None:
    text = "全省14个城市环境空气质量综合排名，由好到差分别为：东川、西岭、南桥。"
    assert _ranks(text) == [
        ("air_quality_rank", "东川", 1.0),
        ("air_quality_rank", "西岭", 2.0),
        ("air_quality_rank", "南桥", 3.0),
    ]


def test_a_respectively_list_of_members_in_brackets_is_not_ranked() -> None:
    text = (
        "在全国168个重点城市空气质量变化排名中，同比改善前20位城市该省占3个(分别为东川市、西岭市、南桥市)。"
    )
    assert _ranks(text) == []


def test_the_clause_saying_what_the_ranking_is_by_names_the_rank() -> None:
    text = (
        "其中，东川、西岭等14个城市的达标天数比例为100%，按照城市环境空气质量综合指数评价，"
        "空气质量相对较好的前3位城市依次是北桥、东川、西岭。"
    )
    assert [c for c, _, _ in _ranks(text)] == ["air_quality_rank"] * 3
    by_days = "按照AQI达标率由高到低排名，全省空气质量前三名依次为北桥、东川和西岭市。"
    assert [c for c, _, _ in _ranks(by_days)] == ["good_air_days_rank"] * 3


def test_ties_in_brackets_share_a_position_and_the_next_member_skips_past_them() -> None:
    text = "PM2.5浓度相对较好的前10位依次是：东川、西岭、南桥(北桥、中桥并列)、上桥(与南桥并列)、下桥。"
    assert [(r, v) for _, r, v in _ranks(text)] == [
        ("东川", 1.0),
        ("西岭", 2.0),
        ("南桥", 3.0),
        ("北桥", 3.0),
        ("中桥", 3.0),
        ("上桥", 3.0),
        ("下桥", 7.0),
    ]


def test_a_note_on_ties_after_the_list_ends_it() -> None:
    text = "按照AQI达标率排名，前三名为东川、西岭和南桥市(东川和西岭并列第一)，后三名为北桥、中桥和上桥市。"
    assert [r for _, r, _ in _ranks(text)] == ["东川", "西岭", "南桥市"]


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        ("全省11个设区市PM2.5平均浓度由低到高依次为：东川、西岭、南桥。", True),
        ("综合指数由小到大依次为：东川、西岭、南桥。", True),
        ("全省优良天数比例由低到高依次为：东川、西岭、南桥。", False),
        ("PM2.5平均浓度由高到低依次为：东川、西岭、南桥。", False),
    ],
)
def test_low_to_high_is_best_first_only_where_lower_is_better(text: str, ranked: bool) -> None:
    assert bool(_ranks(text)) is ranked


def test_positions_written_after_a_list_rank_it_but_from_the_bottom_they_do_not() -> None:
    text = (
        "4月，按空气质量综合指数排名，东川区、西岭区空气质量相对较差(倒数第1名至倒数第2名)，"
        "南桥、北桥和中桥相对较好(从第1名至第3名)；按PM2.5浓度排名，东川、西岭、南桥和北桥相对较好"
        "(从第1名至并列第3名)。"
    )
    assert _ranks(text) == [
        ("air_quality_rank", "南桥", 1.0),
        ("air_quality_rank", "北桥", 2.0),
        ("air_quality_rank", "中桥", 3.0),
        ("pm25_rank", "东川", 1.0),
        ("pm25_rank", "西岭", 2.0),
        ("pm25_rank", "南桥", 3.0),
        ("pm25_rank", "北桥", 3.0),
    ]


def test_a_list_takes_the_year_stated_earlier_in_its_own_sentence() -> None:
    text = "发布时间：2018-1-12\n1月10日省环保厅公布2017年12月全省城市环境空气质量综合排名，由好到差分别为：东川、西岭。"
    assert {i.year for i in extract_text(text)[0] if i.unit == "rank"} == {2017}


def test_the_clause_after_a_list_is_not_one_of_its_members() -> None:
    text = "综合指数最好的3个城市依次是：东川市、西岭市、南桥市，最差的(综合指数由大到小)3个城市依次是：北桥市、中桥市、上桥市。"
    assert [r for _, r, _ in _ranks(text)] == ["东川市", "西岭市", "南桥市"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在2022年全国168个重点城市中，东川空气质量位列第九。", ("air_quality_rank", "东川", 9.0)),
        ("西岭市空气质量排名全省第三。", ("air_quality_rank", "西岭市", 3.0)),
        ("南桥市空气质量在全省11个设区市中排名第3。", ("air_quality_rank", "南桥市", 3.0)),
        ("北桥生态文明指数全国第一。", ("eco_civilization_index_rank", "北桥", 1.0)),
    ],
)
def test_a_rank_whose_clause_names_what_is_ranked_and_holds_no_figure_is_an_item(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert _ranks(text) == [expected]


def test_a_rank_after_a_figure_with_no_subject_of_its_own_stays_the_figure_s() -> None:
    indicators, _ = extract_text("全省PM2.5平均浓度为30微克/立方米，改善幅度全国第5。")
    assert [(i.code, [r.position for r in i.ranks]) for i in indicators] == [("pm25_avg_concentration", [5])]


def test_a_tie_written_with_its_position_in_a_member_s_brackets_and_a_range_without_di() -> None:
    text = (
        "县级城市空气质量排名前十位的依次是：东川县、西岭市、南桥区(并列第2名)、北桥县；"
        "排名后十位(从58名到57名)的分别是中桥县、上桥县。"
    )
    assert [(r, v) for _, r, v in _ranks(text)] == [
        ("东川县", 1.0),
        ("西岭市", 2.0),
        ("南桥区", 2.0),
        ("北桥县", 4.0),
        ("中桥县", 58.0),
        ("上桥县", 57.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2月，168个重点城市中，东川、西岭和南桥市等20个城市空气质量相对较好(从第1名至第20名)。",
        "今年1月至4月，全省公布市辖区PM2.5浓度排名，其中，东川、西岭和南桥市排名前三位。",
        "1-4月，各街道PM2.5浓度排名前十的是：东川、西岭、南桥市等街道。",
    ],
)
def test_the_first_places_of_a_ranking_named_before_their_positions_or_with_more_to_come(text: str) -> None:
    assert [(r, v) for _, r, v in _ranks(text)] == [("东川", 1.0), ("西岭", 2.0), ("南桥市", 3.0)]


def test_values_in_brackets_after_ranked_places_are_the_changes_a_change_size_head_names() -> None:
    text = "PM2.5浓度同比改善幅度前三的城市依次为东川市（10.2%）、西岭市（8.1%）、南桥市（5.3%）。"
    indicators, _ = extract_text(text)
    changes = [
        (i.code, i.region, i.change.direction if i.change else None, i.change.value if i.change else None)
        for i in indicators
        if i.unit != "rank"
    ]
    assert changes == [
        ("pm25_avg_concentration", "东川市", "down", 10.2),
        ("pm25_avg_concentration", "西岭市", "down", 8.1),
        ("pm25_avg_concentration", "南桥市", "down", 5.3),
    ]
    assert _ranks(text) == [
        ("air_quality_improvement_rank", "东川市", 1.0),
        ("air_quality_improvement_rank", "西岭市", 2.0),
        ("air_quality_improvement_rank", "南桥市", 3.0),
    ]


def test_a_list_on_the_line_after_its_words_is_ranked() -> None:
    text = "按空气质量综合指数由小到大的顺序依次是:\n东川 、西岭、南桥。\n按PM2.5平均浓度由低至高的顺序依次是:\n西岭、东川、南桥。"
    assert _ranks(text) == [
        ("air_quality_rank", "东川", 1.0),
        ("air_quality_rank", "西岭", 2.0),
        ("air_quality_rank", "南桥", 3.0),
        ("pm25_rank", "西岭", 1.0),
        ("pm25_rank", "东川", 2.0),
        ("pm25_rank", "南桥", 3.0),
    ]


def test_places_whose_names_hold_he_are_one_member() -> None:
    text = "12盟市环境空气质量由好至差依次是：锡林郭勒盟、呼和浩特市、政和县和包头市。"
    assert [(r, v) for _, r, v in _ranks(text)] == [
        ("锡林郭勒盟", 1.0),
        ("呼和浩特市", 2.0),
        ("政和县", 3.0),
        ("包头市", 4.0),
    ]


def test_a_list_with_no_words_of_its_own_continues_the_ranking_before_it() -> None:
    text = (
        "9月，74个城市空气质量相对较好的前3位城市依次是：东川、西岭和南桥市。"
        "其中一级达标天数比例为54.8%。1-9月，前3位城市依次是：北桥、东川和西岭。"
    )
    assert [c for c, _, _ in _ranks(text)] == ["air_quality_rank"] * 6


def test_the_top_places_listed_after_respectively_are_ranked() -> None:
    text = "根据54个县(市、区)PM2.5月均浓度进行排名，前3名分别为：东川、西岭和南桥，后3名倒数分别为：北桥、中桥和上桥。"
    assert _ranks(text) == [
        ("pm25_rank", "东川", 1.0),
        ("pm25_rank", "西岭", 2.0),
        ("pm25_rank", "南桥", 3.0),
    ]


def test_a_list_of_the_best_after_a_list_of_the_worst_in_one_sentence_is_ranked() -> None:
    text = (
        "空气质量相对较差的前3位城市分别是甲州、乙州、丙州，空气质量相对较好的前3位城市是东川、西岭和南桥。"
    )
    assert [r for _, r, _ in _ranks(text)] == ["东川", "西岭", "南桥"]


@pytest.mark.parametrize(
    "text",
    [
        "本次通报显示，8月省内各市空气质量具体排名为：东川、西岭、南桥。",
        "全省空气质量居前三位的城市为东川、西岭和南桥市。",
        "按照环境空气综合质量指数排名，5月排名前三位为东川、西岭和南桥，后三位为北桥、中桥和上桥。",
    ],
)
def test_more_ways_a_ranked_list_is_introduced(text: str) -> None:
    assert [(r, v) for _, r, v in _ranks(text)][:3] == [
        ("东川", 1.0),
        ("西岭", 2.0),
        (_ranks(text)[2][1], 3.0),
    ]
    assert len(_ranks(text)) == 3


def test_a_tie_written_with_a_chinese_numeral_and_a_ranking_of_what_got_worse() -> None:
    assert [
        (r, v)
        for _, r, v in _ranks(
            "全省9个设区城市环境空气质量从优开始排名，依次为东川、西岭和南桥(并列第二名)、北桥。"
        )
    ] == [
        ("东川", 1.0),
        ("西岭", 2.0),
        ("南桥", 2.0),
        ("北桥", 4.0),
    ]
    assert _ranks("空气质量变差程度排名依次为东川、西岭、南桥。") == []


def test_a_spaced_headline_before_a_list_does_not_make_it_count_from_the_bottom() -> None:
    text = (
        "1月份空气质量排名\n省辖市东川空气最好 南桥空气最差\n"
        "城市排名方面，空气质量由好到差的城市依次为：东川、西岭、南桥。"
    )
    assert _ranks(text) == [
        ("air_quality_rank", "东川", 1.0),
        ("air_quality_rank", "西岭", 2.0),
        ("air_quality_rank", "南桥", 3.0),
    ]


def test_a_wrapped_line_of_running_text_is_still_joined_to_the_next() -> None:
    text = "全省城市细颗粒物平均浓度\n为35微克/立方米。"
    assert [(i.code, i.value) for i in extract_text(text)[0]] == [("pm25_avg_concentration", 35.0)]
