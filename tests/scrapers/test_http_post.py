"""POSTs to list APIs go through the same polite client as GETs: the form arrives, robots.txt and the
allow-list refuse them alike, 301-303 turn them into GETs, and each form is its own archive key."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models.settings import Settings
from scrapers.fetch.http import FetchError, FetchFailure, PoliteClient
from scrapers.fetch.posts import post_key, split_post_key
from tests.support.fault_server import FaultServer, Reply, redirect, robots_txt
from tests.support.offline import mee_on

FORM = (("current", "2"), ("webSiteCode", "jxssthjt"), ("channelCode", "col42150"))


def _settings(base: str) -> Settings:
    return mee_on(base)


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer() as server:
        server.route("/robots.txt", robots_txt("User-agent: *\nDisallow: /private/\n"))
        yield server


def test_a_post_sends_its_form_and_is_keyed_by_it(srv: FaultServer) -> None:
    srv.route(
        "/queryList", Reply(headers={"Content-Type": "application/json"}, body=b'{"data": {"results": []}}')
    )
    with PoliteClient(_settings(srv.base_url)) as client:
        page = client.fetch("https://www.mee.gov.cn/queryList", form=FORM)
    [request] = srv.requests_to("/queryList")
    assert request.method == "POST" and request.body == b"current=2&webSiteCode=jxssthjt&channelCode=col42150"
    assert request.header("content-type") == "application/x-www-form-urlencoded"
    assert (
        page.requested_url
        == page.final_url
        == "https://www.mee.gov.cn/queryList#POST?" + request.body.decode()
    )
    assert split_post_key(page.requested_url) == ("https://www.mee.gov.cn/queryList", FORM)
    assert post_key("https://www.mee.gov.cn/queryList", None) == "https://www.mee.gov.cn/queryList"


def test_robots_txt_refuses_a_post_as_it_refuses_a_get(srv: FaultServer) -> None:
    with PoliteClient(_settings(srv.base_url)) as client, pytest.raises(FetchError) as err:
        client.fetch("https://www.mee.gov.cn/private/queryList", form=FORM)
    assert err.value.kind is FetchFailure.ROBOTS_DISALLOWED
    assert srv.count("/private/queryList") == 0


def test_a_303_after_a_post_is_followed_with_a_get_and_no_form(srv: FaultServer) -> None:
    srv.route("/queryList", redirect("/list.json", status=303))
    srv.route("/list.json", Reply(headers={"Content-Type": "application/json"}, body=b"[]"))
    with PoliteClient(_settings(srv.base_url)) as client:
        page = client.fetch("https://www.mee.gov.cn/queryList", form=FORM)
    assert [r.method for r in srv.requests if r.path != "/robots.txt"] == ["POST", "GET"]
    assert page.final_url == "https://www.mee.gov.cn/list.json"


def test_admit_lets_another_client_through_only_under_the_same_rules(srv: FaultServer) -> None:
    with PoliteClient(_settings(srv.base_url)) as client:
        client.admit(srv.url("/list/"))
        with pytest.raises(FetchError, match="robots_disallowed"):
            client.admit(srv.url("/private/list/"))
        with pytest.raises(FetchError, match="host_not_allowed"):
            client.admit("https://elsewhere.example.org/")
        assert client.stats.requests_sent == 2  # robots.txt, then the admitted request
