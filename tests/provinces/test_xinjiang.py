"""新疆 (generic family, the listtopbox/NewsContent template)."""

from tests.provinces.support import article


def test_the_xinjiang_article_reads_newscontent_and_the_listtopbox_source():
    draft = article("xinjiang", "xinjiang.article.html")
    assert draft.account == "新疆维吾尔自治区生态环境厅"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-04"
    assert draft.meta_value("province_body") == "selector:#NewsContent"
