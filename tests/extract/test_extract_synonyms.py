"""Subjects by meaning: every form the real set's README lists for a catalog code, in Simplified
and in Traditional (OpenCC s2t), with spaces and brackets between words where real pages have them."""

from __future__ import annotations

from functools import lru_cache

import opencc
import pytest

from scrapers.extract import extract_text

# (sentence, code); each sentence states one figure of the code.
FORMS = [
    ("全省优良天数比例为91.3%。", "good_air_days_ratio"),
    ("全县空气品质优良日数比例为88.6%。", "good_air_days_ratio"),
    ("路边监测站的微细悬浮粒子年均浓度为每立方米18微克。", "pm25_avg_concentration"),
    ("路边监测站的可吸入悬浮粒子年均浓度为每立方米28微克。", "pm10_avg_concentration"),
    ("本县AQI≦100之良好及普通日数比例为91.5%。", "good_air_days_ratio"),
    ("全国平均优良天数比例为87.0%。", "good_air_days_ratio"),
    ("全市空气质量优良天数比例为88.5%。", "good_air_days_ratio"),
    ("全省优良天数比率为95.8%。", "good_air_days_ratio"),
    ("市区优良率为91.0%。", "good_air_days_ratio"),
    ("全省AQI达标率为61.1%。", "good_air_days_ratio"),
    ("全省各城市空气质量达标天数比例平均为97.3%。", "good_air_days_ratio"),
    ("平均达标天数比例为77.0%。", "good_air_days_ratio"),
    ("全省环境空气质量达到二级标准的天数比例为88.2%。", "good_air_days_ratio"),
    ("全市空气质量优、良率为97.5%。", "good_air_days_ratio"),
    ("全国均匀优秀天数份额为88.0%。", "good_air_days_ratio"),
    ("全省PM2.5平均浓度为32微克/立方米。", "pm25_avg_concentration"),
    ("全市PM2.5年均浓度为40微克/立方米。", "pm25_avg_concentration"),
    ("全市PM2.5月均浓度为27微克每立方米。", "pm25_avg_concentration"),
    ("细颗粒物(PM2.5)平均浓度为21微克/立方米。", "pm25_avg_concentration"),
    ("全省细颗粒物平均浓度为29μg/m3。", "pm25_avg_concentration"),
    ("PM 2.5 平均浓度为29.6微克/立方米。", "pm25_avg_concentration"),
    ("PM_2.5平均浓度为31微克/立方米。", "pm25_avg_concentration"),
    ("PM2.5平均浓度为60μg/m 3。", "pm25_avg_concentration"),
    ("PM2.5平均浓度为60μg/m^3。", "pm25_avg_concentration"),
    ("全国PM2.5平均浓度为45微克。", "pm25_avg_concentration"),
    ("PM10平均浓度为47微克/立方米。", "pm10_avg_concentration"),
    ("可吸入颗粒物(PM10)平均浓度为34微克/立方米。", "pm10_avg_concentration"),
    ("PM 10 浓度为77微克/立方米。", "pm10_avg_concentration"),
    ("O3平均浓度为163微克/立方米。", "o3_avg_concentration"),
    ("臭氧浓度为126微克/立方米。", "o3_avg_concentration"),
    ("O3日最大8小时平均第90百分位浓度为152微克/立方米。", "o3_avg_concentration"),
    ("O 3 浓度为185μg/m3。", "o3_avg_concentration"),
    ("SO2平均浓度为10微克/立方米。", "so2_avg_concentration"),
    ("二氧化硫平均浓度为12微克/立方米。", "so2_avg_concentration"),
    ("NO2平均浓度为18微克/立方米。", "no2_avg_concentration"),
    ("二氧化氮浓度为34微克/立方米。", "no2_avg_concentration"),
    ("重度及以上污染天数比例为2.7%。", "heavy_pollution_days_ratio"),
    ("平均重度及以上污染天数比率为0.8%。", "heavy_pollution_days_ratio"),
    ("其中重污染天数比例为0.8%。", "heavy_pollution_days_ratio"),
    ("全省重污染天数为14天。", "heavy_pollution_days_count"),
    ("区域共发生重污染397天次。", "heavy_pollution_days_count"),
    ("市区空气质量优良天数334天。", "good_air_days_count"),
    ("水质优良(Ⅰ—Ⅲ类)断面比例为90.2%。", "surface_water_good_ratio"),
    ("国考断面水质优良率(Ⅰ~Ⅲ类)为93.5%。", "surface_water_good_ratio"),
    ("全国Ⅰ~Ⅲ类水质断面占87.7%。", "surface_water_good_ratio"),
    ("Ⅰ类~Ⅲ类水质比例为96.8%。", "surface_water_good_ratio"),
    ("全市国控断面优良率为100%。", "surface_water_good_ratio"),
    ("长江流域水质优良比例为92.9%。", "surface_water_good_ratio"),
    ("劣Ⅴ类断面比例为1.0%。", "worse_than_class_v_ratio"),
    ("劣Ⅴ类水质湖(库)比例为4.8%。", "worse_than_class_v_ratio"),
    ("丧失使用功能(劣于Ⅴ类)水体比例为9.1%。", "worse_than_class_v_ratio"),
    ("Ⅰ类~Ⅱ类优质水比例为52.7%。", "better_than_class_ii_ratio"),
    ("Ⅰ类~Ⅱ类水质比例为76.6%。", "better_than_class_ii_ratio"),
    ("水质优良湖(库)比例为82.4%。", "lake_reservoir_good_ratio"),
    ("Ⅰ~Ⅲ类水质湖泊(水库)比例为69.4%。", "lake_reservoir_good_ratio"),
    ("湖库Ⅰ~Ⅲ类优良水质点位比例为38.8%。", "lake_reservoir_good_ratio"),
    ("近岸海域优良(一、二类)水质面积比例为85.3%。", "coastal_water_good_ratio"),
    ("全市优良水质海域面积比例为99.4%。", "coastal_water_good_ratio"),
    ("近岸海域优良水质比例为82.2%。", "coastal_water_good_ratio"),
    ("集中式饮用水水源地水质达标率为100%。", "drinking_water_source_compliance_ratio"),
    ("集中式生活饮用水水源达标率为96.8%。", "drinking_water_source_compliance_ratio"),
    ("受污染耕地安全利用率为92%。", "contaminated_farmland_safe_use_ratio"),
    ("农用地安全利用率为95%。", "contaminated_farmland_safe_use_ratio"),
    ("全省森林覆盖率为61.46%。", "forest_coverage"),
    ("全国生态保护红线面积为315万平方公里。", "eco_redline_area"),
]


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _codes(sentence: str) -> list[str]:
    indicators, _ = extract_text(sentence)
    return [i.code for i in indicators]


@pytest.mark.parametrize(("sentence", "code"), FORMS)
def test_every_listed_form_names_its_code_in_simplified(sentence: str, code: str) -> None:
    assert _codes(sentence) == [code]


@pytest.mark.parametrize(("sentence", "code"), FORMS)
def test_every_listed_form_names_its_code_in_traditional(sentence: str, code: str) -> None:
    assert _codes(_s2t().convert(sentence)) == [code]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("全省空氣品質優良天數比例為91.0%。", "good_air_days_ratio"),
        ("細顆粒物(PM2.5)平均濃度為19微克/立方米。", "pm25_avg_concentration"),
        ("全國(guó)達(dá)標(biāo)天數比例為86.7%。", "good_air_days_ratio"),
        ("優(yōu)良天數(shù)比例為 83.6 %。", "good_air_days_ratio"),
        ("PM2.5平均浓 度为30微克/立方米，同比下降6.5%。", "pm25_avg_concentration"),
    ],
)
def test_traditional_pinyin_and_spaced_forms_name_their_code(sentence: str, code: str) -> None:
    assert code in _codes(sentence)
