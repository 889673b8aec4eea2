"""福建 (TRS WCM, .htm articles)."""

from tests.provinces.support import article, site


def test_the_fujian_article_reads_its_span_time_and_source_and_the_trs_editor_body():
    draft = article("fujian", "fujian.article.html")
    assert draft.title == "福建持续推进木兰溪流域综合治理"
    assert draft.account == "福建省生态环境厅"  # "来源：" label removed
    assert draft.published_at is not None and draft.published_at.isoformat() == "2025-02-12T11:20:00+08:00"
    assert draft.meta_value("province_body") == "selector:.TRS_Editor"


def test_the_fujian_site_search_is_declared_as_an_unconfirmed_search_entry_point():
    search = [e for e in site("fujian").entry_points if e.kind == "search"]
    assert len(search) == 1 and "{keyword}" in search[0].path and not search[0].confirmed
