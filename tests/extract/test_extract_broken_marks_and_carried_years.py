"""Forms written for these tests (eighteenth round): pollutant formulas whose subscript a mirror
broke (a line break or ``,?`` inside the bracket) and a micro sign lost to ``?``; 相较于 a base year;
a second, older change of a figure that has its year-on-year one; a lead paragraph restated by the
body under a deictic place or another name of the network; places counted as each reaching 100%;
a size that picks out a class of things (3000亩以上耕地); a paragraph of aims (主要指标为：); targets
listed over lines a forum broke; a retrospective's 以来，到2020年; one verb for two changes in two
units; years implied by a later comparison, by a dateline beside a bulletin's title, by 去年; a
paragraph going city by city; and the code a list's value keeps before 和."""

from __future__ import annotations

import pytest

from scrapers.extract import extract_text
from tests.extract.figure_rows import figure_rows as _rows
from tests.extract.figure_rows import figures as _figures


@pytest.mark.parametrize("broken", ["\n2", "\n,?", "?"])
def test_a_pollutant_list_survives_a_subscript_broken_inside_its_brackets(broken: str) -> None:
    text = (
        f"东岭市2020年监测结果：硫(SO{broken})、氮(NO{broken})氧化物及PM10的年均值"
        "分别为6微克/立方米、31微克/立方米和57微克/立方米。"
    )
    assert _figures(text) == [
        ("so2_avg_concentration", 6.0),
        ("no2_avg_concentration", 31.0),
        ("pm10_avg_concentration", 57.0),
    ]


def test_a_micro_sign_lost_to_a_question_mark_still_gives_a_concentration() -> None:
    text = "2019年1-10月，东岭市中心城区PM10均值61?g/m3，较去年同期下降8.2%。"
    assert _rows(text) == [("pm10_avg_concentration", 61.0, "down", 8.2, 2019)]


def test_changes_against_a_year_introduced_by_xiangjiaoyu_are_of_the_figures_year() -> None:
    text = (
        "2019年全市PM2.5平均浓度为44微克/立方米。相较于2014年，二氧化硫、二氧化氮浓度分别下降61.5%、12.0%。"
    )
    rows = [(i.code, i.year, i.change.basis if i.change else None) for i in extract_text(text)[0]]
    assert rows == [
        ("pm25_avg_concentration", 2019, None),
        ("so2_avg_concentration", 2019, "vs_period"),
        ("no2_avg_concentration", 2019, "vs_period"),
    ]


def test_an_older_change_of_a_figure_that_has_its_year_on_year_change_is_no_item() -> None:
    text = (
        "2019年全市PM2.5平均浓度为44微克/立方米，同比下降12.0%。"
        "与2014年相比，二氧化硫、PM2.5浓度分别下降61.5%、40.2%。"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 44.0, "down", 12.0, 2019),
        ("so2_avg_concentration", None, "down", 61.5, 2019),
    ]


def test_a_lead_restated_by_the_body_is_one_figure_whatever_place_word_or_network_name() -> None:
    text = (
        "东岭市近日发布年度环境公报：2019年东岭市PM2.5平均浓度46微克/立方米，国家考核断面水质优良比例为45%。\n"
        "据介绍，2019年全市PM2.5平均浓度46微克/立方米，同比下降9.8%；"
        "全市15个国家考核断面中，优良水体比例为45%，同比提高6.7个百分点。"
    )
    assert _rows(text) == [
        ("pm25_avg_concentration", 46.0, "down", 9.8, 2019),
        ("surface_water_good_ratio", 45.0, "up", 6.7, 2019),
    ]


def test_places_counted_as_each_reaching_full_marks_give_no_ratio_of_the_area() -> None:
    text = "6月，全省56个县级以上城市优良天数比例平均为95.1%；有21个城市优良天数比例达100%。"
    assert _figures(text) == [("count", 56.0), ("good_air_days_ratio", 95.1), ("count", 21.0)]
    named = "今年8月，全市共有3个区AQI优良率为100%，分别为：东岭区、西河区和南湖区；"
    assert [i.region for i in extract_text(named)[0] if i.code == "good_air_days_ratio"] == [
        "东岭区",
        "西河区",
        "南湖区",
    ]


