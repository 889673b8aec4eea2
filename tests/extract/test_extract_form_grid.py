"""The standard bulletin sentence, written every way a bulletin writes it: each subject phrase of a
catalog indicator in each frame (为 / 达 / no verb / a colon; the change after, before with 至, in
brackets; 较上年 / 与上年相比 / 比2023年), after each kind of place, in Simplified and converted
Traditional. Expected values follow from how each sentence is built, not from the extractor."""

from __future__ import annotations

import itertools
from functools import cache

import opencc
import pytest

from scrapers.extract.real_eval import predict

SUBJECTS = {
    "pm25_avg_concentration": ["PM2.5平均浓度", "细颗粒物(PM2.5)年均浓度", "PM2.5浓度均值"],
    "pm10_avg_concentration": ["可吸入颗粒物(PM10)平均浓度", "PM10年均浓度"],
    "o3_avg_concentration": ["臭氧日最大8小时平均浓度第90百分位数", "O3浓度"],
    "no2_avg_concentration": ["二氧化氮平均浓度"],
    "so2_avg_concentration": ["SO2年均浓度"],
    "good_air_days_ratio": ["空气质量优良天数比例", "环境空气质量优良率", "优良天数比率"],
    "heavy_pollution_days_ratio": ["重度及以上污染天数比例"],
    "surface_water_good_ratio": ["地表水国考断面水质优良比例", "地表水优良比例", "Ⅰ~Ⅲ类水质断面比例"],
    "worse_than_class_v_ratio": ["劣Ⅴ类水体比例", "劣V类断面比例"],
    "coastal_water_good_ratio": ["近岸海域水质优良比例", "近岸海域一、二类海水比例"],
    "drinking_water_source_compliance_ratio": ["集中式饮用水水源地水质达标率"],
    "lake_reservoir_good_ratio": ["重点湖库水质优良比例"],
    "forest_coverage": ["森林覆盖率"],
    "contaminated_farmland_safe_use_ratio": ["受污染耕地安全利用率"],
}
# {p} place, {s} subject, {v} value, {u} unit. Concentrations fall 3.6%, shares rise 1.2 points.
CONCENTRATION_FRAMES = [
    "{p}{s}为{v}{u}，同比下降3.6%。",
    "{p}{s}{v}{u}，较去年同期下降3.6%。",
    "{p}{s}同比下降3.6%，降至{v}{u}。",
    "{p}{s}同比下降3.6%至{v}{u}。",
    "{p}{s}为{v}{u}（同比下降3.6%）。",
    "{p}{s}：{v}{u}，同比改善3.6%。",
    "{p}{s}为{v}{u}，与上年相比降幅为3.6%。",
    "{p}{s}为{v}μg/m3，比2023年下降3.6%，居全国第三。",
]
SHARE_FRAMES = [
    "{p}{s}为{v}%，同比上升1.2个百分点。",
    "{p}{s}{v}%，较上年提高1.2个百分点。",
    "{p}{s}同比上升1.2个百分点，达到{v}%。",
    "{p}{s}同比上升1.2个百分点至{v}%。",
    "{p}{s}同比上升1.2个百分点，至{v}%。",
    "{p}{s}为{v}%（同比上升1.2个百分点）。",
    "{p}{s}：{v}%，与上年同期相比上升1.2个百分点。",
    "{p}{s}达{v}%，比2023年增加1.2个百分点，创有监测记录以来最好水平。",
]
PLACES = [
    "2024年，全省",
    "1-6月，甲市",
    "",
    "其中，",
    "河北省",
    "湖南省",
    "芜湖市",
    "黄河流域",
    "全国339个地级及以上城市",
]
SCRIPTS = ["s2t", "s2hk", None]


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _cases(frames: list[str], concentration: bool) -> list[tuple[str, str]]:
    """(code, sentence) for every subject in every frame; place and script taken in turn."""
    codes = [c for c in SUBJECTS if c.endswith("concentration") == concentration]
    out = []
    pairs = [(code, s) for code in codes for s in SUBJECTS[code]]
    for n, ((code, subject), frame) in enumerate(itertools.product(pairs, frames)):
        unit, value = ("微克/立方米", "27") if concentration else ("%", "85.5")
        text = frame.format(p=PLACES[n % len(PLACES)], s=subject, v=value, u=unit)
        script = SCRIPTS[n % len(SCRIPTS)]
        out.append((code, _converter(script).convert(text) if script else text))
    return out


def _found(code: str, text: str, value: float, direction: str, change: float) -> bool:
    return any(
        p["code"] == code
        and p["value"] == value
        and p["change"] is not None
        and (p["change"]["direction"], p["change"]["value"]) == (direction, change)
        for p in predict(text)
    )


@pytest.mark.parametrize("frame", CONCENTRATION_FRAMES)
def test_every_concentration_subject_in_this_frame_gives_its_code_level_and_change(frame: str) -> None:
    missed = [text for code, text in _cases([frame], True) if not _found(code, text, 27.0, "down", 3.6)]
    assert missed == []


@pytest.mark.parametrize("frame", SHARE_FRAMES)
def test_every_share_subject_in_this_frame_gives_its_code_level_and_change(frame: str) -> None:
    missed = [text for code, text in _cases([frame], False) if not _found(code, text, 85.5, "up", 1.2)]
    assert missed == []


def _items(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(p["code"], p["value"], p["previous_value"]) for p in predict(text)]


