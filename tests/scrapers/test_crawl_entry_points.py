"""Entry points: checked against the allow-list before any request, read or not, and the source
each found item is credited to (shared and distinct hosts)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models.records import SourceFamily
from models.settings import Settings, SettingsError
from scrapers.crawl import Discovery, discover, entry_point_problems
from scrapers.fetch.http import PoliteClient
from tests.support.fault_server import FaultServer, html
from tests.support.offline import local_mee_settings

TITLE = "厅局长请回答⑩ | 李军:推进美丽江西建设"
WECHAT_LINK = "http://mp.weixin.qq.com/s?__biz=QQ==&amp;mid=7&amp;idx=1&amp;sn=a"


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def settings(mee_base: str, entry: str, wechat_base: str | None = None) -> Settings:
    return local_mee_settings(
        mee_base, [entry], MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL=wechat_base or mee_base
    )


def crawl(s: Settings) -> Discovery:
    with PoliteClient(s) as client:
        return discover(client, s, known=set(), on_page=lambda page, source: None)


def test_an_entry_point_outside_the_allow_list_is_a_configuration_error_before_any_request(srv):
    s = settings(srv.base_url, "https://lists.example.org/column/")
    assert len(entry_point_problems(s)) == 1 and "lists.example.org" in entry_point_problems(s)[0]
    with pytest.raises(SettingsError, match=r"sources\.mee: entry point"):
        crawl(s)
    assert srv.count() == 0


def test_an_entry_point_answering_404_is_not_read(srv):
    found = crawl(settings(srv.base_url, "/gone/"))
    assert found.entry_points == [("mee", "https://www.mee.gov.cn/gone/", False)]
    assert found.failed == [("https://www.mee.gov.cn/gone/", "HTTP 404")]


def test_on_a_shared_host_links_onto_that_host_belong_to_the_source_that_found_them(srv):
    srv.route("/list/", html(f'<li><a href="{srv.base_url}/ywdt/t1.shtml">{TITLE}</a></li>'))
    found = crawl(settings(srv.base_url, "/list/"))
    [item] = found.items
    assert (item.url, item.source) == ("https://www.mee.gov.cn/ywdt/t1.shtml", SourceFamily.MEE)
    assert found.entry_points == [("mee", "https://www.mee.gov.cn/list/", True)]


def test_a_wechat_link_on_an_mee_list_is_a_wechat_copy(srv):
    with FaultServer() as wechat:
        srv.route("/list/", html(f'<li><a href="{WECHAT_LINK}">{TITLE}</a></li>'))
        found = crawl(settings(srv.base_url, "/list/", wechat.base_url))
    [item] = found.items
    assert item.source is SourceFamily.WECHAT
    assert item.url == "https://mp.weixin.qq.com/s?__biz=QQ==&mid=7&idx=1&sn=a"
