"""上海 (generic family, the ivs_* template)."""

from tests.provinces.support import article, listing


def test_the_shanghai_article_reads_ivs_title_and_the_bracketed_ivs_date():
    draft = article("shanghai", "shanghai.article.html")
    assert draft.title == "上海发布2024年生态环境状况公报"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-02-05"
    assert draft.meta_value("province_body") == "selector:#ivs_content"


def test_the_shanghai_list_reads_listn_links_and_follows_its_next_page_link():
    page = listing("shanghai", "shanghai.list.html")
    assert [i.published_at.date().isoformat() for i in page.items] == ["2025-02-05", "2025-02-04"]
    assert page.items[0].url == (
        "https://sthj.sh.gov.cn/hbzhywpt1272/hbzhywpt1157/20250205/0a1b2c3d4e5f40718293a4b5c6d7e8f9.html"
    )
    assert page.next_urls == ("https://sthj.sh.gov.cn/hbzhywpt1272/hbzhywpt1157/index_1.html",)


def test_the_last_shanghai_list_page_has_no_next_page():
    page = listing("shanghai", "shanghai.list-page2.html")
    assert [i.title for i in page.items] == ["黄浦江水质持续改善"] and page.next_urls == ()
