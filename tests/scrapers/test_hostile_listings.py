"""One bad link or value on a listing page is skipped and counted; the page and the run go on.

Each value below once ended a whole run (exit 1, ``failed (ValueError: Port out of range)``, 0
discovered), losing the good episode another entry point had found.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from models.records import PageStatus
from models.settings import Settings
from scrapers.crawl import Discovery, discover
from scrapers.families.listing import read_listing
from scrapers.fetch.http import PoliteClient
from scrapers.listings.mee_list import later_pages
from tests.support.fault_server import FaultServer, Reply, html
from tests.support.offline import local_mee_settings

TITLE = "厅局长请回答⑩ | 李军:推进美丽江西建设"
MEE = "https://www.mee.gov.cn/ywdt/dfnews/"
ALBUM_JSON = "https://mp.weixin.qq.com/mp/appmsgalbum?__biz=QQ==&action=getalbum&album_id=1&f=json"
BAD_HREFS = ["http://example.com:99999/x", "http://[bad/", "http://[::1]:p/"]


def page_with(*anchors: str) -> str:
    return "<html><body><ul>" + "".join(f"<li>{a}</li>" for a in anchors) + "</ul></body></html>"


@pytest.mark.parametrize("href", BAD_HREFS)
def test_an_unreadable_link_is_skipped_and_counted_and_the_rest_of_the_page_is_read(href: str) -> None:
    page = page_with(
        f'<a href="{href}">unrelated text</a>', f'<a href="./t1.shtml" title="{TITLE}">{TITLE}</a>'
    )
    read = read_listing("mee", page, MEE)
    assert [i.url for i in read.page.items] == ["https://www.mee.gov.cn/ywdt/dfnews/t1.shtml"]
    assert len(read.rejected) == 1 and read.rejected[0].startswith(f"unreadable link {href!r}")


def test_an_unreadable_link_naming_the_column_is_skipped_too() -> None:
    read = read_listing(
        "sohu_mirror", page_with(f'<a href="http://[bad/">{TITLE}</a>'), "https://news.example.org/l"
    )
    assert read.page.items == () and len(read.rejected) == 1


def test_a_next_page_link_with_a_superscript_page_number_is_just_not_a_next_page() -> None:
    page = page_with('<a href="?page=²">2</a>', f'<a href="/a/1">{TITLE}</a>')
    read = read_listing("sohu_mirror", page, "https://news.example.org/list?page=²")
    assert [i.url for i in read.page.items] == ["https://news.example.org/a/1"]


def test_an_album_json_nested_200000_levels_deep_is_an_unreadable_page_not_a_crash() -> None:
    bomb = '{"getalbum_resp": ' * 200_000 + "{}" + "}" * 200_000
    read = read_listing("wechat", bomb, ALBUM_JSON)
    assert read.page.status is PageStatus.ERROR and "nested" in read.page.reason


@pytest.mark.parametrize("created", ["nan", "1e20", "inf", "-1e308", "9" * 5000])
def test_an_album_entry_with_an_impossible_create_time_keeps_its_item_without_a_date(created: str) -> None:
    entry = {
        "title": TITLE,
        "url": "http://mp.weixin.qq.com/s?__biz=QQ==&mid=7&idx=1&sn=a",
        "create_time": created,
    }
    text = json.dumps(
        {"base_resp": {"ret": 0}, "getalbum_resp": {"article_list": [entry], "continue_flag": "0"}}
    )
    read = read_listing("wechat", text, ALBUM_JSON)
    [item] = read.page.items
    assert item.published_at is None
    assert read.rejected == (f"unreadable create_time {created[:40]!r}",)


def test_a_count_page_bomb_lists_only_the_pages_the_walk_may_visit() -> None:
    bomb = "<script>var countPage = 10000000</script>"
    assert len(later_pages(bomb, MEE, limit=49)) == 49
    assert later_pages("<script>var countPage = " + "9" * 5000 + "</script>", MEE, limit=3) == (
        MEE + "index_1.shtml",
        MEE + "index_2.shtml",
        MEE + "index_3.shtml",
    )


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def two_entry_points(srv: FaultServer) -> Settings:
    return local_mee_settings(srv.base_url, ["/hostile/", "/good/"])


def crawl(s: Settings) -> Discovery:
    with PoliteClient(s) as client:
        return discover(client, s, known=set(), on_page=lambda page, source: None)


def test_a_hostile_listing_page_costs_only_its_bad_links_and_the_good_entry_point_is_read(srv) -> None:
    hostile = page_with(*(f'<a href="{h}">x</a>' for h in BAD_HREFS), '<a href="?page=²">下一页</a>')
    srv.route("/hostile/", html(hostile))
    srv.route("/good/", html(page_with(f'<a href="/ywdt/t1.shtml">{TITLE}</a>')))
    found = crawl(two_entry_points(srv))
    assert [i.url for i in found.items] == ["https://www.mee.gov.cn/ywdt/t1.shtml"]
    hostile_page = "https://www.mee.gov.cn/hostile/"  # and its 下一页, ?page=², a readable link
    assert [(url, why.split(" ")[0]) for url, why in found.rejected] == [
        (hostile_page, "3"),
        (hostile_page + "?page=²", "3"),
    ]
    assert found.unreadable_values == 6
    assert [read for *_, read in found.entry_points] == [True, True]


def test_a_count_page_bomb_costs_no_more_than_the_page_cap(srv) -> None:
    srv.route(
        "/hostile/",
        Reply(headers={"Content-Type": "text/html"}, body=b"<script>var countPage = 10000000</script>"),
    )
    srv.route("/good/", html(page_with(f'<a href="/ywdt/t1.shtml">{TITLE}</a>')))
    s = local_mee_settings(
        srv.base_url,
        ["/hostile/", "/good/"],
        MEE_INTERVIEWS__DISCOVERY__MAX_LIST_PAGES="3",
        MEE_INTERVIEWS__DISCOVERY__INCREMENTAL="false",
    )
    found = crawl(s)
    assert srv.count() == 3 + 1  # the bomb's first page and two later ones, then the good list
    assert [i.url for i in found.items] == ["https://www.mee.gov.cn/ywdt/t1.shtml"]
