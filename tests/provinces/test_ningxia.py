"""宁夏 (TRS-style): the textcon body keeps its centred document number."""

from tests.provinces.support import article


def test_the_ningxia_article_reads_the_textcon_body_and_the_tip_source():
    draft = article("ningxia", "ningxia.article.html")
    assert draft.account == "宁夏回族自治区生态环境厅"
    assert draft.blocks == (
        "宁环发〔2025〕1号",
        "自治区生态环境厅印发通知，部署黄河流域生态保护和高质量发展先行区建设重点任务。",
    )
