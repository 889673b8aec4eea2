"""Forms written for these tests (seventeenth round): the share written after one grade's days
(优天数为80天，占比21.9%), 重度污染's share when no day was 严重, a bracketed share after days
over the standard, a share of cities at a grade of a water index, a change whose verb lost its
second character (同比上2.1百分点), a level 控制在 after the clause naming it, 河湖 sections,
第一类和第二类 sea water, 良好以上 and 重度以上 days, a bare 达标率 after a bad class's share, a
long "since" year (创下2014年…以来), a rank in brackets between listed values, and caps (控制在…以内,
不高于) that are aims or limits."""

from __future__ import annotations

from tests.extract.figure_rows import figure_rows as _rows
from tests.extract.figure_rows import figures as _figures


def _coded(text: str, code: str) -> list[float | None]:
    return [value for c, value in _figures(text) if c == code]


def test_the_share_after_one_grades_days_is_that_grades_share_not_the_good_days_share() -> None:
    text = (
        "2024年全县优良天数比例为93.2%，其中优级天数82天，占比22.4%；良级天数258天，占比70.8%；"
        "轻度污染20天，占比5.5%；中度污染4天，占比1.1%；重度污染2天，占比0.5%。全年未出现严重污染天气。"
    )
    assert _coded(text, "good_air_days_ratio") == [93.2]
    assert _coded(text, "share") == [22.4, 70.8, 5.5, 1.1]
    assert _coded(text, "heavy_pollution_days_ratio") == [0.5]


def test_重度污染s_share_is_its_own_when_严重污染_days_are_counted_too() -> None:
    text = (
        "2022年城市空气质量优良天数为281天，优良率为77.0%。"
        "按级别统计，优35天，良246天，重度23天（占6.3%），严重6天（占1.6%）。"
    )
    assert _coded(text, "heavy_pollution_days_ratio") == []
    assert _coded(text, "good_air_days_count") == [281.0]
    assert _coded(text, "share") == [6.3, 1.6]


def test_a_bracketed_share_after_days_over_the_standard_is_no_good_days_share() -> None:
    text = "2023年，全区优良天数为288天（占78.9%），超标天数为77天（占21.1%）。"
    assert _coded(text, "good_air_days_ratio") == [78.9]
    assert _coded(text, "share") == [21.1]


def test_a_share_of_cities_at_a_grade_of_a_water_index_is_no_sections_share() -> None:
    text = (
        "本期报告评价了全国310个城市的地表水水质。"
        "本季度城市水质明显好转，水质指数达到优良等级的城市占比由58.2%提高到66.4%。"
    )
    assert _coded(text, "surface_water_good_ratio") == []
    assert _coded(text, "share") == [58.2, 66.4]


def test_a_change_whose_verb_lost_its_second_character_keeps_its_direction() -> None:
    text = "2023年全县监测断面Ⅰ~Ⅲ类水质比例为78.9%同比上2.1百分点,Ⅴ类水质比例5.3%同比下0.6个百分点。"
    rows = [r for r in _rows(text) if r[0] in ("surface_water_good_ratio", "share")]
    assert rows == [
        ("surface_water_good_ratio", 78.9, "up", 2.1, 2023),
        ("share", 5.3, "down", 0.6, 2023),
    ]


def test_a_level_held_at_a_value_takes_the_pollutant_of_the_clause_before() -> None:
    text = "2021年，全市PM2.5浓度再创新低，年均浓度控制在了29微克/立方米，同比下降6.5%。"
    assert _rows(text) == [("pm25_avg_concentration", 29.0, "down", 6.5, 2021)]


def test_sections_of_rivers_and_lakes_are_surface_water_after_a_sentence_on_drinking_sources() -> None:
    text = (
        "地表水方面，全市5个在用集中式饮用水水源水质全部达到或优于Ⅲ类标准。"
        "全市重点河湖监测断面中，Ⅱ~Ⅲ类水质断面占91.7%。"
    )
    assert _coded(text, "surface_water_good_ratio") == [91.7]
    assert _coded(text, "drinking_water_source_compliance_ratio") == []


def test_sea_area_of_the_first_and_second_class_is_the_coastal_good_share() -> None:
    text = "全市近岸海域水质稳中向好，达到第一类和第二类海水水质标准的海域面积比例为43.6%。"
    assert _coded(text, "coastal_water_good_ratio") == [43.6]


def test_days_good_or_better_and_heavy_or_worse_are_the_good_and_the_heavy_days() -> None:
    text = "2016年全市良好以上天数共计176天，同比增加15天，重度以上污染共21天，同比减少4天。"
    assert _rows(text) == [
        ("good_air_days_count", 176.0, "up", 15.0, 2016),
        ("heavy_pollution_days_count", 21.0, "down", 4.0, 2016),
    ]


def test_a_bare_rate_of_meeting_after_a_bad_classs_share_is_not_that_share() -> None:
    text = "全省河流Ⅱ类水质占9.2%，Ⅲ类水质占52.4%，Ⅳ类水质占27.1%，劣Ⅴ类水质占4.9%，达标率为64.3%。"
    assert _coded(text, "worse_than_class_v_ratio") == [4.9]


def test_a_long_since_year_does_not_date_the_next_sentence() -> None:
    text = (
        "据介绍，2019年北岸市优良天数比例达到83.6%，创下2014年全面启用城市空气自动监测网络以来的最好成绩。"
        "全市PM2.5浓度也有所下降，年均浓度为36微克/立方米。"
    )
    assert [r[4] for r in _rows(text)] == [2019, 2019]


def test_a_year_before_a_record_low_still_dates_its_figure() -> None:
    text = "2022年全市PM2.5年均浓度为有监测数据记录以来最低，为26微克/立方米。"
    assert _rows(text) == [("pm25_avg_concentration", 26.0, None, None, 2022)]


def test_a_rank_in_brackets_between_listed_concentrations_keeps_the_lists_code() -> None:
    text = "各区PM2.5浓度由高到低依次为：东城区44微克/立方米（并列第1）、西城区44微克/立方米（并列第1）、丰台区40微克/立方米。"
    assert _figures(text) == [
        ("pm25_avg_concentration", 44.0),
        ("pm25_avg_concentration", 44.0),
        ("pm25_avg_concentration", 40.0),
    ]


def test_a_rank_in_brackets_between_listed_index_values_does_not_end_the_list() -> None:
    text = "各区市综合指数由差到好排名依次为：北塘区3.46（并列第8）、南湖市3.46（并列第8）、西河市3.31、东岭区3.27。"
    assert _coded(text, "air_quality_composite_index") == [3.46, 3.46, 3.31, 3.27]


def test_a_cap_is_an_aim_or_a_limit_not_a_level() -> None:
    text = "在水环境方面，2021年全市劣Ⅴ类水体比例控制在6.5%以内；空气质量方面，PM2.5平均浓度不高于47微克/立方米。"
    assert _rows(text) == []


def test_a_level_held_at_a_value_without_a_cap_stays_a_level() -> None:
    text = "2020年，全区重污染天数比率控制在了0.8%，PM2.5年均浓度为31微克/立方米。"
    assert [r[:2] for r in _rows(text)] == [
        ("heavy_pollution_days_ratio", 0.8),
        ("pm25_avg_concentration", 31.0),
    ]