@pytest.mark.parametrize("place", ["河北省", "湖北省", "芜湖市", "河源市", "黄河流域"])
def test_a_lake_or_river_in_a_place_name_does_not_make_an_air_figure_water(place: str) -> None:
    assert _items(f"{place}空气质量优良天数比例为80.1%。") == [("good_air_days_ratio", 80.1, None)]


def test_a_water_word_still_vetoes_the_air_code_when_no_air_word_is_written() -> None:
    assert _items("全省地表水优良比例为85.5%。") == [("surface_water_good_ratio", 85.5, None)]


def test_the_figure_reached_from_an_earlier_time_in_words_is_the_level() -> None:
    assert _items("全市PM2.5浓度从去年的45微克/立方米降至38微克/立方米。")[0] == (
        "pm25_avg_concentration",
        38.0,
        45.0,
    )
    assert _items("劣Ⅴ类断面比例从5.2%降为1.1%。") == [("worse_than_class_v_ratio", 1.1, 5.2)]
    assert _items("劣Ⅴ类水质断面已从年初的58个降至23个。") == [("worse_than_class_v_count", 23.0, 58.0)]


def test_from_before_a_number_without_a_verb_of_arriving_gives_no_previous_value() -> None:
    assert _items("从5个方面推进治理，优良天数比例为85.1%。") == [
        ("count", 5.0, None),
        ("good_air_days_ratio", 85.1, None),
    ]


def test_what_meets_a_target_is_counted_not_aimed_at() -> None:
    assert _items("达到水质目标要求的断面比例为92.3%。")[0][1] == 92.3
    assert _items("满足水域功能目标的 4503 个断面。") == [("count", 4503.0, None)]
    assert _items("力争达到目标要求的断面比例为95%。") == []


def test_a_range_written_with_its_unit_twice_is_still_a_range() -> None:
    assert _items("各市优良天数比例在85.1%至95.2%之间。") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("甲市综合指数4.258，同比下降3.1%。", [4.258]),
        ("全省综合指数平均2.86，同比上升3.2%。", [2.86]),
        ("两市综合指数分别为4.35和5.20。", [4.35, 5.2]),
        ("全市空气质量综合指数首次进入“4+”，达到4.60。", [4.6]),
        ("本市綜合指數2。96，同比下降13。7%。", [2.96]),
        ("除甲市(6.478)外各市综合指数均在5.5以内。", [6.478]),
        ("甲市综合指数为3.12，乙市为3.45。", [3.12, 3.45]),
        ("综合指数由低到高依次为甲市3.12、乙市3.45、丙市3.67。", [3.12, 3.45, 3.67]),
        ("綜合指數由低到高依次為甲市3.12、乙市3.45。", [3.12, 3.45]),
        ("甲市以3.12的综合指数位列第一。", [3.12]),
    ],
)
def test_an_index_value_is_read_without_a_verb_in_lists_and_with_a_full_stop_for_its_point(
    text: str, values: list[float]
) -> None:
    assert [p["value"] for p in predict(text) if p["code"] == "air_quality_composite_index"] == values


def test_an_index_never_takes_a_ranking_or_the_next_sentence_s_year() -> None:
    assert [(p["code"], p["value"]) for p in predict("甲市综合指数排名第3。")] == [("air_quality_rank", 3.0)]
    assert [p["value"] for p in predict("全市综合指数为4。2023年以来持续改善。")] == [4.0]


def test_counts_with_a_multiplier_and_seats_are_counts() -> None:
    assert [(p["value"], p["unit"]) for p in predict("环境行政处罚决定书13.28万份。")] == [(13.28, "万份")]
    assert (5.0, "席") in [(p["value"], p["unit"]) for p in predict("前20位城市中本省占5席。")]


def test_a_percentage_written_in_chinese_numerals_is_read() -> None:
    assert _items("森林覆盖率达到百分之六十三点一。") == [("forest_coverage", 63.1, None)]


