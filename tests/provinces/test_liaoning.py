"""辽宁 (generic family, the zy_content template)."""

from tests.provinces.support import article


def test_the_liaoning_article_reads_the_chinese_date_and_the_source_from_the_info_line():
    draft = article("liaoning", "liaoning.article.html")
    assert (draft.title, draft.account) == ("辽宁省推进辽河流域生态环境综合治理", "辽宁省生态环境厅")
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-03"