def test_a_size_that_picks_out_a_class_of_things_is_no_figure() -> None:
    text = "保护区由核心区、2000亩以上连片湿地和缓冲带构成。全省森林覆盖率达到61%以上并保持稳定。"
    assert _figures(text) == [("forest_coverage", 61.0)]


def test_a_paragraph_opening_on_its_aims_holds_only_targets() -> None:
    text = (
        "东岭市印发生态环境保护规划。\n"
        "主要指标为：空气质量优良天数比例不低于85.2%，PM2.5浓度降至35微克/立方米。"
        "地表水优良比例达到80.5%。森林覆盖率稳定在45%以上。"
    )
    assert _figures(text) == []


def test_targets_listed_over_lines_a_forum_broke_are_all_targets() -> None:
    text = (
        "按照实施办法，2020年各县空气质量考核目标为，东岭县优良天数262天、PM2.5浓度51微克/立方米；# k2 Q; x\n"
        "西河县优良天数281天、PM2.5浓度46微克/立方米；! u7 W\n"
        "南湖县优良天数300天、PM2.5浓度39微克/立方米。"
    )
    assert _figures(text) == []


def test_the_year_a_retrospective_reached_dates_its_figures_and_is_no_plan() -> None:
    text = "“十三五”以来，到2020年底，东岭市国控断面水质优良比例较2017年提高15个百分点，达到60%；近岸海域优良水质比例为72.1%。"
    assert _rows(text) == [
        ("surface_water_good_ratio", 60.0, "up", 15.0, 2020),
        ("coastal_water_good_ratio", 72.1, None, None, 2020),
    ]


def test_one_verb_gives_changes_in_two_units_to_two_figures() -> None:
    text = (
        "2022年，东岭市空气质量优良天数为352天，优良天数比例为96.4%，与2021年相比，提升了5天、1.3个百分点。"
    )
    assert ("good_air_days_ratio", 96.4, "up", 1.3, 2022) in _rows(text)


def test_a_paragraph_without_a_year_takes_the_one_a_later_comparison_implies() -> None:
    text = (
        "空气方面，全省优良天数比率为98.2%，较上年提高0.6个百分点。\n"
        "地表水方面，全省国控断面优良比例为88.1%，比2022年上升1.9个百分点。"
    )
    assert [(i.code, i.year) for i in extract_text(text)[0]] == [
        ("good_air_days_ratio", 2023),
        ("surface_water_good_ratio", 2023),
    ]


def test_this_year_after_a_dateline_is_the_datelines_year_not_the_bulletins() -> None:
    text = (
        "东岭空气持续改善\n2019-05-20 10:15:00来源: 晨报\n\n"
        "东岭市生态环境局近日公布《2018年东岭市生态环境公报》：去年全市优良天数251天。"
        "另据监测，今年1至4月，全市PM2.5平均浓度为52微克/立方米，同比下降9.6%。"
    )
    assert _rows(text) == [
        ("good_air_days_count", 251.0, None, None, 2018),
        ("pm25_avg_concentration", 52.0, "down", 9.6, 2019),
    ]


def test_a_paragraph_going_city_by_city_keeps_the_measure_of_the_one_before() -> None:
    text = (
        "2017年第三季度，全省跨市河流交接断面总达标率为81.4%。其中，7月、8月、9月分别为80.6%、83%和80.5%。\n"
        "各城市中，东岭、西河和南湖等3个城市为100.0%；北山、中洲次之，分别为92.3%、87.5%。"
    )
    codes = [(i.code, i.value) for i in extract_text(text)[0] if i.code != "count"]
    assert codes == [
        ("section_compliance_ratio", 81.4),
        ("section_compliance_ratio", 80.6),
        ("section_compliance_ratio", 83.0),
        ("section_compliance_ratio", 80.5),
        ("section_compliance_ratio", 100.0),
        ("section_compliance_ratio", 92.3),
        ("section_compliance_ratio", 87.5),
    ]


