"""天津 (TRS): relative links out of the list's channel."""

from tests.provinces.support import listing


def test_the_tianjin_list_resolves_its_relative_links_into_other_channels():
    page = listing("tianjin", "tianjin.list.html")
    assert [i.url for i in page.items] == [
        "https://sthj.tj.gov.cn/YWGZ7406/HJGL7886/SHJGL4585/202502/t20250205_6700001.html",
        "https://sthj.tj.gov.cn/ZWXX808/HBYW1316/202502/t20250204_6700002.html",
    ]
    assert str(page.items[0].published_at.date()) == "2025-02-05"
