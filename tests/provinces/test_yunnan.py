"""云南 (ASP.NET): the site search's result page (its lists are iframe shells)."""

from tests.provinces.support import listing


def test_the_yunnan_search_results_are_read_with_their_dates():
    page = listing("yunnan", "yunnan.search.html")
    assert [i.url for i in page.items] == ["https://sthjt.yn.gov.cn/xxgk/read.aspx?id=240001"]
    assert str(page.items[0].published_at.date()) == "2025-01-19"