def test_a_change_after_none_was_left_is_not_the_next_paragraphs_figures() -> None:
    text = (
        "2021年，110个国控断面里水质优良的有102个，占92.7%；无劣Ⅴ类断面。"
        "较2020年，优良断面比例上升2.5个百分点，劣Ⅴ类比例下降0.9个百分点。\n\n"
        "全省210个省控断面中，Ⅰ至Ⅲ类断面占86.2%，劣Ⅴ类断面占0.7%。"
        "较2020年，Ⅰ至Ⅲ类比例上升1.4个百分点，劣Ⅴ类比例下降0.2个百分点。"
    )
    worse = [r for r in _rows(text) if r[0] == "worse_than_class_v_ratio"]
    assert worse == [
        ("worse_than_class_v_ratio", None, "down", 0.9, 2021),
        ("worse_than_class_v_ratio", 0.7, "down", 0.2, 2021),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("统计显示，西河县本季空气品质指标(AQI≦100)比率为88%。", ("good_air_days_ratio", 88.0)),
        ("东岭市空气质量28天全达标。", ("good_air_days_count", 28.0)),
        ("2016年西河县达到优良等级的天数为305天。", ("good_air_days_count", 305.0)),
        ("2019年，全市28个国控、省控考核断面水质100%达标。", ("section_compliance_ratio", 100.0)),
        ("2019年，东岭省的森林覆盖率以58.4%位居第三，西河省则以57.9%位居第四。", ("forest_coverage", 57.9)),
        ("2020年全省重度污染的天数有9天，同比减少4天；严重污染的天数有2天。", ("days", 9.0)),
    ],
)
def test_everyday_names_of_a_catalog_figure_give_its_code(text: str, expected: tuple[str, float]) -> None:
    assert expected in _figures(text)


def test_two_figures_set_side_by_side_and_a_later_change_of_the_newer_one() -> None:
    text = (
        "2016年，东岭市优良天数比例为88.2%。大家关心的细颗粒物，2016年为41微克每立方米，而2015年为46微克每立方米。"
        "“去年东岭市细颗粒物浓度较2015年降低10.9%。”"
    )
    page = "东岭空气质量发布\n\n2017-03-02 09:00:00 来源:东岭日报\n\n" + text
    rows = [r for r in _rows(page) if r[0] == "pm25_avg_concentration"]
    assert rows == [
        ("pm25_avg_concentration", 41.0, "down", 10.9, 2016),
        ("pm25_avg_concentration", 46.0, None, None, 2015),
    ]


def test_a_dated_earlier_value_before_a_comma_and_a_gradual_rise_is_the_previous_value() -> None:
    text = "西河县O3评价值从2014年的116微克/立方米起，逐步上升至2019年的139微克/立方米，2020年则为128微克/立方米。"
    assert [(c, v, y) for c, v, _, _, y in _rows(text)] == [
        ("o3_avg_concentration", 139.0, 2019),
        ("o3_avg_concentration", 128.0, 2020),
    ]


def test_the_heavy_grades_share_is_the_heavy_or_worse_share_only_when_no_severe_share_is_given() -> None:
    apart = "1月，全省13个城市优良天数比例为63.4%，重度污染天数比例为3.9%，严重污染天数比例为1.2%。"
    assert [(c, v) for c, v in _figures(apart) if c != "count"] == [
        ("good_air_days_ratio", 63.4),
        ("share", 3.9),
        ("share", 1.2),
    ]
    alone = "1月，全省13个城市优良天数比例为63.4%，重度污染天数比例为3.9%，未出现严重污染。"
    assert ("heavy_pollution_days_ratio", 3.9) in _figures(alone)


