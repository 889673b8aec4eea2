"""The generic fallbacks: items named by their text or title anywhere, generic pagination, and
``listing_empty`` for a page whose links name no episode."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from models.records import PageStatus, SourceFamily
from scrapers.families.listing import GENERIC_ITEMS, GENERIC_KIND, GENERIC_PAGINATION, read_listing
from scrapers.listings.generic_list import generic_items, generic_next

MEE = "https://www.mee.gov.cn/ywdt/dfnews/"
UNFAMILIAR_MEE = """
<div class="news-grid">
  <article><h4><a href="./202502/t20250219_1.shtml" title="厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮、成色更足、特色更明">厅局长请回答⑩ | 李军:推进美丽江西…</a></h4></article>
  <article><h4><a href="./202502/t20250219_2.shtml">关于开展2025年执法检查的通知</a></h4></article>
  <article><a href="/ywdt/hjywnews/t3.shtml"><img src="x.png"></a><span><a title="厅局长请回答9 | 某某:示例" href="/ywdt/hjywnews/t3.shtml">更多</a></span></article>
</div>
<nav><a href="javascript:void(0)">上一页</a><a href="index_1.shtml">下一页</a></nav>
"""


def test_an_unfamiliar_mee_list_yields_its_items_through_the_generic_rules():
    read = read_listing("mee", UNFAMILIAR_MEE, MEE)
    assert [(i.series_no, i.url) for i in read.page.items] == [
        (10, "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1.shtml"),
        (9, "https://www.mee.gov.cn/ywdt/hjywnews/t3.shtml"),
    ]
    # the untruncated title attribute wins over the cut link text
    assert read.page.items[0].title.endswith("特色更明")
    assert read.page.items[0].source is SourceFamily.MEE
    assert read.page.next_urls == ("https://www.mee.gov.cn/ywdt/dfnews/index_1.shtml",)
    assert read.fallbacks == (GENERIC_ITEMS, GENERIC_PAGINATION)
    assert not read.empty


def test_a_family_page_that_finds_its_items_uses_no_fallback():
    html = (
        '<ul class="cjcx_danduimg_list"><li><dl><dt><a class="cjcx_biaobnan" href="./t1.shtml">'
        "厅局长请回答⑩ | 李军:推进</a></dt></dl></li></ul><script>var countPage = 2//共多少页</script>"
    )
    read = read_listing("mee", html, MEE)
    assert read.fallbacks == () and len(read.page.items) == 1


def test_a_page_with_links_but_no_episode_is_listing_empty():
    html = '<ul><li><a href="./a.shtml">关于印发通知</a></li><li><a href="#">顶部</a></li></ul>'
    read = read_listing("mee", html, MEE)
    assert read.empty and read.page.items == () and read.page.status is PageStatus.OK


def test_an_album_page_without_album_rows_falls_back_to_its_links():
    html = (
        '<div><p><a href="/s?__biz=QQ==&amp;mid=7&amp;idx=1&amp;sn=a">厅局长请回答⑦ | 某:示例</a></p></div>'
    )
    read = read_listing("wechat", html, "https://mp.weixin.qq.com/mp/appmsgalbum?__biz=QQ==&action=getalbum")
    assert read.page.status is PageStatus.OK
    assert [i.canonical_key for i in read.page.items] == ["QQ==:7:1"]
    assert GENERIC_ITEMS in read.fallbacks


def test_a_gated_album_page_stays_blocked():
    read = read_listing(
        "wechat", "<h2>环境异常</h2><a href='/x'>去验证</a>", "https://mp.weixin.qq.com/mp/appmsgalbum?a=1"
    )
    assert read.page.status is PageStatus.BLOCKED and read.fallbacks == ()


def test_a_source_no_family_knows_is_read_by_the_generic_rules_alone():
    html = '<li><a href="/p/1.html">廳局長請回答⑩ | 李軍:推進</a></li>'
    read = read_listing("sohu_mirror", html, "https://news.example.org/list")
    assert [i.url for i in read.page.items] == ["https://news.example.org/p/1.html"]
    assert read.fallbacks == (GENERIC_KIND, GENERIC_ITEMS)


@pytest.mark.parametrize(
    ("page_url", "html", "expected"),
    [
        (
            "https://x.cn/list/",
            '<a href="index_1.shtml">2</a><a href="index_2.shtml">3</a>',
            "https://x.cn/list/index_1.shtml",
        ),
        (
            "https://x.cn/list/index_1.shtml",
            '<a href="index.shtml">1</a><a href="index_2.shtml">3</a>',
            "https://x.cn/list/index_2.shtml",
        ),
        (
            "https://x.cn/list?page=2",
            '<a href="?page=1">1</a><a href="?page=3">3</a>',
            "https://x.cn/list?page=3",
        ),
        ("https://x.cn/list", '<a href="/list/p/9">»</a>', "https://x.cn/list/p/9"),
        ("https://x.cn/list", '<a href="/l2">Next</a>', "https://x.cn/l2"),
        ("https://x.cn/list", '<a rel="next" href="/more">更多</a>', "https://x.cn/more"),
        ("https://x.cn/list", '<a href="/b5">下頁</a>', "https://x.cn/b5"),
    ],
)
def test_generic_pagination_finds_the_page_after_this_one(page_url, html, expected):
    assert generic_next(BeautifulSoup(html, "lxml"), page_url) == (expected,)


def test_generic_pagination_does_not_go_back_or_follow_script_links():
    html = '<a href="javascript:next()">下一页</a><a href="?page=1">1</a><a href="#">›</a>'
    assert generic_next(BeautifulSoup(html, "lxml"), "https://x.cn/list?page=2") == ()


def test_generic_items_keep_one_item_per_url():
    html = '<a href="/a">厅局长请回答⑩ | 甲:乙</a><a href="/a" title="厅局长请回答⑩ | 甲:乙">图</a>'
    assert len(generic_items(BeautifulSoup(html, "lxml"), "https://x.cn/", SourceFamily.TEXT)) == 1


def test_a_family_list_page_of_other_news_is_not_listing_empty():
    html = (
        '<ul class="cjcx_danduimg_list"><li><dl><dt><a class="cjcx_biaobnan" href="./t1.shtml">'
        "生态环境部召开部常务会议</a></dt></dl></li></ul>"
    )
    read = read_listing("mee", html, MEE)
    assert read.page.items == () and not read.empty
