"""PoliteClient against a real local server: politeness, robustness and mapping, asserted by outcome."""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from models.settings import Settings
from models.settings_load import load_settings
from scrapers.fetch.http import FetchError, FetchFailure, PoliteClient
from tests.support import FakeClock
from tests.support.fault_server import (
    FaultServer,
    RecordedRequest,
    Reply,
    conditional,
    gzip_bomb,
    html,
    oversized,
    redirect,
    reset_connection,
    robots_txt,
    too_many_requests,
)

MEE = "https://www.mee.gov.cn"
WECHAT = "https://mp.weixin.qq.com"
FAST = {
    "connect_timeout_seconds": 0.5,
    "read_timeout_seconds": 0.5,
    "min_delay_seconds": 0,
    "delay_jitter_seconds": 0,
    "retries": 2,
    "backoff_base_seconds": 1,
    "backoff_max_seconds": 10,
    "retry_after_max_seconds": 60,
    "max_redirects": 5,
    "max_body_bytes": 100_000,
}

MakeClient = Callable[..., PoliteClient]


def settings_for(mee_base: str, wechat_base: str | None = None, **http: object) -> Settings:
    env = {"MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": mee_base}
    if wechat_base:
        env["MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL"] = wechat_base
    for key, value in {**FAST, **http}.items():
        text = str(value).lower() if isinstance(value, bool) else str(value)
        env[f"MEE_INTERVIEWS__HTTP__{key.upper()}"] = text
    return load_settings(env=env)


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_client(clock: FakeClock) -> Iterator[MakeClient]:
    made: list[PoliteClient] = []

    def make(mee_base: str, wechat_base: str | None = None, **http: object) -> PoliteClient:
        client = PoliteClient(
            settings_for(mee_base, wechat_base, **http),
            sleep=clock.sleep,
            monotonic=clock.monotonic,
            rng=random.Random(7),
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- mapping and allow-list ------------------------------------------------------------------


def test_canonical_url_is_fetched_from_the_base_url_and_reported_canonically(srv, make_client):
    srv.route("/ywdt/a.shtml", html("<p>正文</p>"))
    page = make_client(srv.base_url).fetch(f"{MEE}/ywdt/a.shtml?x=1#top")
    assert page.status_code == 200
    assert "正文" in page.text
    assert page.requested_url == f"{MEE}/ywdt/a.shtml?x=1#top"
    assert page.final_url == f"{MEE}/ywdt/a.shtml?x=1"
    assert [r.path for r in srv.requests_to("/ywdt/a.shtml")] == ["/ywdt/a.shtml?x=1"]


def test_base_url_path_prefix_is_prepended_and_stripped_back(srv, make_client):
    srv.route("/mirror/ywdt/a.shtml", html("ok"))
    page = make_client(srv.url("/mirror")).fetch(f"{MEE}/ywdt/a.shtml")
    assert page.final_url == f"{MEE}/ywdt/a.shtml"
    assert srv.count("/mirror/ywdt/a.shtml") == 1


def test_host_outside_the_allow_list_is_refused_without_a_request(srv, make_client):
    client = make_client(srv.base_url)
    with pytest.raises(FetchError) as err:
        client.fetch("https://example.org/page")
    assert err.value.kind is FetchFailure.HOST_NOT_ALLOWED
    assert "example.org" in str(err.value)
    assert client.stats.requests_sent == 0
    assert srv.count() == 0


def test_redirect_to_a_host_outside_the_allow_list_is_refused_before_contacting_it(srv, make_client):
    with FaultServer() as foreign:
        srv.route("/a", redirect(foreign.url("/b")))
        with pytest.raises(FetchError) as err:
            make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a")
        assert err.value.kind is FetchFailure.HOST_NOT_ALLOWED
        assert foreign.count() == 0


def test_every_request_carries_the_configured_user_agent_and_the_referer(srv, make_client):
    srv.route("/a", html("ok"))
    client = make_client(srv.base_url)
    client.fetch(f"{MEE}/a", referer=f"{MEE}/list/")
    user_agents = {r.header("user-agent") for r in srv.requests}
    assert [r.path for r in srv.requests] == ["/robots.txt", "/a"]
    assert user_agents == {load_settings().http.user_agent}
    assert srv.requests_to("/a")[0].header("referer") == f"{MEE}/list/"


# -- redirects -------------------------------------------------------------------------------


def test_redirect_chain_is_followed_and_the_final_url_is_canonical(srv, make_client):
    srv.route("/a", redirect("/b", status=301))
    srv.route("/b", redirect(f"{MEE}/c"))  # an absolute canonical link is mapped onto the base too
    srv.route("/c", html("final"))
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a")
    assert page.status_code == 200
    assert page.final_url == f"{MEE}/c"
    assert page.requested_url == f"{MEE}/a"
    assert [r.path for r in srv.requests] == ["/a", "/b", "/c"]


def test_redirect_loop_is_detected(srv, make_client):
    srv.route("/x", redirect("/y"))
    srv.route("/y", redirect("/x"))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/x")
    assert err.value.kind is FetchFailure.REDIRECT_LOOP
    assert srv.count() == 2


def test_redirect_chain_longer_than_max_redirects_fails(srv, make_client):
    for i in range(4):
        srv.route(f"/r{i}", redirect(f"/r{i + 1}"))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False, max_redirects=2).fetch(f"{MEE}/r0")
    assert err.value.kind is FetchFailure.TOO_MANY_REDIRECTS
    assert srv.count() == 3