def test_grades_one_and_two_are_the_good_days_and_the_days_monitored_are_a_denominator() -> None:
    text = (
        "2018年西河县优良天数331天。据统计，该县空气质量为一级(优)和二级(良)的天数为331天，"
        "占有效监测天数(365天)的90.7%，较上年提高1.2个百分点。"
    )
    assert [(c, v, d, ch, y) for c, v, d, ch, y in _rows(text)] == [
        ("good_air_days_count", 331.0, None, None, 2018),
        ("days", 365.0, None, None, 2018),
        ("good_air_days_ratio", 90.7, "up", 1.2, 2018),
    ]


def test_a_figure_listed_again_in_its_paragraph_after_its_own_city_is_named_again_is_one_figure() -> None:
    text = (
        "5月，西河县PM2.5月均浓度为24微克/立方米，同比下降14.3%。"
        "全省37个县区中，西河县排第3位。5月各项浓度为：PM10平均浓度47微克/立方米、PM2.5平均浓度24微克/立方米。"
    )
    assert [(c, v) for c, v in _figures(text) if c == "pm25_avg_concentration"] == [
        ("pm25_avg_concentration", 24.0)
    ]


def test_a_whole_years_figure_on_a_page_dated_early_in_a_year_is_the_year_befores() -> None:
    text = (
        "统计公报\n发布日期:2021-03-18 10:00 来源:市统计局\n\n"
        "全年中心城区细颗粒物平均浓度24微克/立方米；中心城区优良天数比例95.3%，比上年提高1.4个百分点。"
        "县级以上饮用水源地水质达标率为100%。"
    )
    assert [y for _, _, _, _, y in _rows(text)] == [2020, 2020, 2020]


def test_cities_at_prefecture_level_and_above_are_one_member_of_a_list() -> None:
    text = "一季度和二季度，全省地级及以上城市平均优良天数比例分别为80.7%和84.2%。"
    assert [(c, v) for c, v in _figures(text) if c != "count"] == [
        ("good_air_days_ratio", 80.7),
        ("good_air_days_ratio", 84.2),
    ]


def test_the_average_compared_with_in_brackets_and_the_gap_after_it_are_no_figures() -> None:
    text = "2021年西河县优良天数318天，多于全省平均优良天数(251天)67天。"
    assert [(c, v) for c, v in _figures(text)] == [("good_air_days_count", 318.0)]


@pytest.mark.parametrize(
    "text",
    [
        "按照方案，西河县PM2.5平均浓度今冬将同比下降3%。",
        "去年冬季，西河地区各县PM2.5浓度范围在48–97微克/立方米，均值为71微克/立方米。",
        "2017年西河县臭氧浓度首次“破百”(日均值低于100微克/立方米)。",
        "2022年，全省有12个湖泊优良水质比例高于90%。",
    ],
)
def test_forecasts_range_ends_glossed_milestones_and_group_bounds_give_no_level(text: str) -> None:
    assert [(c, v) for c, v in _figures(text) if c != "count" and v not in (71.0,)] == []


def test_a_pm25_set_on_lines_of_its_own_is_still_pm25() -> None:
    text = "2020年东岭省PM\n\n2.5\n\n浓度为36微克/立方米，同比下降10.2%；优良天数比率为83.4%。"
    assert _rows(text)[0] == ("pm25_avg_concentration", 36.0, "down", 10.2, 2020)


def test_a_five_year_plans_closing_year_dates_the_figures_after_it() -> None:
    text = (
        "发布时间:2021年01月09日 09:30 来源:日报\n\n在“十三五”收官之年，西河县PM10年均浓度降到52微克/立方米。"
    )
    assert _rows(text) == [("pm10_avg_concentration", 52.0, None, None, 2020)]


