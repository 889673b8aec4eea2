"""内蒙古 (TRS): the xiLan template."""

from tests.provinces.support import article


def test_the_neimenggu_article_reads_the_xilan_title_and_the_xlbtnleft_date():
    draft = article("neimenggu", "neimenggu.article.html")
    assert draft.title == "内蒙古持续推进黄河流域生态保护"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-10"
    assert draft.blocks[0].startswith("自治区生态环境厅召开")