def _changes(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    return [
        (p["code"], p["value"], (p["change"] or {}).get("direction"), (p["change"] or {}).get("value"))
        for p in predict(text)
    ]


def test_a_list_of_changes_with_its_own_verbs_and_a_flat_member_keeps_every_member_in_place() -> None:
    text = (
        "全省PM2.5、PM10、O3、NO2、SO2平均浓度分别为27、45、140、20、8微克/立方米，"
        "同比分别下降3.6%、持平、上升1.4%、下降5.0%、2.2%。"
    )
    assert _changes(text) == [
        ("pm25_avg_concentration", 27.0, "down", 3.6),
        ("pm10_avg_concentration", 45.0, "flat", 0.0),
        ("o3_avg_concentration", 140.0, "up", 1.4),
        ("no2_avg_concentration", 20.0, "down", 5.0),
        ("so2_avg_concentration", 8.0, "down", 2.2),
    ]


def test_a_list_of_changes_ending_flat_gives_the_last_figure_no_rise_or_fall() -> None:
    text = "全省PM2.5、PM10、O3平均浓度分别为27、45、140微克/立方米，同比分别下降3.6%、2.2%、持平。"
    assert _changes(text)[2] == ("o3_avg_concentration", 140.0, "flat", 0.0)


def test_a_bare_good_share_under_a_water_heading_is_that_water_s() -> None:
    text = "三、地表水环境质量\n2024年，全省总体水质为优，优良比例为85.5%，同比上升1.2个百分点。"
    assert _changes(text) == [("surface_water_good_ratio", 85.5, "up", 1.2)]


def test_a_bare_good_share_after_air_shares_stays_air_though_water_was_named_before() -> None:
    text = (
        "去年全省环境空气质量、地表水水质均有提升。全省空气质量优良天数比例达73.4%。"
        "甲市达标比例最高，为92.9%。"
    )
    assert [c for c, *_ in _changes(text)] == ["good_air_days_ratio", "good_air_days_ratio"]


@pytest.mark.parametrize("unit", ["μg·m-3", "μg·m⁻³", "µg·m-3", "μg•m^-3"])
def test_a_concentration_unit_written_with_a_raised_minus_is_read(unit: str) -> None:
    assert _changes(f"全省PM2.5平均浓度为27{unit}，同比下降3.6%。") == [
        ("pm25_avg_concentration", 27.0, "down", 3.6)
    ]


def test_a_concentration_written_before_its_subject_after_yi_is_that_subject_s() -> None:
    assert _changes("甲市以22微克/立方米的PM2.5平均浓度位列全省第一。")[0] == (
        "pm25_avg_concentration",
        22.0,
        None,
        None,
    )


def test_values_in_brackets_after_their_places_take_the_indicator_named_before_the_list() -> None:
    text = "PM2.5浓度最低的前3个城市为：甲市（22微克/立方米）、乙市（23微克/立方米）；其中丙县（18微克/立方米）最低。"
    found = [(p["code"], p["value"], p["region"]) for p in predict(text) if p["code"] != "count"]
    assert found == [
        ("pm25_avg_concentration", 22.0, "甲市"),
        ("pm25_avg_concentration", 23.0, "乙市"),
        ("pm25_avg_concentration", 18.0, "丙县"),
    ]


@pytest.mark.parametrize("verb", ["是", "依次是", "为", "依次为"])
def test_the_first_place_right_after_the_verb_takes_the_indicator_named_before_the_list(verb: str) -> None:
    text = f"全省优良天数比例最高的三个城市{verb}甲市（98.1%）、乙市（97.5%）和丙市（96.9%）。"
    found = [(p["code"], p["value"], p["region"]) for p in predict(text) if p["code"] != "count"]
    assert [row for row in found if not row[0].endswith("_rank")] == [
        ("good_air_days_ratio", 98.1, "甲市"),
        ("good_air_days_ratio", 97.5, "乙市"),
        ("good_air_days_ratio", 96.9, "丙市"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全市综合指数同比下降3.1%，为4.12。", 4.12),
        ("综合指数降至4.12。", 4.12),
        ("综合指数由4.50下降至4.12。", 4.12),
    ],
)
def test_an_index_value_reached_or_stated_after_its_change_is_read(text: str, value: float) -> None:
    assert [p["value"] for p in predict(text) if p["code"] == "air_quality_composite_index"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "全省水质优良断面112个，占85.5%。",
        "国考断面中，达到或好于Ⅲ类的断面有112个。",
        "全省河流水质优良断面有112个。",
    ],
)
def test_a_count_of_good_sections_is_the_good_sections_count(text: str) -> None:
    assert ("surface_water_good_count", 112.0, None) in _items(text)


def test_the_count_a_figure_fell_from_is_no_figure_of_its_own() -> None:
    assert _items("劣Ⅴ类断面由5个减少至3个。") == [("worse_than_class_v_count", 3.0, 5.0)]


def test_a_count_of_rivers_meeting_class_three_is_not_a_count_of_sections() -> None:
    assert [c for c, *_ in _items("全市8条河流达到或优于Ⅲ类标准。")] == ["count"]


@pytest.mark.parametrize(
    ("change", "direction"),
    [
        ("同比-3.6%", "down"),
        ("同比变化-3.6%", "down"),
        ("同比变化率为-3.6%", "down"),
        ("较上年同期+3.6%", "up"),
    ],
)
def test_a_change_written_with_its_sign_and_no_verb_is_a_change(change: str, direction: str) -> None:
    assert _changes(f"2024年，全省PM2.5平均浓度为27微克/立方米，{change}。") == [
        ("pm25_avg_concentration", 27.0, direction, 3.6)
    ]


def test_points_written_as_ge_bai_fen_bi_are_points() -> None:
    found = predict("全省空气质量优良天数比例为85.5%，同比增加1.2个百分比。")
    assert [(p["value"], p["change"]["unit"]) for p in found if p["change"]] == [(85.5, "percentage_point")]


def test_points_on_a_concentration_with_no_share_in_the_sentence_stay_as_written() -> None:
    found = predict("全省PM2.5平均浓度为27微克/立方米，同比下降3.6个百分点。")
    assert [(p["code"], p["change"]["unit"]) for p in found] == [
        ("pm25_avg_concentration", "percentage_point")
    ]


def test_points_after_a_concentration_and_a_share_go_to_the_share() -> None:
    text = "全省PM2.5平均浓度为27微克/立方米，优良天数比例为85.5%，同比上升1.2个百分点。"
    assert [(c, v, d) for c, v, d, _ in _changes(text)] == [
        ("pm25_avg_concentration", 27.0, None),
        ("good_air_days_ratio", 85.5, "up"),
    ]


def test_the_place_named_first_with_the_largest_fall_has_that_change() -> None:
    text = "上半年，全省PM2.5浓度同比下降3.6%，其中，甲市降幅最大，为10.2%。"
    assert [(p["region"], p["change"]["value"]) for p in predict(text)] == [("全省", 3.6), ("甲市", 10.2)]


