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
