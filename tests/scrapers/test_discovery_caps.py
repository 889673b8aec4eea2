"""A run queues at most so many episode links per entry point and per host, and says when it stopped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flows.run_report import listing_outcomes
from models.outcomes import PageKind
from models.records import ListingItem, SourceFamily
from models.settings import Settings
from scrapers.crawl import Discovery, discover
from scrapers.fetch.http import PoliteClient
from scrapers.listings.caps import ItemCaps
from tests.support.fault_server import FaultServer, html
from tests.support.offline import local_mee_settings


def item(url: str) -> ListingItem:
    return ListingItem(url=url, title="厅局长请回答", source=SourceFamily.MEE, found_on="https://x.org/")


def test_an_entry_point_gets_its_share_and_the_rest_is_counted_not_queued() -> None:
    caps = ItemCaps(per_entry_point=2, per_host=100)
    kept = caps.admit("e1", [item(f"https://a.org/{n}") for n in range(5)])
    assert [i.url for i in kept] == ["https://a.org/0", "https://a.org/1"]
    assert caps.full("e1") and not caps.full("e2") and caps.dropped == 3
    assert caps.hits() == [
        ("e1", "cap of 2 items per entry point reached: 3 more not queued "
               "(raise [discovery] max_items_per_entry_point to queue them)")
    ]  # fmt: skip


def test_a_host_gets_its_share_across_entry_points_and_a_link_seen_twice_counts_once() -> None:
    caps = ItemCaps(per_entry_point=100, per_host=3)
    first = caps.admit("e1", [item("https://a.org/1"), item("https://a.org/2"), item("https://b.org/1")])
    second = caps.admit("e2", [item("https://a.org/1"), item("https://a.org/3"), item("https://a.org/4")])
    assert len(first) == 3
    assert [i.url for i in second] == ["https://a.org/1", "https://a.org/3"]  # the known one is free
    assert [where for where, _ in caps.hits()] == ["a.org"] and caps.dropped == 1


@pytest.fixture
def srv() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


def capped_settings(srv: FaultServer, *, per_entry_point: int, per_host: int) -> Settings:
    return local_mee_settings(
        srv.base_url,
        ["/flood/", "/other/"],
        MEE_INTERVIEWS__DISCOVERY__MAX_ITEMS_PER_ENTRY_POINT=str(per_entry_point),
        MEE_INTERVIEWS__DISCOVERY__MAX_ITEMS_PER_HOST=str(per_host),
    )


def crawl(s: Settings) -> Discovery:
    with PoliteClient(s) as client:
        return discover(client, s, known=set(), on_page=lambda page, source: None)


def flood(count: int, start: int = 0) -> str:
    links = "".join(
        f'<li><a href="/ywdt/t{n}.shtml">厅局长请回答⑩ | 第{n}条</a></li>'
        for n in range(start, start + count)
    )
    return f'<ul>{links}</ul><a href="?page=2">下一页</a>'


def test_a_page_naming_the_column_in_2000_links_queues_the_cap_and_stops_walking(srv: FaultServer) -> None:
    srv.route("/flood/", html(flood(2000)))
    srv.route("/other/", html(flood(3, start=5000)))
    found = crawl(capped_settings(srv, per_entry_point=20, per_host=1000))
    assert len(found.items) == 20 + 3  # the other entry point keeps its own share
    assert found.capped_items == 1980
    assert srv.count("/flood/") == 1  # its next page was not fetched: it could only be turned away
    [(where, why)] = found.capped
    assert where == "https://www.mee.gov.cn/flood/" and why.startswith(
        "cap of 20 items per entry point reached"
    )
    rows = [o for o in listing_outcomes(found) if o.kind is PageKind.LISTING_SKIPPED]
    assert [(o.url, o.reason) for o in rows] == [(where, why)]  # in the run summary and the CLI's problems


def test_the_host_cap_holds_across_entry_points(srv: FaultServer) -> None:
    srv.route("/flood/", html(flood(10)))
    srv.route("/other/", html(flood(10, start=100)))
    found = crawl(capped_settings(srv, per_entry_point=500, per_host=15))
    assert len(found.items) == 15 and found.capped_items == 5
    assert [where for where, _ in found.capped] == ["www.mee.gov.cn"]
