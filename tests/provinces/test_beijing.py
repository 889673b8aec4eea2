"""北京 (generic family with the municipal template's selectors)."""

from tests.provinces.support import article, listing, recorded, site


def test_the_beijing_list_reads_h_wz_m_links_and_not_the_navigation():
    page = listing("beijing", "beijing.list.html")
    assert [i.title for i in page.items] == ["北京市2024年空气质量持续改善", "市生态环境局召开新闻发布会"]
    assert site("beijing").list_rule(recorded("beijing.list.html"), "") == "selector"


def test_the_beijing_article_reads_the_h_dl_source_date_and_body():
    draft = article("beijing", "beijing.article.html")
    assert draft.account == "北京市生态环境局"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-01-05"
    assert draft.meta_value("province_body") == "selector:div.h_dl_c"
