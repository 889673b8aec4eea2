"""山西 (TRS): the text-details template."""

from tests.provinces.support import article


def test_the_shanxi_article_reads_source_and_edit_date_from_the_one_meta_line():
    draft = article("shanxi", "shanxi.article.html")
    assert draft.title == "汾河流域水质持续改善"
    assert draft.account == "山西省生态环境厅"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-11"
