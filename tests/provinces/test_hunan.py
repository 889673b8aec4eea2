"""湖南 (JSON family, walked as HTML): the hy-list-text list."""

from tests.provinces.support import listing, recorded, site


def test_the_hunan_html_list_reads_its_links_with_the_date_in_small():
    page = listing("hunan", "hunan.list.html")
    assert [i.url for i in page.items] == [
        "https://sthjt.hunan.gov.cn/sthjt/xxgk/xwdt/zxdt/202501/t20250125_33500001.html"
    ]
    assert (
        page.items[0].title == "湖南省洞庭湖生态环境保护工作推进会召开"
    )  # the @title, not the text with its date
    assert str(page.items[0].published_at.date()) == "2025-01-25"
    assert site("hunan").list_rule(recorded("hunan.list.html"), "") == "selector"
