"""甘肃 (JSON channel search behind a WAF): the JSON list, and the 412 it answers others with."""

from scrapers.provinces.hazards import access_hazard
from tests.provinces.support import listing


def test_the_gansu_json_list_reads_its_one_result():
    page = listing("gansu", "gansu.list.json")
    assert [i.title for i in page.items] == ["甘肃省祁连山生态环境保护工作推进会召开"]
    assert page.next_urls == ()


def test_a_gansu_412_with_ruishu_style_cookies_is_blocked_not_parsed():
    hazard = access_hazard(
        412, {"set-cookie": "4hP44ZykCTt5O=abc; path=/"}, "<html><script>$_ts=1</script></html>"
    )
    assert hazard is not None and (hazard.outcome, hazard.reason) == ("blocked", "HTTP 412 (WAF)")