def test_higher_than_an_earlier_year_is_a_rise_and_higher_than_the_average_is_a_gap() -> None:
    assert _rows("2022年西河县森林覆盖率较2012年高出3.4个百分点。") == [
        ("forest_coverage", None, "up", 3.4, 2022)
    ]
    assert _rows("2023年，全省优良水质面积比例为88.1%，比全国平均高出3.2个百分点。") == [
        ("coastal_water_good_ratio", 88.1, None, None, 2023)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018年，西河县重污染天气比例为1.9%。", ("heavy_pollution_days_ratio", 1.9)),
        ("2020年，东岭市收获了181个“优良天”，同比增加12个。", ("good_air_days_count", 181.0)),
        (
            "本周各项指标(O3取日最大8小时值)依次为NO2 17μg/m3、SO2 5μg/m3。",
            ("no2_avg_concentration", 17.0),
        ),
        ("西河县将近岸海域面积的28.4%划入海洋生态保护红线。", ("share", 28.4)),
    ],
)
def test_names_that_say_which_figure_it_is(text: str, expected: tuple[str, float]) -> None:
    assert expected in [(c if c != "eco_redline_share" else "share", v) for c, v in _figures(text)]


def test_sea_water_days_and_shares_of_counted_cities_are_no_air_figures() -> None:
    sea = "2019年西河湾海水全年达标天数比例为86.4%。"
    assert [c for c, _ in _figures(sea)] == ["share"]
    cities = "2019年，全省21个城市平均优良天数比例为82.3%，有9个城市空气质量达标，占42.9%。"
    assert [(c, v) for c, v in _figures(cities) if c != "count"] == [
        ("good_air_days_ratio", 82.3),
        ("share", 42.9),
    ]


def test_a_year_on_year_change_wins_over_one_against_the_month_before_stated_first() -> None:
    text = "2018年6月，西河省国考断面水质优良比例为72.5%，较5月上升9.1个百分点，较去年同期上升2.2个百分点。"
    assert _rows(text) == [("surface_water_good_ratio", 72.5, "up", 2.2, 2018)]


def test_a_points_change_after_an_earlier_value_in_brackets_goes_to_the_figure_it_adds_up_for() -> None:
    text = "今年，西河省16个城市优良天数比例为86.1%，剔除沙尘影响后为87.4%，比2019年(81.2%)提高4.9个百分点。"
    assert [(c, v, d, ch) for c, v, d, ch, _ in _rows(text)][:2] == [
        ("good_air_days_ratio", 86.1, "up", 4.9),
        ("good_air_days_ratio", 87.4, None, None),
    ]


def test_a_list_of_absolute_changes_in_two_concentration_units_gives_no_level() -> None:
    text = "2021年，西河县SO2、CO、NO2浓度较上年分别下降2微克/立方米、0.3毫克/立方米、4微克/立方米。"
    assert [r for r in _rows(text) if r[1] is not None] == []


def test_a_figure_counted_by_water_volume_is_another_version_of_the_one_counted_by_sources() -> None:
    text = "全县9个饮用水水源地中有9个达标，占100%；按取水量计算，水量达标率也为100%。"
    assert [v for c, v in _figures(text) if c == "drinking_water_source_compliance_ratio"] == [100.0, 100.0]


def test_a_spaced_headlines_change_restated_in_the_article_is_one_item() -> None:
    text = "西河13城PM10浓度下降6.3% 省厅发布通报。通报显示，2017年西河省13个城市可吸入颗粒物(PM10)平均浓度比2016年下降6.3%。"
    assert [r for r in _rows(text) if r[0] == "pm10_avg_concentration"] == [
        ("pm10_avg_concentration", None, "down", 6.3, 2017)
    ]


def test_a_figure_said_again_with_a_change_over_several_years_is_one_figure_with_its_yearly_change() -> None:
    text = (
        "2020年，西河县优良天数比例为90.4%，同比上升2.6个百分点。\n"
        "五年来，西河县优良天数比例由2015年的71.2%提高到2020年的90.4%，共提升19.2个百分点。"
    )
    assert _rows(text) == [("good_air_days_ratio", 90.4, "up", 2.6, 2020)]


def test_a_republic_year_after_you_is_the_earlier_value_and_not_the_figures_year() -> None:
    text = "环境部资料显示，西河县112年PM10年均值由107年的41.5 μg/m3降为30.2 μg/m3。"
    assert [(c, v, y) for c, v, _, _, y in _rows(text)] == [("pm10_avg_concentration", 30.2, 2023)]


