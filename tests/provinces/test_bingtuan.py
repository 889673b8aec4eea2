"""兵团 (ZCMS): its site search answers JSON, read by the shared JSON rule."""

from tests.provinces.support import listing


def test_the_bingtuan_zcms_search_answer_yields_its_result():
    page = listing("bingtuan", "bingtuan.search.json")
    assert [(i.url, i.title) for i in page.items] == [
        ("https://sthjj.xjbt.gov.cn/c/2025-01-18/8400001.shtml", "兵团召开生态环境保护工作会议")
    ]
    assert str(page.items[0].published_at.date()) == "2025-01-18"
    assert page.next_urls == ()  # data.total 1