# -- robots.txt ------------------------------------------------------------------------------

ROBOTS = "User-agent: mee-interviews\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n"


def test_robots_disallowed_path_sends_no_request(srv, make_client):
    srv.route("/robots.txt", robots_txt(ROBOTS))
    srv.route("/public/a", html("ok"))
    client = make_client(srv.base_url)
    assert client.fetch(f"{MEE}/public/a").status_code == 200  # our group, not "*", applies
    with pytest.raises(FetchError) as err:
        client.fetch(f"{MEE}/private/b")
    assert err.value.kind is FetchFailure.ROBOTS_DISALLOWED
    assert srv.count("/private/b") == 0


def test_robots_is_fetched_once_per_host(srv, make_client):
    srv.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
    client = make_client(srv.base_url)
    for name in ("a", "b", "c"):
        client.fetch(f"{MEE}/{name}")
    assert srv.count("/robots.txt") == 1
    assert client.stats.robots_fetches == 1


def test_robots_4xx_allows_everything(srv, make_client):
    srv.route("/robots.txt", robots_txt("gone", status=410))
    srv.route("/a", html("ok"))
    assert make_client(srv.base_url).fetch(f"{MEE}/a").status_code == 200


def test_robots_5xx_makes_the_host_unavailable_without_fetching_pages(srv, make_client):
    srv.route("/robots.txt", robots_txt("oops", status=500))
    client = make_client(srv.base_url, retries=1)
    for _ in range(2):
        with pytest.raises(FetchError) as err:
            client.fetch(f"{MEE}/a")
        assert err.value.kind is FetchFailure.ROBOTS_UNAVAILABLE
    assert srv.count("/robots.txt") == 2  # one try plus one retry, then cached
    assert srv.count("/a") == 0


def test_unreachable_robots_makes_the_host_unavailable(make_client):
    client = make_client(f"http://127.0.0.1:{free_port()}", retries=0)
    with pytest.raises(FetchError) as err:
        client.fetch(f"{MEE}/a")
    assert err.value.kind is FetchFailure.ROBOTS_UNAVAILABLE


def test_robots_can_be_switched_off(srv, make_client):
    srv.route("/robots.txt", robots_txt("User-agent: *\nDisallow: /\n"))
    srv.route("/a", html("ok"))
    assert make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a").status_code == 200
    assert srv.count("/robots.txt") == 0


# -- pacing and concurrency ------------------------------------------------------------------


def test_robots_fetch_is_paced_like_any_other_request(srv, make_client, clock):
    srv.route("/a", html("ok"))
    make_client(srv.base_url, min_delay_seconds=2).fetch(f"{MEE}/a")
    assert clock.sleeps == [2.0]


