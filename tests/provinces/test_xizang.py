"""西藏 (TRS): title and date in sibling spans, TRS paging."""

from tests.provinces.support import listing


def test_the_xizang_list_reads_the_date_from_the_sibling_span_and_pages_on():
    page = listing("xizang", "xizang.list.html")
    assert [i.title for i in page.items] == ["西藏生态安全屏障建设取得新成效"]
    assert str(page.items[0].published_at.date()) == "2025-01-20"
    assert page.next_urls == ("https://ee.xizang.gov.cn/xwzx/xzxw/index_1.html",)
