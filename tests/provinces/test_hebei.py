"""河北 (generic family, the hebei.gov.cn p_nei template)."""

from tests.provinces.support import article


def test_the_hebei_article_reads_p_nei_title_h4_date_and_source_and_bodylabel():
    draft = article("hebei", "hebei.article.html")
    assert (draft.title, draft.account) == ("河北省大气污染防治取得新进展", "河北省生态环境厅")
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-08"
    assert draft.meta_value("province_body") == "selector:#BodyLabel"
