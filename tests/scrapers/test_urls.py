"""URL identity: WeChat keys, canonical URLs and the MEE big5 gateway."""

import pytest

from scrapers.base.urls import big5_gateway_url, canonical_url, from_big5_gateway, is_big5_gateway, wechat_key

BIZ = "MzkwMDAwMDAwMQ=="
LONG = f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid=2650000032&idx=1&sn=0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize(
    "url",
    [
        LONG,
        LONG.replace("https:", "http:") + "&chksm=aaaa&scene=126&sessionid=1#rd",
        LONG.replace("&", "&amp;") + "#wechat_redirect",
        LONG.replace("&", "\\x26amp;"),
        LONG.replace("&", "&amp;amp;"),
        f"https://mp.weixin.qq.com/s?__biz={BIZ}&appmsgid=2650000032&itemidx=1&sign=0123456789abcdef0123456789abcdef",
        f"https://freewechat.com/a/{BIZ}/2650000032/1",
        f"https://oteq.org/fwc/a/{BIZ}/2650000032/1",
    ],
)
def test_wechat_key_is_the_same_for_every_spelling_of_one_article(url):
    assert wechat_key(url) == f"{BIZ}:2650000032:1"


def test_wechat_key_keeps_a_plus_sign_in_biz():
    assert wechat_key("https://mp.weixin.qq.com/s?__biz=Mz+A/b==&mid=1&idx=2&sn=x") == "Mz+A/b==:1:2"


@pytest.mark.parametrize(
    "url",
    [
        "https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv",
        "https://mp.weixin.qq.com/s?src=11&timestamp=1700000000&ver=1&signature=abc",
        f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid=2650000032",
        "https://www.mee.gov.cn/ywdt/dfnews/202503/t20250302_1100032.shtml",
        "https://freewechat.com/profile/abc",
    ],
)
def test_wechat_key_is_none_when_the_url_does_not_reveal_the_triple(url):
    assert wechat_key(url) is None


def test_canonical_url_keeps_only_the_four_wechat_parameters_in_order():
    messy = (
        f"http://mp.weixin.qq.com/s?sn=0123456789abcdef0123456789abcdef&amp;chksm=aa&amp;idx=1"
        f"&amp;scene=27&amp;mid=2650000032&amp;__biz={BIZ}&amp;pass_ticket=x#rd"
    )
    assert canonical_url(messy) == LONG


def test_canonical_url_renames_legacy_wechat_parameters():
    legacy = f"https://mp.weixin.qq.com/s?__biz={BIZ}&appmsgid=2650000032&itemidx=1&sign=0123456789abcdef0123456789abcdef"
    assert canonical_url(legacy) == LONG


def test_canonical_url_drops_the_query_of_a_short_link():
    assert canonical_url("http://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv?scene=1#rd") == (
        "https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUv"
    )


def test_canonical_url_upgrades_to_https_lowercases_the_host_and_drops_fragments():
    assert (
        canonical_url("HTTP://WWW.MEE.GOV.CN:80/ywdt/?a=1&utm_source=x#top")
        == "https://www.mee.gov.cn/ywdt/?a=1"
    )


def test_canonical_url_leaves_loopback_test_servers_on_http():
    assert canonical_url("http://127.0.0.1:8080/s/x#rd") == "http://127.0.0.1:8080/s/x"


def test_canonical_url_is_idempotent():
    once = canonical_url(LONG + "&chksm=1#rd")
    assert canonical_url(once) == once


def test_big5_gateway_url_wraps_an_mee_url_and_from_big5_gateway_unwraps_it():
    url = "https://www.mee.gov.cn/ywdt/dfnews/index_1.shtml"
    gate = big5_gateway_url(url)
    assert gate == "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/dfnews/index_1.shtml"
    assert is_big5_gateway(gate)
    assert from_big5_gateway(gate) == url


def test_big5_gateway_url_returns_a_gateway_url_unchanged():
    gate = "https://big5.mee.gov.cn/gate/big5/www.mee.gov.cn/ywdt/"
    assert big5_gateway_url(gate) == gate


def test_big5_gateway_url_refuses_hosts_outside_mee():
    with pytest.raises(ValueError, match=r"mee\.gov\.cn"):
        big5_gateway_url("https://mp.weixin.qq.com/s/abc")


def test_from_big5_gateway_leaves_other_urls_alone():
    assert from_big5_gateway("https://www.mee.gov.cn/ywdt/") == "https://www.mee.gov.cn/ywdt/"


def test_circled_numerals_one_to_nine_parse_although_python_calls_them_digits():
    from scrapers.base.titles import parse_title

    assert [parse_title(f"厅局长请回答{c} | 某某:标题").series_no for c in "①⑤⑨"] == [1, 5, 9]