def test_requests_to_one_host_are_spaced_by_min_delay_plus_jitter(srv, make_client, clock):
    srv.route("/a", html("ok"))
    client = make_client(srv.base_url, obey_robots=False, min_delay_seconds=2, delay_jitter_seconds=1)
    for _ in range(3):
        client.fetch(f"{MEE}/a")
    expected_rng = random.Random(7)
    assert clock.sleeps == pytest.approx([2 + expected_rng.uniform(0, 1) for _ in range(2)])
    assert client.stats.slept_seconds == pytest.approx(sum(clock.sleeps))


def test_different_hosts_do_not_wait_for_each_other(srv, make_client, clock):
    with FaultServer() as other:
        srv.route("/a", html("mee"))
        other.route("/s/x", html("wechat"))
        client = make_client(srv.base_url, other.base_url, obey_robots=False, min_delay_seconds=5)
        assert "mee" in client.fetch(f"{MEE}/a").text
        assert "wechat" in client.fetch(f"{WECHAT}/s/x").text
        assert clock.sleeps == []
        assert dict(client.stats.requests_per_host) == {srv.host: 1, other.host: 1}


@pytest.mark.parametrize("limit", [1, 2])
def test_at_most_max_concurrent_requests_are_in_flight_per_host(srv, limit):
    srv.route("/slow", Reply(body=b"ok", delay_before_headers=0.2))
    settings = settings_for(srv.base_url, min_delay_seconds=0, max_concurrent_per_host=limit)
    with PoliteClient(settings) as client, ThreadPoolExecutor(4) as pool:
        pages = list(pool.map(lambda _: client.fetch(f"{MEE}/slow"), range(4)))
    assert [p.body for p in pages] == [b"ok"] * 4
    assert srv.max_in_flight == limit
    assert srv.count("/robots.txt") == 1


# -- retries ---------------------------------------------------------------------------------


def test_503_is_retried_with_exponential_backoff_until_it_succeeds(srv, make_client, clock):
    srv.route("/a", [Reply(status=503), Reply(status=503), Reply(body=b"ok")])
    client = make_client(srv.base_url, obey_robots=False)
    page = client.fetch(f"{MEE}/a")
    assert page.body == b"ok"
    assert srv.count("/a") == 3
    assert clock.sleeps == [1.0, 2.0]
    assert client.stats.retries == 2


def test_backoff_grows_and_is_capped_and_exhaustion_raises_http_status(srv, make_client, clock):
    srv.route("/a", Reply(status=503))
    client = make_client(srv.base_url, obey_robots=False, retries=4, backoff_max_seconds=5)
    with pytest.raises(FetchError) as err:
        client.fetch(f"{MEE}/a")
    assert (err.value.kind, err.value.status_code) == (FetchFailure.HTTP_STATUS, 503)
    assert clock.sleeps == [1.0, 2.0, 4.0, 5.0]
    assert srv.count("/a") == 5


def test_429_is_retried_after_the_retry_after_delay(srv, make_client, clock):
    srv.route("/a", [too_many_requests(7), Reply(body=b"ok")])
    assert make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a").body == b"ok"
    assert clock.sleeps == [7.0]
    assert srv.count("/a") == 2


def test_retry_after_as_http_date_is_honoured_up_to_the_cap(srv, make_client, clock):
    later = format_datetime(datetime.now(UTC) + timedelta(minutes=10), usegmt=True)
    srv.route("/a", [too_many_requests(later, status=503), Reply(body=b"ok")])
    make_client(srv.base_url, obey_robots=False, retry_after_max_seconds=30).fetch(f"{MEE}/a")
    assert clock.sleeps == [30.0]


def test_retry_after_holds_back_the_next_request_to_the_same_host(srv, make_client, clock):
    srv.route("/limited", too_many_requests(7))
    srv.route("/b", html("ok"))
    client = make_client(srv.base_url, obey_robots=False, retries=0)
    with pytest.raises(FetchError):
        client.fetch(f"{MEE}/limited")
    client.fetch(f"{MEE}/b")
    assert clock.sleeps == [7.0]


def test_backoff_carries_jitter_within_the_configured_range(srv, make_client, clock):
    srv.route("/a", [Reply(status=502), Reply(body=b"ok")])
    make_client(srv.base_url, obey_robots=False, delay_jitter_seconds=0.5).fetch(f"{MEE}/a")
    [wait] = clock.sleeps
    assert 1.0 < wait <= 1.5


