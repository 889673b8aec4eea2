"""吉林 (TRS): the source is written by a script, the date carries seconds."""

from tests.provinces.support import article


def test_the_jilin_article_reads_the_source_its_script_writes():
    draft = article("jilin", "jilin.article.html")
    assert draft.account == "吉林省生态环境厅"
    assert draft.published_at is not None and draft.published_at.isoformat() == "2025-02-02T10:07:33+08:00"
