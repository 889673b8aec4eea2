"""黑龙江 (JSON channel search): JSON list, its paging, and the ucaptitle article."""

from tests.provinces.support import article, listing


def test_the_heilongjiang_json_list_reads_results_and_asks_for_page_2_while_rows_remain():
    page = listing("heilongjiang", "heilongjiang.list.json")
    assert [i.url for i in page.items] == [
        "https://sthj.hlj.gov.cn/sthj/c111945/202502/c00_31800001.shtml",
        "https://sthj.hlj.gov.cn/sthj/c111945/202502/c00_31800002.shtml",
    ]
    assert page.next_urls == (
        "http://sthj.hlj.gov.cn/common/search/c111945?_isAgg=true&_isJson=true&_pageSize=2&_template=index&page=2",
    )


def test_the_heilongjiang_second_json_page_is_the_last_one():
    page = listing("heilongjiang", "heilongjiang.list-page2.json")
    assert len(page.items) == 1 and page.next_urls == ()  # 2 + 1 = rows 3


def test_the_heilongjiang_article_reads_ucaptitle_and_the_bold_date_and_source():
    draft = article("heilongjiang", "heilongjiang.article.html")
    assert (draft.title, draft.account) == ("黑龙江省召开生态环境保护工作会议", "黑龙江省生态环境厅")
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-18"
