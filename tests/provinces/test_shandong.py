"""山东 (TRS): the tListTitleNormal list."""

from tests.provinces.support import listing


def test_the_shandong_list_reads_tlist_links_and_their_dates():
    page = listing("shandong", "shandong.list.html")
    assert [i.title for i in page.items] == ["山东省召开生态环境保护大会", "黄河三角洲生态保护修复持续推进"]
    assert str(page.items[1].published_at.date()) == "2025-01-26"
