"""PDF text layers break lines and scatter spaces wherever a glyph run ends: inside words, inside
numbers, after a comma (sentences written for these tests). The figures read as in clean text, and
quotes and offsets still point into the text as it was given."""

from __future__ import annotations

from scrapers.base.normalize import normalize
from scrapers.extract import extract_text
from scrapers.extract.compact import drop_inword_spaces

CLEAN = "全市优良天数比例为91.6%，同比下降2.2个百分点；PM2.5平均浓度为29微克/立方米，同比上升4.1%。"


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (i.code, i.value, None if i.change is None else f"{i.change.direction} {i.change.value:g}")
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def test_a_clean_sentence_gives_both_figures_with_their_changes() -> None:
    assert _figures(CLEAN) == [
        ("good_air_days_ratio", 91.6, "down 2.2"),
        ("pm25_avg_concentration", 29.0, "up 4.1"),
    ]


def test_spaces_inside_words_do_not_cut_a_subject_or_a_change() -> None:
    text = "全市优良天 数比例为91.6%，同比下 降2.2个百 分点；PM2.5平均浓度为29微 克/立方米，同比上 升4.1%。"
    assert _figures(text) == _figures(CLEAN)


def test_a_line_wrapped_inside_a_word_or_a_number_reads_as_one_line() -> None:
    text = "全市优良天数比例为91.6%，同比下降2.2个百\n分点；PM2.5平均浓度为2\n9微克/立方米，\n同比上升4.1%。"
    assert _figures(text) == _figures(CLEAN)


def test_quotes_and_offsets_index_the_text_with_its_spaces() -> None:
    text = "全市PM2.5平均浓度为2\n9微克/立方米，同比上 升4.1%。"
    (pm,) = extract_text(text)[0]
    assert pm.value == 29.0
    assert pm.quote == text[pm.start : pm.end]
    assert "2\n9微克" in pm.quote


def test_two_numbers_separated_by_a_space_stay_two_numbers() -> None:
    compact = drop_inword_spaces("甲市 52 34，乙市 48 30。")
    assert "52 34" in compact.text and "48 30" in compact.text


def test_a_table_row_keeps_the_spaces_between_its_cells() -> None:
    row = "城市 优良天数比例 PM2.5浓度\n"
    assert drop_inword_spaces(row).text == row


def test_a_line_break_between_two_numbers_of_prose_goes_only_when_the_passage_joined_it() -> None:
    text = "全市PM2.5平均浓度为2 9微克/立方米，下降了。"
    assert "2 9微克" in drop_inword_spaces(text).text
    assert "29微克" in drop_inword_spaces(text, joined={text.index(" ")}).text


def test_a_compact_span_maps_back_to_the_characters_it_was_made_of() -> None:
    text = "优良天 数比例为91.6%，同比下降。"
    compact = drop_inword_spaces(text)
    start = compact.text.index("优良天数比例")
    assert compact.to_source(start, start + len("优良天数比例")) == (0, len("优良天 数比例"))


def test_a_heading_line_without_punctuation_is_left_alone() -> None:
    assert drop_inword_spaces("地 表 水\n").text == "地 表 水\n"


def test_a_space_after_a_figure_still_ends_its_sentence() -> None:
    text = "1—2月全省有15个市水质优良率为100%\n以市来看，甲市为95.5%。"
    joined = normalize(text).text
    assert "100%以" not in drop_inword_spaces(joined.replace("\n", " "), joined={joined.index("\n")}).text


def test_subscript_digits_name_the_pollutant() -> None:
    text = "全市PM₂.₅平均浓度为28微克/立方米，PM₁₀平均浓度为50微克/立方米。"
    assert _figures(text) == [("pm25_avg_concentration", 28.0, None), ("pm10_avg_concentration", 50.0, None)]


def test_a_year_in_chinese_numerals_dates_the_figure() -> None:
    (pm,) = extract_text("二〇二三年，全市PM2.5平均浓度为28微克/立方米。")[0]
    assert (pm.code, pm.year) == ("pm25_avg_concentration", 2023)


def test_a_figure_restated_with_another_spelling_of_its_unit_is_one_figure() -> None:
    text = "全市PM2.5平均浓度为28.0μg/m³，同比下降4.7%。\n\n据通报，全市PM2.5平均浓度为28.0微克/立方米，同比下降4.7%。"
    assert _figures(text) == [("pm25_avg_concentration", 28.0, "down 4.7")]


def test_a_datelines_date_is_not_joined_to_the_number_opening_the_next_line() -> None:
    (pm,) = extract_text("发布时间：2022-03-01\n1-2月，全省PM2.5平均浓度为40微克/立方米。")[0]
    assert (pm.value, pm.year) == (40.0, 2022)


def test_a_line_wrapped_after_a_bracketed_name_runs_on() -> None:
    text = (
        "上半年，全国重度及以上污染天数比例为2.0%，同比下降1.2个百分点；细颗粒物(PM2.5)\n浓度同比下降8.6%。"
    )
    assert _figures(text)[-1] == ("pm25_avg_concentration", None, "down 8.6")


def test_a_year_wrapped_inside_its_digits_still_dates_the_figures() -> None:
    text = "生态环境部今日向媒体公布了202\n3年12月全国环境空气质量状况，全国PM2.5平均浓度为35微克/立方米。"
    (pm,) = extract_text(text)[0]
    assert (pm.value, pm.year) == (35.0, 2023)
