"""青海 (TRS WCM): list, both spellings of TRS paging, and the meta-first article."""

from tests.provinces.support import article, listing


def test_the_qinghai_list_reads_xwzx_item_links_and_pages_to_index_1():
    page = listing("qinghai", "qinghai.list.html")
    assert [i.url for i in page.items] == [
        "https://sthjt.qinghai.gov.cn/xwzx/szyw/202502/t20250221_190001.html",
        "https://sthjt.qinghai.gov.cn/xwzx/szyw/202502/t20250220_189990.html",
    ]
    assert page.next_urls == ("https://sthjt.qinghai.gov.cn/xwzx/szyw/index_1.html",)


def test_the_qinghai_second_page_reads_createpagehtml_and_stops_before_the_last_page_runs_out():
    page = listing("qinghai", "qinghai.list-page2.html")
    assert len(page.items) == 1
    assert page.next_urls == ("https://sthjt.qinghai.gov.cn/xwzx/szyw/index_2.html",)  # 3 pages: 0, 1, 2


def test_the_qinghai_article_takes_title_date_and_source_from_the_trs_metas():
    draft = article("qinghai", "qinghai.article.html")
    assert (draft.title, draft.account) == ("青海省召开生态环境保护委员会会议", "青海省生态环境厅")
    assert draft.published_at is not None and draft.published_at.isoformat() == "2025-02-21T16:40:00+08:00"
    assert draft.meta_value("province_body") == "selector:.TRS_UEDITOR"