def test_a_place_and_its_value_after_qi_zhong_is_the_lead_figure_s_indicator_there() -> None:
    found = predict("全省优良天数比例为85.5%，其中甲市95.1%、乙市90.2%。")
    assert [(p["code"], p["value"], p["region"]) for p in found] == [
        ("good_air_days_ratio", 85.5, "全省"),
        ("good_air_days_ratio", 95.1, "甲市"),
        ("good_air_days_ratio", 90.2, "乙市"),
    ]


def test_a_paragraph_printed_twice_gives_its_figures_once() -> None:
    paragraph = (
        "2024年，全省PM2.5、PM10平均浓度同比分别下降3.6%、2.2%。"
        "全省地表水国考断面水质优良比例为85.5%，同比上升1.2个百分点。"
    )
    once = _changes(paragraph)
    assert _changes(paragraph + "\n" + paragraph) == once
    assert len(once) == 3


def test_a_table_whose_cells_only_spaces_keep_apart_is_read_by_its_header() -> None:
    text = "排名 城市 综合指数 首要污染物\n1 甲市 3.12 O3\n2 乙市 3.25 PM2.5\n3 丙市 3.40 PM2.5\n"
    assert [(p["code"], p["value"], p["region"]) for p in predict(text)] == [
        ("air_quality_composite_index", 3.12, "甲市"),
        ("air_quality_composite_index", 3.25, "乙市"),
        ("air_quality_composite_index", 3.4, "丙市"),
    ]


def test_a_pdf_line_of_prose_with_spaces_is_still_joined_to_the_next() -> None:
    text = "全市 PM 2.5 浓度为\n42μg/m3，全市 20 个区县排名第 6。"
    assert next((p["code"], p["value"]) for p in predict(text)) == ("pm25_avg_concentration", 42.0)


def test_days_of_heavy_or_worse_pollution_written_before_the_count_are_heavy_pollution_days() -> None:
    assert _items("全省共出现重度及以上污染3天，同比减少2天。") == [("heavy_pollution_days_count", 3.0, 5.0)]


@pytest.mark.parametrize(
    "text",
    [
        "全國PM2.5年平均值為13.4 μg/m3，已達到15 μg/m3的空氣品質標準。",
        "世界卫生组织的PM2.5年均浓度指导值为5微克/立方米，全省为13.4微克/立方米。",
        "当PM2.5浓度大于75微克/立方米时，启动预警；全省平均浓度为13.4微克/立方米。",
        "PM2.5日均浓度超过75微克/立方米即为超标，全省平均浓度为13.4微克/立方米。",
        "全省PM2.5平均浓度为13.4微克/立方米，日均浓度最高值为150微克/立方米。",
        "全省PM2.5平均浓度为13.4微克/立方米，小时浓度峰值达500微克/立方米。",
    ],
)
def test_a_standard_a_guideline_a_condition_or_a_peak_is_not_the_average(text: str) -> None:
    assert [p["value"] for p in predict(text) if p["code"] == "pm25_avg_concentration"] == [13.4]


def test_the_ozone_daily_maximum_eight_hour_average_is_still_the_ozone_figure() -> None:
    assert _items("全省臭氧日最大8小时平均浓度第90百分位数为140微克/立方米。") == [
        ("o3_avg_concentration", 140.0, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "优良天数比例达到80%以上的城市有10个。",
        "各市优良天数比例介于70.1%和95.2%之间。",
        "各市优良天数比例在70.1%至95.2%之间。",
    ],
)
def test_a_bound_that_defines_a_group_or_the_ends_of_a_range_are_no_figures(text: str) -> None:
    assert [p for p in predict(text) if p["code"] == "good_air_days_ratio"] == []


def test_a_bound_stated_as_the_level_reached_is_still_a_figure() -> None:
    assert _items("全省受污染耕地安全利用率达到93%以上。") == [
        ("contaminated_farmland_safe_use_ratio", 93.0, None)
    ]


def test_every_member_of_a_long_list_of_places_and_index_values_is_an_index_value() -> None:
    members = "、".join(
        f"{place}市（{value / 100:.2f}）"
        for place, value in zip("甲乙丙丁戊己庚辛壬", range(271, 280), strict=True)
    )
    text = f"综合指数相对较好的城市依次是：{members}和癸市（3.20）。"
    found = [(p["value"], p["region"]) for p in predict(text) if p["code"] == "air_quality_composite_index"]
    assert len(found) == 10
    assert found[-1] == (3.2, "癸市")


@pytest.mark.parametrize("cls", ["劣Ⅴ类", "劣V类", "劣五类", "劣5类", "劣v类"])
def test_every_spelling_of_worse_than_class_five_is_that_share(cls: str) -> None:
    assert _items(f"全省{cls}水质断面比例为1.5%。") == [("worse_than_class_v_ratio", 1.5, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全省PM2.5平均浓度为27微克/立方米（↓3.6%）。", ("pm25_avg_concentration", 27.0, "down", 3.6)),
        ("全省优良天数比例为85.5%（↑1.2个百分点）。", ("good_air_days_ratio", 85.5, "up", 1.2)),
        ("全省PM2.5平均浓度27微克/立方米，同比下降↓3.6%。", ("pm25_avg_concentration", 27.0, "down", 3.6)),
    ],
)
def test_an_arrow_before_a_change_gives_its_direction(
    text: str, expected: tuple[str, float, str, float]
) -> None:
    assert _changes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("综合指数由低到高依次为：甲市3.12、乙市3.25、丙市3.40。", ["甲市", "乙市", "丙市"]),
        ("综合指数最低的是甲市，为3.12，最高的是乙市，为5.20。", ["甲市", "乙市"]),
        ("各市综合指数中，甲市为3.12，乙市3.25。", ["甲市", "乙市"]),
    ],
)
def test_index_values_after_their_places_are_each_place_s(text: str, places: list[str]) -> None:
    assert [p["region"] for p in predict(text) if p["code"] == "air_quality_composite_index"] == places