def test_exhausted_429_reports_the_server_retry_after(srv, make_client):
    srv.route("/a", too_many_requests(120))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False, retries=1).fetch(f"{MEE}/a")
    assert (err.value.kind, err.value.status_code, err.value.retry_after) == (
        FetchFailure.HTTP_STATUS,
        429,
        120.0,
    )
    assert srv.count("/a") == 2


@pytest.mark.parametrize("status", [403, 404, 410])
def test_client_errors_are_answers_and_are_not_retried(srv, make_client, clock, status):
    srv.route("/gone", html("没有了", status=status))
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/gone")
    assert page.status_code == status
    assert "没有了" in page.text
    assert srv.count("/gone") == 1
    assert clock.sleeps == []


def test_connection_reset_is_retried(srv, make_client, clock):
    srv.route("/a", [reset_connection(), Reply(body=b"ok")])
    assert make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a").body == b"ok"
    assert srv.count("/a") == 2
    assert clock.sleeps == [1.0]


def test_connection_resets_that_persist_raise_connection(srv, make_client):
    srv.route("/a", reset_connection())
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False, retries=1).fetch(f"{MEE}/a")
    assert err.value.kind is FetchFailure.CONNECTION
    assert srv.count("/a") == 2


def test_refused_connection_raises_connection_after_retries(make_client, clock):
    client = make_client(f"http://127.0.0.1:{free_port()}", obey_robots=False, retries=2)
    with pytest.raises(FetchError) as err:
        client.fetch(f"{MEE}/a")
    assert err.value.kind is FetchFailure.CONNECTION
    assert clock.sleeps == [1.0, 2.0]
    assert client.stats.requests_sent == 3


def test_headers_slower_than_the_read_timeout_raise_timeout(srv, make_client):
    srv.route("/a", Reply(body=b"late", delay_before_headers=2))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False, retries=1, read_timeout_seconds=0.3).fetch(f"{MEE}/a")
    assert err.value.kind is FetchFailure.TIMEOUT
    assert srv.count("/a") == 2


def test_a_body_stalling_longer_than_the_read_timeout_raises_timeout(srv, make_client):
    srv.route("/a", Reply(body=b"x" * 2000, delay_mid_body=2))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False, retries=0, read_timeout_seconds=0.3).fetch(f"{MEE}/a")
    assert err.value.kind is FetchFailure.TIMEOUT


# -- conditional GET -------------------------------------------------------------------------

LAST_MODIFIED = "Wed, 01 May 2024 08:00:00 GMT"


def test_matching_etag_yields_not_modified_without_a_body(srv, make_client):
    srv.route("/a", conditional(html("正文"), etag='"v1"'))
    client = make_client(srv.base_url, obey_robots=False)
    first = client.fetch(f"{MEE}/a")
    again = client.fetch(f"{MEE}/a", etag=first.header("etag"))
    assert (again.status_code, again.not_modified, again.body) == (304, True, b"")
    assert srv.requests_to("/a")[1].header("if-none-match") == '"v1"'
    assert client.stats.not_modified == 1


def test_if_modified_since_yields_not_modified(srv, make_client):
    srv.route("/a", conditional(html("正文"), last_modified=LAST_MODIFIED))
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a", last_modified=LAST_MODIFIED)
    assert page.not_modified
    assert srv.requests_to("/a")[0].header("if-modified-since") == LAST_MODIFIED


def test_a_changed_page_comes_back_in_full_despite_validators(srv, make_client):
    srv.route("/a", conditional(html("新版"), etag='"v2"'))
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a", etag='"v1"')
    assert (page.status_code, page.not_modified) == (200, False)
    assert "新版" in page.text


# -- size caps -------------------------------------------------------------------------------


def test_content_length_over_the_cap_is_refused_before_reading(srv, make_client):
    srv.route("/big", oversized(200_000))
    client = make_client(srv.base_url, obey_robots=False)
    with pytest.raises(FetchError) as err:
        client.fetch(f"{MEE}/big")
    assert err.value.kind is FetchFailure.TOO_LARGE
    assert "Content-Length" in str(err.value)
    assert srv.count("/big") == 1  # not retried


