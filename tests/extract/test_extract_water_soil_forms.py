"""Forms written for these tests (eleventh round): what a share is of when the words around it
also name water (soil points, exceedance rates, a share of lake area or of people), days of grade
Ⅱ or better, aims that open a list, and the change of a level that is none."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text

Row = tuple[str, float | None, str | None, float | None, int | None]


def _rows(text: str) -> list[Row]:
    """(code, value, change direction, change value, year) of every figure but a generic count."""
    return [
        (
            i.code,
            i.value,
            i.change.direction if i.change else None,
            i.change.value if i.change else None,
            i.year,
        )
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("2015年，全市二级以上天数平均253天。", "good_air_days_count", 253.0),
        ("2015年，全市空气质量达到二级以上的天数为300天。", "good_air_days_count", 300.0),
        ("2015年，全市空气质量二级以上天数比例为85.2%。", "good_air_days_ratio", 85.2),
    ],
)
def test_days_of_grade_two_or_better_are_good_days(text: str, code: str, value: float) -> None:
    assert _rows(text) == [(code, value, None, None, 2015)]


def test_a_soil_compliance_rate_after_a_drinking_water_sentence_is_no_water_figure() -> None:
    text = (
        "2020年，全区12个集中式饮用水水源地水质达标率为81%。"
        "全区土壤国控监测点位总体达标率为98.1%，农用地土壤安全利用率在99%以上，"
        "重点建设用地土壤安全利用率达到100%。"
    )
    assert _rows(text) == [
        ("drinking_water_source_compliance_ratio", 81.0, None, None, 2020),
        ("share", 98.1, None, None, 2020),
        ("contaminated_farmland_safe_use_ratio", 99.0, None, None, 2020),
        ("contaminated_land_safe_use_ratio", 100.0, None, None, 2020),
    ]


def test_an_aim_followed_by_a_colon_makes_the_rest_of_its_sentence_targets() -> None:
    text = (
        "2016年全市环保工作的主要目标是：与2015年相比，PM2.5、PM10年均浓度分别下降3%、4%，"
        "空气质量优良天数比例达75%；地表水优良水体断面比例达到45%以上。"
    )
    assert _rows(text) == []


def test_a_measurement_after_an_aim_without_a_colon_or_in_the_next_sentence_stays() -> None:
    assert _rows("2016年的目标是PM2.5平均浓度下降3%，实际全年优良天数比例为75%。") == [
        ("good_air_days_ratio", 75.0, None, None, 2016)
    ]
    assert _rows("年度目标为：PM2.5平均浓度下降3%。2016年全年优良天数比例为75%。") == [
        ("good_air_days_ratio", 75.0, None, None, 2016)
    ]


def test_a_share_of_people_or_land_named_after_it_is_a_plain_share() -> None:
    text = "全国约有70%的人口以地下水为主要饮用水源，40%的耕地使用地下水灌溉。"
    assert [(code, value) for code, value, *_ in _rows(text)] == [("share", 70.0), ("share", 40.0)]


def test_exceedance_rates_and_a_share_of_lake_area_are_no_good_water_shares() -> None:
    text = (
        "超Ⅲ类水质断面主要污染指标为化学需氧量、总磷，断面超标率分别为4.2%、3.5%。"
        "该区域湖泊面积为1平方公里以上的约有360个，总面积约占全国湖泊面积的12%。"
    )
    assert [(code, value) for code, value, *_ in _rows(text) if code not in ("area",)] == [
        ("share", 4.2),
        ("share", 3.5),
        ("share", 12.0),
    ]


def test_the_change_of_a_level_that_is_none_is_not_given_to_a_later_level() -> None:
    text = (
        "全省断面水质优良比例为92.2%，同比上升4.1个百分点；无劣Ⅴ类断面，同比下降0.5个百分点。\n"
        "省控河流水质优良比例为93.0%，劣Ⅴ类断面比例为0.7%。"
    )
    assert _rows(text) == [
        ("surface_water_good_ratio", 92.2, "up", 4.1, None),
        ("worse_than_class_v_ratio", None, "down", 0.5, None),
        ("surface_water_good_ratio", 93.0, None, None, None),
        ("worse_than_class_v_ratio", 0.7, None, None, None),
    ]