def test_a_unitless_number_after_an_index_and_a_concentration_is_not_an_index() -> None:
    text = "全省综合指数为4.12，PM2.5平均浓度为30微克/立方米，甲市为25微克/立方米。"
    assert [p["value"] for p in predict(text) if p["code"] == "air_quality_composite_index"] == [4.12]


@pytest.mark.parametrize(
    "text",
    [
        "全省PM2.5平均浓度为30微克/立方米，较2015年下降35.2%，较上年下降3.2%。",
        "全省PM2.5平均浓度为30微克/立方米，较上年下降3.2%，较2015年下降35.2%。",
        "全省PM2.5平均浓度为30微克/立方米，比2015年下降35.2%，同比下降3.2%。",
    ],
)
def test_an_older_year_compared_beside_the_year_before_is_not_the_year_before(text: str) -> None:
    (item,) = predict(text)
    assert (item["year"], item["change"]["value"]) == (None, 3.2)


@pytest.mark.parametrize(
    "text",
    [
        "全省森林覆盖率已从20世纪80年代的18.3%提高至45.12%。",
        "全省森林覆盖率从“十三五”末的18.3%提高到45.12%。",
        "全省森林覆盖率从十年前的18.3%提高到45.12%。",
    ],
)
def test_the_value_of_an_era_or_plan_period_a_figure_rose_from_is_its_previous_value(text: str) -> None:
    assert [(p["value"], p["previous_value"]) for p in predict(text)] == [(45.12, 18.3)]


def test_a_share_of_the_noun_written_after_it_is_no_figure_of_the_sentence_before() -> None:
    text = "全省森林覆盖率达45.12%，约80%的珍稀植物群落、75%的鸟类种群已纳入保护范围。"
    assert [(p["code"], p["value"]) for p in predict(text)] == [
        ("forest_coverage", 45.12),
        ("share", 80.0),
        ("share", 75.0),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "若以悬浮微粒(PM10)观察，同样以甲州县44.2μg/m3最高，其次依序为乙州县39.6μg/m3。",
        "以PM10来看，甲州县44.2μg/m3最高，其次为乙州县39.6μg/m3。",
    ],
)
def test_the_next_place_of_a_ranking_takes_the_indicator_of_the_first(text: str) -> None:
    assert [(p["code"], p["value"]) for p in predict(text)] == [
        ("pm10_avg_concentration", 44.2),
        ("pm10_avg_concentration", 39.6),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "全省PM10平均浓度为45μg/m3，但皆在环境部所订PM10年平均值50μg/m3以下。",
        "全省PM10平均浓度为45μg/m3，低于国家规定的70微克/立方米。",
        "全省PM10平均浓度为45μg/m3，优于国家二级标准70微克/立方米。",
    ],
)
def test_a_value_someone_set_is_a_standard_not_a_figure(text: str) -> None:
    assert [p["value"] for p in predict(text)] == [45.0]


def test_days_of_one_grade_and_the_margin_over_a_target_are_not_good_days() -> None:
    text = (
        "全县空气质量优良天数已达331天(优41天,良290天)，超额完成目标任务(325天)6天。"
        "7月，全县优良天数为28天，其中11天为优、17天为良。"
    )
    assert [(p["code"], p["value"]) for p in predict(text) if p["code"] != "days"] == [
        ("good_air_days_count", 331.0),
        ("good_air_days_count", 28.0),
    ]


def test_a_particle_concentration_written_without_its_unit_is_read_in_micrograms() -> None:
    text = "甲市空气质量指标为：综合指数2.08，PM2.5为14，PM10为26。PM2.5为首要污染物。"
    assert [(p["code"], p["value"], p["unit_base"]) for p in predict(text)] == [
        ("air_quality_composite_index", 2.08, "index"),
        ("pm25_avg_concentration", 14.0, "ug/m3"),
        ("pm10_avg_concentration", 26.0, "ug/m3"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年4月，市区环境空气质量指数(AQI)优良达标率为100%，较去年同期上升了3.3个百分点。",
            "good_air_days_ratio",
        ),
        (
            "甲县集中式饮用水水源地水质达标率保持100%。全年空气质量优良天数345天，达标率为94.52%。",
            "good_air_days_ratio",
        ),
        ("1月，甲区空气达标天数比例为100%，其中一级达标天数比例为48.4%。", "share"),
        ("臭氧(O3)：11月份日最大8小时平均值第90百分位数浓度平均为70μg/m3。", "o3_avg_concentration"),
        (
            "饮用水源地中甲水源地62项指标均符合表1地表水环境质量标准基本项目Ⅲ类标准限值，水质达标率为100%。",
            "drinking_water_source_compliance_ratio",
        ),
        (
            "近岸海域\n44个监测站位中，一类、二类海水比例为81.8%，同比下降4.6个百分点。",
            "coastal_water_good_ratio",
        ),
        ("二氧化硫、氨氮和挥发性有机物的减排比例分别为3.1%、2.6%和4.4%。", "share"),
    ],
)
def test_the_words_of_the_figure_s_own_sentence_decide_its_code(text: str, expected: str) -> None:
    assert predict(text)[-1]["code"] == expected


