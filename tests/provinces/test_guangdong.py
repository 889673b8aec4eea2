"""广东 (generic family): the listimg_data list."""

from tests.provinces.support import listing


def test_the_guangdong_list_reads_titlelie_links_with_their_list_date():
    page = listing("guangdong", "guangdong.list.html")
    assert [i.url for i in page.items] == ["https://gdee.gd.gov.cn/hbxw/content/post_4600001.html"]
    assert str(page.items[0].published_at.date()) == "2025-01-24"