def test_a_body_without_content_length_is_cut_off_at_the_cap(srv, make_client):
    srv.route("/big", oversized(200_000, content_length=False))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/big")
    assert err.value.kind is FetchFailure.TOO_LARGE


def test_a_gzip_bomb_is_stopped_after_decompression(srv, make_client):
    bomb = gzip_bomb(5_000_000)
    assert len(bomb.body) < FAST["max_body_bytes"]  # small on the wire: only the decoded count catches it
    srv.route("/bomb", bomb)
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/bomb")
    assert err.value.kind is FetchFailure.TOO_LARGE
    assert "after decoding" in str(err.value)


def test_a_gzip_body_under_the_cap_is_decoded(srv, make_client):
    srv.route("/z", gzip_bomb(50_000))
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/z")
    assert page.body == b"\0" * 50_000
    assert page.header("content-encoding") == "gzip"


# -- charset, headers, stats -----------------------------------------------------------------

CHINESE = "生态环境部「厅局长请回答」：空气质量优良天数比例持续提升，重点流域水质稳中向好。" * 3


def test_a_gbk_page_without_header_charset_decodes_as_gb18030(srv, make_client):
    srv.route("/gbk", html(CHINESE, charset=None, encoding="gbk", meta="gb2312"))
    srv.route("/sniffed", html(CHINESE, charset=None, encoding="gbk"))
    client = make_client(srv.base_url, obey_robots=False)
    for path in ("/gbk", "/sniffed"):
        page = client.fetch(f"{MEE}{path}")
        assert page.encoding == "gb18030"
        assert CHINESE in page.text


def test_a_utf8_chinese_page_without_charset_is_not_read_as_latin1(srv, make_client):
    srv.route("/u", html(CHINESE, charset=None, encoding="utf-8"))
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/u")
    assert page.encoding == "utf-8"
    assert CHINESE in page.text


def test_only_the_headers_that_matter_are_kept(srv, make_client):
    srv.route(
        "/a",
        Reply(
            headers={
                "Content-Type": "text/html; charset=utf-8",
                "ETag": '"e"',
                "Set-Cookie": "s=1",
                "X-Powered-By": "x",
            },
            body=b"ok",
        ),
    )
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/a")
    names = [name for name, _ in page.headers]
    assert names == ["content-type", "etag", "content-length", "date"]
    assert page.header("ETag") == '"e"'


def test_stats_and_fetched_at_describe_the_fetch(srv, make_client):
    srv.route("/a", html("ok"))
    client = make_client(srv.base_url)
    page = client.fetch(f"{MEE}/a")
    stats = client.stats
    assert page.fetched_at.tzinfo is not None and page.fetched_at.utcoffset() == timedelta(0)
    assert (stats.requests_sent, stats.robots_fetches, stats.retries) == (2, 1, 0)
    assert stats.bytes_received == len(page.body) + len(b"not found")  # the 404 robots.txt body
    assert dict(stats.requests_per_host) == {srv.host: 2}


def test_reachability_check_names_the_hosts_it_cannot_reach() -> None:
    from scrapers.fetch.http import check_reachable

    with FaultServer() as srv:
        live = srv.base_url.split("//", 1)[1]
        problems = check_reachable([live, "127.0.0.1:9"], timeout=0.5)
    assert len(problems) == 1 and problems[0].startswith("127.0.0.1:9:")


def test_a_body_trickling_past_the_total_timeout_raises_timeout(srv, make_client):
    srv.route("/a", Reply(body=b"x" * 4096, delay_mid_body=0.4))
    client = make_client(
        srv.base_url, obey_robots=False, retries=0, read_timeout_seconds=1.0, total_timeout_seconds=0.2
    )
    with pytest.raises(FetchError) as info:
        client.fetch(f"{MEE}/a")
    assert info.value.kind is FetchFailure.TIMEOUT and "no complete answer within 0.2 s" in str(info.value)
    assert srv.count("/a") == 1