@pytest.mark.parametrize(("verb", "direction"), [("变好", "down"), ("变差", "up")])
def test_getting_better_or_worse_on_a_concentration_is_a_fall_or_a_rise(verb: str, direction: str) -> None:
    (item,) = predict(f"一季度，全县PM2.5平均浓度46微克/立方米，同比{verb}11.5%。")
    assert (item["change"]["direction"], item["change"]["value"]) == (direction, 11.5)


def test_a_share_whose_percent_sign_the_page_lost_is_still_a_share() -> None:
    text = "第三季度，北京市达标天数比例为54.3，出现重度污染3天；上海市达标天数比例为73.9，未出现重度污染。"
    assert [(p["code"], p["value"], p["unit"]) for p in predict(text) if p["unit"] == "%"] == [
        ("good_air_days_ratio", 54.3, "%"),
        ("good_air_days_ratio", 73.9, "%"),
    ]


def test_this_year_after_a_dateline_dates_the_paragraphs_that_follow() -> None:
    text = (
        "发布时间:2024-10-08 09:30:00\n本报讯，甲湖透明度由2022年的1.5米升到2023年的1.9米。\n"
        "今年1至8月，湖体水质为“优”。\n此外，1至8月，全州空气质量优良天数比例为97.5%。"
    )
    assert [(p["code"], p["year"]) for p in predict(text) if p["code"] == "good_air_days_ratio"] == [
        ("good_air_days_ratio", 2024)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "《公报》显示，水质达到或优于Ⅲ类标准的省控断面占72.9%。\n根据221个省控监测断面统计，全省水质达到或优于Ⅲ类标准的断面占72.9%，同比上升9.1个百分点。",
        "全县县级饮用水水源地全年水质达标率为100%。\n监测结果显示，县级饮用水水源地全年水质达标率为100%。",
    ],
)
def test_a_figure_said_again_in_a_later_paragraph_with_the_network_or_area_word_dropped_is_one(
    text: str,
) -> None:
    assert len([p for p in predict(text) if p["code"] != "count"]) == 1


def test_toneless_pinyin_typed_with_v_for_u_umlaut_is_removed() -> None:
    text = "2023年5月,甲(jia)省城市空氣質量(liang)達標率(lv)為81.6%,較(jiao)去年同期下(xia)降(jiang)2.4個百(bai)分(fen)點(dian)"
    (item,) = predict(text)
    assert (item["code"], item["value"], item["change"]["value"]) == ("good_air_days_ratio", 81.6, 2.4)


def test_shares_of_light_and_moderate_pollution_days_are_no_catalog_share() -> None:
    text = (
        "东、西、南、北4个城市空气质量达标天数比例分别为91.2%、70.5%、66.1%、95.3%；"
        "轻度污染天数比例分别为8.8%、21.4%、30.3%、4.7%；西市中度、重度污染天数比例均为2.9%。"
    )
    assert [p["code"] for p in predict(text) if p["unit"] == "%"] == ["good_air_days_ratio"] * 4 + [
        "share"
    ] * 5


def test_the_other_cities_of_a_count_take_the_share_of_the_clause_before() -> None:
    text = "甲州、乙州空气质量达标天数比例均为96.4%，其他8个非重点城市均为100%。"
    assert [(p["code"], p["value"]) for p in predict(text) if p["unit"] == "%"] == [
        ("good_air_days_ratio", 96.4),  # 甲州's and 乙州's: listed places at one value, one figure each
        ("good_air_days_ratio", 96.4),
        ("good_air_days_ratio", 100.0),
    ]


def test_the_same_change_of_two_named_regions_is_two_statements() -> None:
    text = (
        "长三角地区41个城市上半年平均优良天数比例为73.6%；PM2.5浓度同比上升4.8%。\n"
        "汾渭平原11个城市1至6月平均优良天数比例为54.4%；PM2.5浓度同比上升4.8%。"
    )
    changes = [p["region"] for p in predict(text) if p["value"] is None]
    assert changes == ["长三角地区", "汾渭平原"]


def test_a_later_change_of_a_period_goes_to_that_period_s_figure_not_the_last_month_s() -> None:
    text = (
        "今年一季度，甲市市区空气质量优良率达到72.2%。\n3月，优良率为74.2%，与去年相比，优良率提高12.9个百分点。\n"
        "综合一季度甲市市区的空气质量，与去年相比，优良率提高了11.1%。"
    )
    got = [(p["value"], p["change"]["value"] if p["change"] else None) for p in predict(text)]
    assert got == [(72.2, 11.1), (74.2, 12.9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全省地表水水质Ⅰ—Ⅲ类断面比例稳步提高，从2016年的70.2%大幅提升到2023年的91.6%。",
            [("surface_water_good_ratio", 91.6)],
        ),
        (
            "2023年，全省环境空气质量优良天数平均为250天，占比68.5%；重度污染及以上天数平均为11天，占比3%。",
            [("good_air_days_ratio", 68.5), ("heavy_pollution_days_ratio", 3.0)],
        ),
        (
            "全县细悬浮微粒(PM2.5)平均浓度已由106年之19微克/立方公尺，改善至今(113)年(至10月底)的14.2微克/立方公尺；"
            "沿海地区亦从21.4微克/立方公尺改善至15.8微克/立方公尺。",
            [("pm25_avg_concentration", 14.2), ("pm25_avg_concentration", 15.8)],
        ),
        (
            "本县PM2.5平均值为12.8微克。空气品质标准中PM2.5年平均值已从15微克收严至12微克。",
            [("pm25_avg_concentration", 12.8)],
        ),
        ("全省地表水环境优良水体比例达到87.2%。", [("surface_water_good_ratio", 87.2)]),
    ],
)
def test_figures_reached_from_an_earlier_value_and_the_standards_beside_them(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(p["code"], p["value"]) for p in predict(text) if p["unit"] != "天"] == expected


