"""贵州 (TRS-style): the PageMainBox list with absolute links."""

from tests.provinces.support import listing


def test_the_guizhou_list_keeps_its_absolute_links():
    page = listing("guizhou", "guizhou.list.html")
    assert [i.url for i in page.items] == [
        "https://sthj.guizhou.gov.cn/xwzx/stdt/202501/t20250121_86000001.html"
    ]