@pytest.mark.parametrize(
    "slowloris",
    [
        Reply(body=b"<p>" + b"x" * 400, trickle=0.05),  # a body under its Content-Length, a byte at a time
        Reply(headers={"X-Pad": "y" * 400}, body=b"<p>ok", trickle=0.05, trickle_headers=True),
    ],
    ids=["body", "headers"],
)
def test_the_total_deadline_holds_for_headers_and_body_trickled_a_byte_at_a_time(srv, make_client, slowloris):
    # Every byte beats the read timeout; the whole answer would take 20 s.
    srv.route("/a", slowloris)
    client = make_client(
        srv.base_url, obey_robots=False, retries=1, read_timeout_seconds=1.0, total_timeout_seconds=1.0
    )
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        client.fetch(f"{MEE}/a")
    assert time.monotonic() - started < 6  # two attempts of 1 s each, not 2 x 20 s
    assert srv.count("/a") == 2  # the retry had the same deadline
    assert info.value.kind is FetchFailure.TIMEOUT and "no complete answer within 1 s" in str(info.value)


def test_a_fast_answer_is_not_cut_by_the_deadline_of_an_earlier_one(srv, make_client):
    srv.route("/slow", Reply(body=b"<p>" + b"x" * 400, trickle=0.05))
    srv.route("/fast", html("<p>正文</p>"))
    client = make_client(
        srv.base_url, obey_robots=False, retries=0, read_timeout_seconds=1.0, total_timeout_seconds=1.0
    )
    with pytest.raises(FetchError):
        client.fetch(f"{MEE}/slow")
    for _ in range(3):  # the pooled connection and the next deadlines are sound
        assert client.fetch(f"{MEE}/fast").status_code == 200
        time.sleep(0.4)


# -- Crawl-delay and cookie round-trips ------------------------------------------------------


def test_robots_crawl_delay_spaces_requests_when_it_is_larger_than_min_delay(srv, make_client, clock):
    srv.route("/robots.txt", robots_txt("User-agent: *\nCrawl-delay: 3\n"))
    client = make_client(srv.base_url, min_delay_seconds=1)
    for name in ("a", "b", "c"):
        client.fetch(f"{MEE}/{name}")
    # robots.txt itself went out under min_delay; from then on the host's Crawl-delay applies
    assert clock.sleeps == [1.0, 3.0, 3.0]


def test_min_delay_wins_over_a_smaller_crawl_delay(srv, make_client, clock):
    srv.route("/robots.txt", robots_txt("User-agent: mee-interviews\nCrawl-delay: 1\n"))
    client = make_client(srv.base_url, min_delay_seconds=4)
    client.fetch(f"{MEE}/a")
    client.fetch(f"{MEE}/b")
    assert clock.sleeps == [4.0, 4.0]


def _cookie_gate(request: RecordedRequest) -> Reply:
    """Answer with the page only when the cookie set by the first answer comes back."""
    if "visited=1" in (request.header("cookie") or ""):
        return Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body="<p>正文</p>".encode())
    return Reply(status=302, headers={"Location": request.path, "Set-Cookie": "visited=1; Path=/"})


def test_a_redirect_to_the_same_url_setting_a_cookie_is_a_round_trip_not_a_loop(srv, make_client):
    srv.route("/ck", _cookie_gate)
    page = make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/ck")
    assert page.status_code == 200 and "正文" in page.text
    assert srv.count("/ck") == 2
    assert srv.requests[1].header("cookie") == "visited=1"


def test_a_cookie_round_trip_that_never_ends_is_a_bounded_loop(srv, make_client):
    srv.route("/ck", Reply(status=302, headers={"Location": "/ck", "Set-Cookie": "n=1; Path=/"}))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/ck")
    assert err.value.kind is FetchFailure.REDIRECT_LOOP
    assert srv.count("/ck") == 3  # the first answer and two cookie round-trips


def test_a_redirect_to_the_same_url_without_a_cookie_is_still_a_loop(srv, make_client):
    srv.route("/self", redirect("/self"))
    with pytest.raises(FetchError) as err:
        make_client(srv.base_url, obey_robots=False).fetch(f"{MEE}/self")
    assert err.value.kind is FetchFailure.REDIRECT_LOOP
    assert srv.count("/self") == 1