def test_figures_in_quoted_speech_are_read_but_quoted_names_are_not() -> None:
    text = "中新网太原10月31日电“全省环境空气质量综合指数同比改善3.0%，PM2.5浓度降至35微克/立方米……”。实施“1269”行动计划。"
    assert [(p["code"], p["value"]) for p in predict(text)] == [
        ("air_quality_composite_index", None),
        ("pm25_avg_concentration", 35.0),
    ]


def test_changes_listed_over_months_are_each_month_s() -> None:
    text = "11月和12月，优良天气比例同比分别下降7.5、6.3个百分点，PM2.5浓度同比分别上升7.4%、5.4%。"
    got = [(p["code"], p["period"], p["change"]["value"]) for p in predict(text)]
    assert got == [
        ("good_air_days_ratio", "11月", 7.5),
        ("good_air_days_ratio", "12月", 6.3),
        ("pm25_avg_concentration", "11月", 7.4),
        ("pm25_avg_concentration", "12月", 5.4),
    ]


def test_shares_of_a_whole_listed_after_pollutants_are_no_figure_of_the_sentence_before() -> None:
    text = "全省空气质量达标率为78.4%，PM2.5、PM10和NO2存在不同程度超标，分别占超标天数的81.3%、13.9%、4.7%。"
    assert [p["code"] for p in predict(text)] == ["good_air_days_ratio", "share", "share", "share"]


def test_the_place_whose_rise_was_smallest_takes_that_change() -> None:
    (item,) = predict("与上年同期相比，各市PM2.5浓度升降不一，其中丁州市上升幅度最小，为0.9%。")
    assert (item["code"], item["region"], item["change"]["direction"], item["change"]["value"]) == (
        "pm25_avg_concentration",
        "丁州市",
        "up",
        0.9,
    )


def test_the_value_a_figure_fell_from_neither_dates_it_nor_stands_alone() -> None:
    text = "2022/01/10 14:04\n记者报导：甲县空气品质获改善，PM2.5从2015年32微克降至21微克。"
    assert [(p["value"], p["year"]) for p in predict(text)] == [(21.0, 2022)]
    aside = "今年1-5月，全县未出现重污染天数(去年同期12天，重度污染10天、严重污染2天)。"
    assert [p for p in predict(aside) if p["code"].startswith("heavy")] == []


def test_a_month_on_month_change_after_the_year_on_year_one_is_not_a_second_item() -> None:
    text = "各县环境空气平均优良天数率同比下降2.4个百分点，环比上升10.5个百分点。"
    assert [p["change"]["value"] for p in predict(text)] == [2.4]


def test_changes_listed_each_with_its_own_pollutant_and_verb_are_each_pollutant_s() -> None:
    text = "与上年相比，PM2.5下降15.3%、PM10下降13.6%、SO2下降23.1%、CO下降26.3%、O3下降7.4%。"
    assert [(p["code"], p["change"]["value"]) for p in predict(text)] == [
        ("pm25_avg_concentration", 15.3),
        ("pm10_avg_concentration", 13.6),
        ("so2_avg_concentration", 23.1),
        ("change", 26.3),
        ("o3_avg_concentration", 7.4),
    ]


def test_one_coastal_class_s_share_and_the_near_end_of_a_band_are_no_catalog_share() -> None:
    text = "近岸海域\n全省近岸海域水质优良，一类32.3%，二类49.2%，劣四类4.6%。"
    assert [p["code"] for p in predict(text)] == ["share", "share", "coastal_worse_than_class_iv_ratio"]
    assert predict("全省县(市、区)AQI优良天数比例介于90%至100%。") == []


def test_places_sharing_a_value_in_a_comma_separated_respectively_list_each_get_it() -> None:
    text = "3月份，各市优良天数分别为：东川市、西岭市、南桥市29天，北桥市、中桥市26天，上桥市21天。"
    assert [(p["region"], p["value"]) for p in predict(text)] == [
        ("东川市", 29.0),
        ("西岭市", 29.0),
        ("南桥市", 29.0),
        ("北桥市", 26.0),
        ("中桥市", 26.0),
        ("上桥市", 21.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("路边NO2超标最多，去年均浓度为每立方米64微克。", [("no2_avg_concentration", 64.0)]),
        ("PM2.5、PM10和NO2年均浓度较世界卫生组织标准分别超出21、8及9微克/立方米。", []),
        ("空气品质指标良好及普通等级合计占比达94%。", [("good_air_days_ratio", 94.0)]),
        (
            "甲市SO2、PM10达到国家日均二级标准的天数比例均为100%；NO2和O3达到国家日均二级标准天数比例分别为97.8%和91.3%。",
            [("share", 100.0), ("share", 97.8), ("share", 91.3)],
        ),
    ],
)
def test_units_before_numbers_gaps_to_a_standard_and_one_pollutant_s_days(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(p["code"], p["value"]) for p in predict(text)] == expected


