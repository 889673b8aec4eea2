"""浙江 (Hanweb JCMS, table records and the table#article template)."""

from tests.provinces.support import article, listing


def test_the_zhejiang_list_reads_table_row_records_and_strips_the_date_brackets():
    page = listing("zhejiang", "zhejiang.list.html")
    assert [i.title for i in page.items] == ["浙江召开全省生态环境工作会议", "“千万工程”生态环境成效发布"]
    assert str(page.items[1].published_at.date()) == "2025-02-10"
    assert page.next_urls == ()  # no unit id on the page and none configured: no paging guess


def test_the_zhejiang_article_reads_the_old_table_template():
    draft = article("zhejiang", "zhejiang.article.html")
    assert draft.title == "浙江召开全省生态环境工作会议"
    assert draft.published_at is not None and draft.published_at.isoformat() == "2025-02-20T10:02:00+08:00"
    assert draft.meta_value("province_body") == "selector:div#zoom"
