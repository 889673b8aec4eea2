"""Every listing family resolves relative and protocol-relative links against the page URL and
drops ``javascript:`` and in-page ``#`` links."""

from __future__ import annotations

import json

from models.records import PageStatus
from scrapers.base.urls import resolve_link
from scrapers.listings.freewechat_list import parse_freewechat_list
from scrapers.listings.mee_list import parse_mee_list
from scrapers.listings.thepaper_list import parse_thepaper_list
from scrapers.listings.wechat_album import parse_album_html, parse_album_json

BIZ = "MzkwMDAwMDAwMQ=="
ALBUM = f"https://mp.weixin.qq.com/mp/appmsgalbum?__biz={BIZ}&action=getalbum&album_id=7"
TITLE = "厅局长请回答⑩ | 李军:推进美丽江西建设"


def test_relative_protocol_relative_and_absolute_links_resolve_against_the_page():
    page = "https://www.mee.gov.cn/ywdt/dfnews/index_1.shtml"
    assert resolve_link("./202502/t1.shtml", page) == "https://www.mee.gov.cn/ywdt/dfnews/202502/t1.shtml"
    assert resolve_link("../../xxgk/t2.html", page) == "https://www.mee.gov.cn/xxgk/t2.html"
    assert resolve_link("//big5.mee.gov.cn/a.shtml", page) == "https://big5.mee.gov.cn/a.shtml"
    assert resolve_link(" /s?x=1 ", page) == "https://www.mee.gov.cn/s?x=1"


def test_script_anchor_mail_and_empty_links_are_dropped():
    page = "https://www.mee.gov.cn/ywdt/"
    for href in ("javascript:void(0)", "JavaScript:go(2)", "#top", "#", "mailto:a@b.cn", "", "  ", None):
        assert resolve_link(href, page) is None


def test_album_html_items_with_relative_links_land_on_the_album_host():
    rows = (
        f'<li class="js_album_item" data-msgid="1" data-link="/s?__biz={BIZ}&amp;mid=2650000010&amp;idx=1&amp;sn=ab#rd" data-title="{TITLE}"></li>'
        f'<li class="js_album_item" data-msgid="2" data-link="//mp.weixin.qq.com/s?__biz={BIZ}&amp;mid=2650000009&amp;idx=1&amp;sn=cd" data-title="厅局长请回答⑨ | 某某:示例"></li>'
        f'<li class="js_album_item" data-msgid="3" data-link="javascript:;" data-title="厅局长请回答⑧ | 某某:示例"></li>'
    )
    page = parse_album_html(f"<ul>{rows}</ul>", ALBUM)
    assert [i.url for i in page.items] == [
        f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid=2650000010&idx=1&sn=ab",
        f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid=2650000009&idx=1&sn=cd",
    ]
    assert page.items[0].canonical_key == f"{BIZ}:2650000010:1"


def test_album_json_items_with_relative_links_land_on_the_album_host():
    body = {
        "base_resp": {"ret": 0},
        "getalbum_resp": {
            "article_list": [
                {
                    "msgid": "5",
                    "itemidx": "1",
                    "title": TITLE,
                    "url": f"/s?__biz={BIZ}&amp;mid=5&amp;idx=1&amp;sn=e",
                },
                {"msgid": "4", "itemidx": "1", "title": "厅局长请回答④ | 某:示例", "url": "#"},
            ],
            "continue_flag": "0",
        },
    }
    page = parse_album_json(json.dumps(body), ALBUM + "&f=json")
    assert [i.url for i in page.items] == [f"https://mp.weixin.qq.com/s?__biz={BIZ}&mid=5&idx=1&sn=e"]


def test_mee_list_relative_links_resolve_and_script_links_are_dropped():
    html = (
        '<ul class="cjcx_danduimg_list">'
        f'<li><dl><dt><a class="cjcx_biaobnan" href="./202502/t20250219_1.shtml">{TITLE}</a></dt></dl></li>'
        '<li><dl><dt><a class="cjcx_biaobnan" href="javascript:void(0)">厅局长请回答⑨ | 某:示例</a></dt></dl></li>'
        '<li><dl><dt><a class="cjcx_biaobnan" href="//www.mee.gov.cn/ywdt/hjywnews/202502/t2.shtml">厅局长请回答⑧ | 某:示例</a></dt></dl></li>'
        "</ul>"
    )
    page = parse_mee_list(html, "https://www.mee.gov.cn/ywdt/dfnews/")
    assert [i.url for i in page.items] == [
        "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1.shtml",
        "https://www.mee.gov.cn/ywdt/hjywnews/202502/t2.shtml",
    ]


def test_mirror_list_relative_links_resolve_against_the_mirror_page():
    html = (
        f'<div class="main"><h3><a href="../a/{BIZ}/2650000010/1">廳局長請回答⑩ | 李軍:推進</a></h3></div>'
        '<div class="main"><h3><a href="#">廳局長請回答⑨ | 某:示例</a></h3></div>'
        '<a class="next" href="?page=2">下一頁</a>'
    )
    page = parse_freewechat_list(html, "https://mirror.example/profile/x")
    assert [i.url for i in page.items] == [f"https://mirror.example/a/{BIZ}/2650000010/1"]
    assert page.items[0].canonical_key == f"{BIZ}:2650000010:1"
    assert page.next_urls == ("https://mirror.example/profile/x?page=2",)


def test_thepaper_entries_with_their_own_relative_link_resolve_against_the_list():
    data = {
        "props": {
            "pageProps": {
                "data": {
                    "list": [
                        {"contId": "101", "name": TITLE, "url": "/newsDetail_forward_101"},
                        {"contId": "102", "name": "厅局长请回答⑨ | 某:示例", "link": "javascript:;"},
                        {"contId": "103", "name": "厅局长请回答⑧ | 某:示例"},
                    ]
                }
            }
        }
    }
    html = f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    page = parse_thepaper_list(html, "https://m.thepaper.cn/list_1")
    assert page.status is PageStatus.OK
    assert [i.url for i in page.items] == [
        "https://m.thepaper.cn/newsDetail_forward_101",
        "https://www.thepaper.cn/newsDetail_forward_103",
    ]