def test_a_bare_change_in_its_own_segment_is_the_change_of_the_figure_named_last_before_it() -> None:
    text = "全省PM2.5平均浓度为50微克/立方米，同比改善16.7%；PM10平均浓度为90微克/立方米；同比改善12.1%；SO2平均浓度为27微克/立方米。"
    assert [(p["code"], p["change"]["value"] if p["change"] else None) for p in predict(text)] == [
        ("pm25_avg_concentration", 16.7),
        ("pm10_avg_concentration", 12.1),
        ("so2_avg_concentration", None),
    ]


def test_a_share_that_opens_its_clause_is_named_by_the_words_after_it() -> None:
    text = (
        "近岸局部海域污染严重，15%近岸海域水质劣于第四类海水水质标准；典型海洋生态系统，77%处于亚健康状态。"
    )
    assert [(p["code"], p["value"]) for p in predict(text)] == [("share", 15.0), ("share", 77.0)]


def test_a_judged_verb_of_a_list_turns_round_for_a_member_that_is_a_good_share() -> None:
    text = (
        "全省优良天数比例平均为72.4%。其中，PM2.5年均浓度和优良天数比例较2016年分别改善31.0%和11.5个百分点。"
    )
    got = [(p["code"], p["change"]["direction"], p["change"]["value"]) for p in predict(text)]
    assert got == [("good_air_days_ratio", "up", 11.5), ("pm25_avg_concentration", "down", 31.0)]


@pytest.mark.parametrize(
    "text",
    [
        "各市PM2.5浓度同比变化：甲州市-10.2%，乙州市-8.1%，丙州市+2.3%。",
        "PM2.5浓度同比变化情况：甲州市-10.2%；乙州市-8.1%；丙州市+2.3%。",
    ],
)
def test_each_place_s_signed_change_under_a_change_head_is_its_change(text: str) -> None:
    got = [(p["code"], p["region"], p["change"]["direction"], p["change"]["value"]) for p in predict(text)]
    assert got == [
        ("pm25_avg_concentration", "甲州市", "down", 10.2),
        ("pm25_avg_concentration", "乙州市", "down", 8.1),
        ("pm25_avg_concentration", "丙州市", "up", 2.3),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "PM2.5浓度同比下降的城市有：甲州市（10.2%）、乙州市（8.1%）。",
        "PM2.5浓度同比均有所下降，其中甲州市降幅最大（10.2%），乙州市降幅最小（8.1%）。",
    ],
)
def test_bracketed_changes_of_places_named_by_the_way_they_moved(text: str) -> None:
    got = [
        (p["region"], p["change"]["direction"], p["change"]["value"]) for p in predict(text) if p["change"]
    ]
    assert got == [("甲州市", "down", 10.2), ("乙州市", "down", 8.1)]


def test_bare_numbers_listed_before_carbon_monoxide_s_milligrams_are_micrograms() -> None:
    text = "PM2.5、PM10、SO2、NO2、CO、O3浓度分别为30、52、8、21、1.1毫克/立方米、140微克/立方米。"
    assert [(p["code"], p["unit_base"]) for p in predict(text)] == [
        ("pm25_avg_concentration", "ug/m3"),
        ("pm10_avg_concentration", "ug/m3"),
        ("so2_avg_concentration", "ug/m3"),
        ("no2_avg_concentration", "ug/m3"),
        ("concentration", "mg/m3"),
        ("o3_avg_concentration", "ug/m3"),
    ]


@pytest.mark.parametrize("script", [None, "s2t", "s2hk"])
def test_changes_listed_before_the_levels_they_belong_to_join_them(script: str | None) -> None:
    text = "1—6月，PM2.5、PM10平均浓度分别同比下降3.2%、1.9%，分别为38、62微克/立方米。"
    text = _converter(script).convert(text) if script else text
    assert [(p["code"], p["value"], p["change"]["value"]) for p in predict(text)] == [
        ("pm25_avg_concentration", 38.0, 3.2),
        ("pm10_avg_concentration", 62.0, 1.9),
    ]


def test_a_change_before_the_dust_free_version_of_a_figure_stays_with_the_figure() -> None:
    text = "1—6月，平均优良天数比例为82.9%，同比下降1.2个百分点，扣除沙尘异常超标天后为84.5%，同比上升0.3个百分点。"
    assert [(p["value"], p["change"]["direction"], p["change"]["value"]) for p in predict(text)] == [
        (82.9, "down", 1.2),
        (84.5, "up", 0.3),
    ]


@pytest.mark.parametrize("script", [None, "s2t"])
def test_a_clause_naming_only_the_changes_size_lists_over_the_pollutants_of_the_clause_before(
    script: str | None,
) -> None:
    text = "2023年，全省PM2.5、PM10浓度与上年相比下降，降幅分别为3.2%、4.1%。"
    text = _converter(script).convert(text) if script else text
    found = [(p["code"], p["value"], p["change"]["direction"], p["change"]["value"]) for p in predict(text)]
    assert found == [
        ("pm25_avg_concentration", None, "down", 3.2),
        ("pm10_avg_concentration", None, "down", 4.1),
    ]


def test_a_clause_naming_only_the_changes_size_lists_over_the_places_of_the_clause_before() -> None:
    text = "甲市、乙市PM2.5浓度与上年相比上升，升幅分别为2.6%、5.3%。"
    found = [(p["code"], p["region"], p["change"]["direction"], p["change"]["value"]) for p in predict(text)]
    assert found == [
        ("pm25_avg_concentration", "甲市", "up", 2.6),
        ("pm25_avg_concentration", "乙市", "up", 5.3),
    ]
