"""Forms written for these tests (twenty-fourth round): counts whose noun the sentence leaves out
or puts after the number (people by the ten thousand with 名 or a noun for the people, places
counted as 城市 / 地市 / 地, a count whose noun came before), index values a PDF layer spaced
inside their brackets, and a superlative's place named in the clause before its value."""

from __future__ import annotations

from scrapers.extract import extract_text

Row = tuple[str, float | None, str | None, float | None]


def _counts(text: str) -> list[tuple[float | None, str | None, float | None]]:
    """(value, written unit, value in base units) of every generic count."""
    return [(i.value, i.unit, i.value_base) for i in extract_text(text)[0] if i.code == "count"]


def _regions(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(i.code, i.value, i.region) for i in extract_text(text)[0] if i.code != "count"]


def test_people_counted_with_ming_by_the_ten_thousand_are_a_count_of_persons() -> None:
    assert _counts("全省选聘3.5万名生态护林员。") == [(3.5, "万名", 35000.0)]


def test_people_counted_with_ming_and_yu_after_the_ten_thousand_are_a_count() -> None:
    assert _counts("累计抓获嫌疑人1.2万余名。") == [(1.2, "万名", 12000.0)]


def test_yu_before_the_ten_thousand_still_counts_the_people_named_after_it() -> None:
    assert _counts("动员20余万志愿者参与巡河护河。") == [(20.0, "万人", 200000.0)]


def test_a_qualifier_between_the_number_and_the_people_keeps_the_count() -> None:
    assert _counts("带动约45万建档立卡贫困人口增收。") == [(45.0, "万人", 450000.0)]


def test_a_count_of_people_whose_noun_is_only_ren_is_kept() -> None:
    assert _counts("今年共有15万人参与植树活动。") == [(15.0, "万人", 150000.0)]


def test_a_count_whose_noun_came_before_is_kept_with_its_clause_as_quote() -> None:
    found = [
        i for i in extract_text("全省已划定保护区的乡镇水源地中，目前共有231个。")[0] if i.code == "count"
    ]
    assert [(i.value, i.unit) for i in found] == [(231.0, "个")]
    assert found[0].quote == "目前共有231个"


def test_places_counted_as_cities_after_their_list_are_a_count() -> None:
    counts = _counts("东林、西岭、南川3城市出现轻度污染，其余8地市空气质量全月优良。")
    assert counts == [(3.0, "城市", 3.0), (8.0, "地市", 8.0)]


def test_places_counted_with_di_are_a_count_but_difang_is_no_measure_word() -> None:
    assert _counts("全省共有10地进入前列。") == [(10.0, "地", 10.0)]
    assert [c for c in _counts("出台5地方标准。") if c[1] == "地"] == []


def test_a_count_in_chinese_numerals_without_a_noun_is_still_no_figure() -> None:
    assert _counts("两项指标稳居中部第一。") == []


def test_index_values_spaced_inside_their_brackets_are_each_a_place_s_index() -> None:
    text = "综合指数较好的是东林县 ( 2.40 )、西岭县 ( 2.41 )、南川区(2.43)。"
    assert _regions(text) == [
        ("air_quality_composite_index", 2.4, "东林县"),
        ("air_quality_composite_index", 2.41, "西岭县"),
        ("air_quality_composite_index", 2.43, "南川区"),
    ]


def test_the_quote_of_a_listed_member_starts_at_its_place_not_at_the_bracket_before() -> None:
    found = extract_text("综合指数较好的是东林县(2.40)、西岭县(2.41)。")[0]
    assert [i.quote for i in found] == ["综合指数较好的是东林县(2.40", "西岭县(2.41"]


def test_a_superlative_with_its_scope_in_brackets_gives_the_index_of_its_place() -> None:
    text = "全市空气质量综合指数为4.12，最差的县(市、区)是西岭区，为5.20。"
    assert _regions(text) == [
        ("air_quality_composite_index", 4.12, "全市"),
        ("air_quality_composite_index", 5.2, "西岭区"),
    ]


def test_the_place_a_superlative_names_in_the_clause_before_is_its_value_s_region() -> None:
    text = "全市PM2.5浓度为31微克/立方米，最好的县是东林县，为25微克/立方米。"
    assert _regions(text) == [
        ("pm25_avg_concentration", 31.0, "全市"),
        ("pm25_avg_concentration", 25.0, "东林县"),
    ]


def test_a_count_s_noun_stops_before_the_pollutant_the_next_figure_names() -> None:
    found = [i for i in extract_text("全市有6个区县PM2.5浓度达标。")[0] if i.code == "count"]
    assert [(i.value, i.subject, i.quote) for i in found] == [(6.0, "区县", "6个区县")]
