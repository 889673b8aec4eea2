"""江苏 (Hanweb JCMS): the article template with its sub-title date."""

from tests.provinces.support import article


def test_the_jiangsu_article_reads_the_sub_title_date_and_the_zoom_body():
    draft = article("jiangsu", "jiangsu.article.html")
    assert draft.title == "省生态环境厅召开2025年全省生态环境保护工作会议"
    assert draft.published_at is not None and draft.published_at.isoformat() == "2025-01-20T09:15:00+08:00"
    assert len(draft.blocks) == 3 and draft.blocks[0].startswith("1月20日")
    assert draft.meta_value("province_body") == "selector:div.zoom"
