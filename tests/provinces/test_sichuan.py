"""四川 (TRS-style): the nrcontent template among the four."""

from tests.provinces.support import article, site


def test_the_sichuan_article_falls_through_the_body_list_to_nrcontent():
    draft = article("sichuan", "sichuan.article.html")
    assert draft.meta_value("province_body") == "selector:div.nrcontent"
    assert draft.published_at is not None and str(draft.published_at.date()) == "2025-01-30"


def test_the_sichuan_guestweb_search_is_an_entry_point_with_the_keyword_slot():
    [search] = [e for e in site("sichuan").entry_points if e.kind == "search"]
    assert search.path.startswith("/guestweb4/s?searchWord={keyword}")
