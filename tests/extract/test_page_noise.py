"""Mirror noise blanked before figures are read (sentences written for these tests): doubled
punctuation and gambling names injected into a sentence."""

from __future__ import annotations

from scrapers.extract import extract_text
from scrapers.extract.page_noise import blank_page_noise


def _figures(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (i.code, i.value, i.change.direction if i.change else None)
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def test_blanking_keeps_the_length_of_the_text() -> None:
    text = "全市优良天数比例为88.1%,,同比持平,。威尼斯人官网全省PM2.5浓度为30微克/立方米"
    assert len(blank_page_noise(text)) == len(text)


def test_a_doubled_comma_keeps_one_comma() -> None:
    assert blank_page_noise("为45微克/立方米,,同比持平") == "为45微克/立方米, 同比持平"


def test_a_comma_before_a_full_stop_keeps_the_full_stop() -> None:
    assert blank_page_noise("减少重污染天数27天,。六项指标") == "减少重污染天数27天。 六项指标"


def test_a_flat_change_after_a_doubled_comma_is_still_flat() -> None:
    assert _figures("2022年全市PM2.5平均浓度为41微克/立方米,,同比持平。") == [
        ("pm25_avg_concentration", 41.0, "flat")
    ]


def test_a_gambling_name_between_subject_and_number_is_blanked() -> None:
    text = "2019年，全市在用集中式饮用水水源地中，威尼斯人赌城官网达标水源地比例为96.3%。"
    assert _figures(text) == [("drinking_water_source_compliance_ratio", 96.3, None)]


def test_a_site_name_in_title_marks_is_blanked_but_a_bulletin_title_is_not() -> None:
    assert blank_page_noise("生态环境《金年会app网址》保护督察") == "生态环境" + " " * 10 + "保护督察"
    assert blank_page_noise("《2022中国生态环境状况公报》") == "《2022中国生态环境状况公报》"


def test_words_near_an_injected_name_stay() -> None:
    assert blank_page_noise("问责干部超过200人星空体育官网。") == "问责干部超过200人" + " " * 6 + "。"
