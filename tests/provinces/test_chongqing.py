"""重庆 (TRS-style): the source sits in a script inside div.zwxl-bar."""

from tests.provinces.support import article


def test_the_chongqing_article_reads_the_source_its_script_writes():
    draft = article("chongqing", "chongqing.article.html")
    assert (draft.title, draft.account) == ("重庆市推进长江上游生态屏障建设", "重庆市生态环境局")
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-01-29"
