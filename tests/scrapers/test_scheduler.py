"""The host-aware scheduler: one queue per host, one pool of workers, each request of a host no
sooner than its delay after the last; on real local servers (one per loopback address, so each is
its own host) and with real, short delays."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from itertools import pairwise

import pytest

from models.settings import Settings
from models.settings_load import load_settings
from scrapers.crawl import discover
from scrapers.fetch.http import PoliteClient
from scrapers.fetch.scheduler import HostScheduler, Priority
from tests.support.fault_server import FaultServer, Reply, html, robots_txt
from tests.support.offline import department_sites_off

TITLE = "厅局长请回答（{n}） | 李军:推进美丽江西建设"


def settings(env: dict[str, str], **http: object) -> Settings:
    base = {
        "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0",
        "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0",
        "MEE_INTERVIEWS__HTTP__RETRIES": "0",
        "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": "[]",
    }
    base |= {f"MEE_INTERVIEWS__HTTP__{k.upper()}": str(v) for k, v in http.items()}
    return load_settings(env=department_sites_off() | base | env)


@pytest.fixture
def two_hosts() -> Iterator[tuple[FaultServer, FaultServer]]:
    with FaultServer("127.0.0.2") as a, FaultServer("127.0.0.3") as b:
        for server in (a, b):
            server.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
            for n in range(1, 7):
                server.route(f"/p{n}", html(f"page {n}"))
        yield a, b


def sources_on(a: FaultServer, b: FaultServer, **delays: float) -> dict[str, str]:
    """Source mee on host a, wechat on host b, each with its own delay when given."""
    env = {
        "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": a.base_url,
        "MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL": b.base_url,
    }
    env |= {f"MEE_INTERVIEWS__SOURCES__{k.upper()}__MIN_DELAY_SECONDS": str(v) for k, v in delays.items()}
    return env


def starts(server: FaultServer, prefix: str = "/p") -> list[float]:
    return [r.at for r in server.requests if r.path.startswith(prefix)]


def test_a_free_worker_takes_the_host_whose_turn_comes_first() -> None:
    now = time.monotonic()
    turns = {"late": now + 0.3, "early": now}
    ran: list[str] = []
    scheduler = HostScheduler(workers=1, per_host=1, next_start=turns.__getitem__)
    late = scheduler.submit("late", lambda: ran.append("late"))
    early = scheduler.submit("early", lambda: ran.append("early"))
    late.result(timeout=5), early.result(timeout=5)
    assert ran == ["early", "late"]
    scheduler.close()


def test_within_a_host_robots_then_listing_pages_then_articles_go_first() -> None:
    gate, holding = threading.Event(), threading.Event()
    ran: list[str] = []
    scheduler = HostScheduler(workers=1, per_host=1, next_start=lambda host: 0.0)

    def hold() -> None:
        holding.set()
        gate.wait()

    blocker = scheduler.submit("h", hold)  # holds the only worker while the rest queue up
    assert holding.wait(timeout=5)  # the worker has it: nothing submitted below can start first
    futures = [
        scheduler.submit("h", lambda name=name: ran.append(name), priority)
        for name, priority in (
            ("article", Priority.ARTICLE),
            ("listing", Priority.LISTING),
            ("robots", Priority.ROBOTS),
        )
    ]
    gate.set()
    blocker.result(timeout=5)
    for future in futures:
        future.result(timeout=5)
    assert ran == ["robots", "listing", "article"]
    scheduler.close()


def test_no_more_requests_run_at_once_than_max_in_flight() -> None:
    lock = threading.Lock()
    running, most = [0], [0]

    def job() -> None:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.05)
        with lock:
            running[0] -= 1

    scheduler = HostScheduler(workers=3, per_host=1, next_start=lambda host: 0.0)
    futures = [scheduler.submit(f"host{n % 8}", job) for n in range(24)]
    for future in futures:
        future.result(timeout=10)
    assert most[0] == 3
    scheduler.close()


def test_one_hosts_pages_are_fetched_while_another_waits_out_its_delay(two_hosts) -> None:
    a, b = two_hosts
    with PoliteClient(settings(sources_on(a, b, mee=0.6))) as client:
        slow = [client.submit(f"https://www.mee.gov.cn/p{n}") for n in (1, 2)]
        fast = [client.submit(f"https://mp.weixin.qq.com/p{n}") for n in range(1, 7)]
        for future in slow + fast:
            future.result(timeout=10)
    robots, first, second = sorted(r.at for r in a.requests)
    assert first - robots >= 0.6 and second - first >= 0.6
    assert len(starts(b)) == 6 and max(starts(b)) < first  # all of b while a waited


def test_requests_to_a_host_two_sources_share_are_spaced_by_the_larger_delay(two_hosts) -> None:
    a, _ = two_hosts
    env = sources_on(a, a, mee=0.25, wechat=0.0)  # both sources fetch from host a
    with PoliteClient(settings(env)) as client:
        futures = [client.submit(f"https://www.mee.gov.cn/p{n}") for n in (1, 2, 3)]
        futures += [client.submit(f"https://mp.weixin.qq.com/p{n}") for n in (4, 5, 6)]
        for future in futures:
            future.result(timeout=10)
    every = sorted(r.at for r in a.requests)  # robots.txt included
    assert len(every) == 7
    assert min(later - earlier for earlier, later in pairwise(every)) >= 0.25


def test_robots_txt_is_fetched_once_per_host_however_many_requests_wait_for_it(two_hosts) -> None:
    a, b = two_hosts
    with PoliteClient(settings(sources_on(a, b))) as client:
        futures = [client.submit(f"https://www.mee.gov.cn/p{n}") for n in range(1, 7)]
        futures += [client.submit(f"https://mp.weixin.qq.com/p{n}") for n in range(1, 7)]
        for future in futures:
            future.result(timeout=10)
        client.fetch("https://www.mee.gov.cn/p1")
    assert (a.count("/robots.txt"), b.count("/robots.txt")) == (1, 1)
    assert a.requests[0].path == "/robots.txt"


def test_a_crawl_delay_smaller_than_the_sources_own_delay_does_not_shorten_it(two_hosts) -> None:
    a, b = two_hosts
    a.route("/robots.txt", robots_txt("User-agent: *\nCrawl-delay: 0.1\n"))
    with PoliteClient(settings(sources_on(a, b, mee=0.4))) as client:
        for n in (1, 2):
            client.fetch(f"https://www.mee.gov.cn/p{n}")
        assert client.host_delay("https://www.mee.gov.cn/p1") == 0.4
    first, second = starts(a)
    assert second - first >= 0.4


def test_a_crawl_delay_larger_than_every_setting_wins(two_hosts) -> None:
    a, b = two_hosts
    a.route("/robots.txt", robots_txt("User-agent: *\nCrawl-delay: 0.5\n"))
    with PoliteClient(settings(sources_on(a, b, mee=0.1), min_delay_seconds=0.2)) as client:
        for n in (1, 2):
            client.fetch(f"https://www.mee.gov.cn/p{n}")
    first, second = starts(a)
    assert second - first >= 0.5


def test_entry_points_on_different_hosts_are_walked_at_once(two_hosts) -> None:
    a, b = two_hosts
    for server in (a, b):  # two list pages each, then nothing
        server.route("/list1", html(f'<a href="/art1">{TITLE.format(n=1)}</a><a href="/list2">下一页</a>'))
        server.route("/list2", html(f'<a href="/art2">{TITLE.format(n=2)}</a>'))
    env = sources_on(a, b, mee=0.4, wechat=0.4) | {
        "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": '["/list1"]',
        "MEE_INTERVIEWS__SOURCES__WECHAT__ENTRY_POINTS": '["/list1"]',
    }
    s = settings(env)
    seen: list[str] = []
    with PoliteClient(s) as client:
        found = discover(
            client,
            s,
            known=set(),
            on_page=lambda page, source: None,
            on_items=lambda items: seen.extend(i.url for i in items),
        )
    assert {a.count("/list2"), b.count("/list2")} == {1}
    # one host's robots, list1, list2 take two delays; the two walks overlap instead of adding up
    assert found.seconds < 1.2
    assert len(found.items) == 4 and sorted(seen) == sorted(i.url for i in found.items)
    assert [source for source, _url, read in found.entry_points if read] == [
        "wechat",
        "mee",
    ]  # settings order


def test_the_job_of_a_closed_scheduler_is_refused() -> None:
    scheduler = HostScheduler(workers=1, per_host=1, next_start=lambda host: 0.0)
    scheduler.close()
    with pytest.raises(RuntimeError, match="closed"):
        scheduler.submit("h", lambda: None)


def test_a_failing_job_hands_its_exception_to_whoever_waits(two_hosts) -> None:
    scheduler = HostScheduler(workers=1, per_host=1, next_start=lambda host: 0.0)

    def broken() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        scheduler.submit("h", broken).result(timeout=5)
    assert scheduler.submit("h", lambda: 42).result(timeout=5) == 42
    scheduler.close()


def test_a_slow_reply_holds_only_its_own_host(two_hosts) -> None:
    a, b = two_hosts
    a.route("/p1", Reply(headers={"Content-Type": "text/html"}, body=b"slow", delay_before_headers=0.5))
    with PoliteClient(settings(sources_on(a, b), max_in_flight=2)) as client:
        slow = client.submit("https://www.mee.gov.cn/p1")
        fast = [client.submit(f"https://mp.weixin.qq.com/p{n}") for n in range(1, 7)]
        for future in fast:
            future.result(timeout=10)
        done_fast = time.monotonic()
        slow.result(timeout=10)
    assert max(starts(b)) < done_fast and a.requests_to("/p1")[0].at < min(starts(b)) + 0.1
