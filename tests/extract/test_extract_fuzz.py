"""No input text crashes the extractor, and every quote is the text at its offsets."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrapers.base.normalize import normalize
from scrapers.extract import extract_text

_CJK_DIGITS = st.text(
    alphabet=st.sampled_from(
        list("0123456789.,%个项名万亿元天年月第一二两三十百千全省国市“”「」，。；、：（）\n ")
        + list("浓度比率优良天数微克/立方米平方公里同比上升下降个百分点历史新高连续首次率先PMⅡⅢ類")
    ),
    max_size=120,
)
_ANY = st.text(max_size=200)


def _check(text: str) -> None:
    indicators, claims = extract_text(text)
    body = normalize(text).text
    for item in [*indicators, *claims]:
        assert 0 <= item.start <= item.end <= len(body)
        assert body[item.start : item.end] == item.quote


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_CJK_DIGITS)
def test_cjk_and_digit_heavy_text_never_crashes(text: str) -> None:
    _check(text)


@settings(max_examples=150, deadline=None)
@given(_ANY)
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    _check(text)


# Sentences put together from the phrases figures are written with: a fuzzer that draws characters
# one by one rarely writes 去年同期为3.2个百分点, which once crashed the extractor.
_CLAUSE = st.tuples(
    st.sampled_from(["", "甲市", "全省", "其中", "到2025年，", "2019年", "力争"]),
    st.sampled_from(
        ["优良天数比例", "PM2.5平均浓度", "劣Ⅴ类断面比例", "森林覆盖率", "综合指数", "重污染天数", ""]
    ),
    st.sampled_from(
        [
            "为",
            "达到",
            "同比上升",
            "较上年下降",
            "去年同期为",
            "较2019年",
            "由",
            "上升至",
            "分别为",
            "均为",
            "改善",
            "（",
            "",
        ]
    ),
    st.sampled_from(["3.2", "85", "0", "100", "12.5", "1 350", "二十", "-4.1"]),
    st.sampled_from(["个百分点", "%", "微克/立方米", "天", "个", "万亩", "", "倍"]),
    st.sampled_from(["", "以上", "以内", "）", "、", "和", "，排名第3", "，同比持平"]),
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_CLAUSE, min_size=1, max_size=5).map("，".join))
def test_sentences_of_figure_phrases_in_any_order_never_crash(text: str) -> None:
    _check(text + "。")