def test_verbs_set_in_quotes_still_say_which_way_the_change_went() -> None:
    text = "截至6月30日，东岭园区PM2.5浓度为61μg/m3，同比“不降反升”9.5%；优良天数比率为59.1%，同比“不升反降”5.2个百分点。"
    assert [(c, v, d, ch) for c, v, d, ch, _ in _rows(text)] == [
        ("pm25_avg_concentration", 61.0, "up", 9.5),
        ("good_air_days_ratio", 59.1, "down", 5.2),
    ]


def test_an_english_page_stamp_dates_the_figures_after_it() -> None:
    text = "东岭园区约谈 Aug 3rd 2019, 10:20 记者报道：东岭园区PM2.5浓度为58μg/m3。"
    assert [y for *_, y in _rows(text)] == [2019]


def test_a_figure_over_a_plans_years_has_no_year_and_one_value_of_two_years_is_each_years() -> None:
    text = "西河县“十三五”期间饮用水水源地达标率为98.6%；2022年和2023年饮用水水源地达标率均为100%。"
    assert [(v, y) for _, v, _, _, y in _rows(text)] == [(98.6, None), (100.0, 2022), (100.0, 2023)]
    listed = "2021年和2022年，全县细颗粒物浓度均为35微克/立方米，优良天数比例分别为85.2%、88.1%。"
    assert [(c, v, y) for c, v, _, _, y in _rows(listed)] == [
        ("pm25_avg_concentration", 35.0, 2021),
        ("pm25_avg_concentration", 35.0, 2022),
        ("good_air_days_ratio", 85.2, 2021),
        ("good_air_days_ratio", 88.1, 2022),
    ]


def test_clean_sea_area_by_a_water_index_is_no_good_class_share() -> None:
    text = "按综合指数评价，2016年西河湾清洁海域面积比例为52.6%。"
    assert [c for c, _ in _figures(text)] == ["share"]


def test_a_bounded_figure_after_its_verb_is_still_a_figure_though_a_noun_follows() -> None:
    assert _figures("全市建成2000公里以上绿道，新建120个以上公园。") == [("length", 2000.0), ("count", 120.0)]


def test_taiwans_words_for_a_fall_are_changes() -> None:
    text = "依据环境部监测，西河去年PM2.5年均浓度降至19.6μg/m3，与105年相比，减量幅度达12.3%。"
    assert _rows(text) == [("pm25_avg_concentration", 19.6, "down", 12.3, 2017)]


def test_a_change_only_items_older_second_change_is_no_item_of_its_own() -> None:
    text = (
        "2020年截至12月15日，西河县优良天数达309天；优良天数率同比增加2.1个百分点；PM2.5平均浓度同比改善11.2%。"
        "与基准年(2015年)同比，优良天数率增加12.7个百分点，PM2.5平均浓度改善38.5%。"
    )
    assert [(c, v, ch) for c, v, _, ch, _ in _rows(text) if v is None] == [
        ("good_air_days_ratio", None, 2.1),
        ("pm25_avg_concentration", None, 11.2),
    ]


def test_a_headline_that_exclaims_is_still_a_headline_of_its_article() -> None:
    text = "西河县生态公报发布！森林覆盖率达40.1%\n\n2024-1-20 10:00 来源: 日报\n\n公报显示，截至2023年底，全县森林覆盖率达40.1%。"
    assert [(c, v, y) for c, v, _, _, y in _rows(text)] == [("forest_coverage", 40.1, 2023)]


def test_an_aside_about_the_year_before_dates_nothing_after_it() -> None:
    text = "2019年西河县全年有效监测天数362天，(2018年有效监测358天)空气质量达标271天，同比增加19天。"
    assert [(c, v, y) for c, v, _, _, y in _rows(text) if c == "good_air_days_count"] == [
        ("good_air_days_count", 271.0, 2019)
    ]
