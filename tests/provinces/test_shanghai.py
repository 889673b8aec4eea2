"""上海 (generic family, the ivs_* template)."""

from tests.provinces.support import article


def test_the_shanghai_article_reads_ivs_title_and_the_bracketed_ivs_date():
    draft = article("shanghai", "shanghai.article.html")
    assert draft.title == "上海发布2024年生态环境状况公报"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-05"
    assert draft.meta_value("province_body") == "selector:#ivs_content"
