"""安徽 (generic family, the jh5 newstitle template)."""

from tests.provinces.support import article


def test_the_anhui_article_reads_newstitle_and_the_j_fontcontent_body():
    draft = article("anhui", "anhui.article.html")
    assert (draft.title, draft.account) == ("安徽省召开长江安徽段生态环境保护推进会", "安徽省生态环境厅")
    assert draft.meta_value("province_body") == "selector:div.j-fontContent"
