"""河南 (generic family, the zw_con template)."""

from tests.provinces.support import article


def test_the_henan_article_reads_zw_sta_source_and_zw_time_date():
    draft = article("henan", "henan.article.html")
    assert (draft.title, draft.account) == ("河南省黄河流域生态环境保护工作会召开", "河南省生态环境厅")
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-07"
