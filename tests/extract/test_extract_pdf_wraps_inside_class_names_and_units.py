"""Text written for these tests (twenty-sixth round): a PDF text layer's line break inside a
water class's name (Ⅰ⏎-Ⅱ类, 差⏎Ⅴ类) or a unit (微克/⏎立方米). Each reads as it does unbroken."""

from __future__ import annotations

from tests.extract.figure_rows import changes


def test_a_span_of_classes_cut_before_its_dash_is_read_whole() -> None:
    text = "2023年，全市断面水质优良比例为96.3%。Ⅰ\n-Ⅱ类水质比例为71.9%，同比上升4.7个百分点。"
    assert changes(text) == [("better_than_class_ii_ratio", 71.9, "up", 4.7)]


def test_the_worst_class_spun_as_cha_and_cut_before_its_numeral_is_still_the_worst() -> None:
    text = "2023年，西河水系监测断面中，Ⅰ~Ⅲ类比例为83.6%；差\nⅤ类断面占5.1%，同比增加1.4个百分点。"
    assert changes(text) == [("worse_than_class_v_ratio", 5.1, "up", 1.4)]


def test_a_unit_cut_after_its_slash_still_restates_the_change_in_the_figures_unit() -> None:
    text = "2023年，东川县细颗粒物年均值为27.5微克/立方米，比上年减少4微克/\n立方米(12.7%)。"
    assert changes(text) == [("pm25_avg_concentration", 27.5, "down", 12.7)]
