"""海南 (generic family): the list-right_title list."""

from tests.provinces.support import listing


def test_the_hainan_list_reads_its_title_links_and_the_gailan_date():
    page = listing("hainan", "hainan.list.html")
    assert [i.url for i in page.items] == ["https://hnsthb.hainan.gov.cn/ywdt/202501/t20250122_3700001.html"]
    assert str(page.items[0].published_at.date()) == "2025-01-22"
