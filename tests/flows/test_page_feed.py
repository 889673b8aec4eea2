"""The page feed shares its room among hosts: a site whose list came first must not take the whole
room while the other sites' links wait and their hosts sit idle."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import Future
from dataclasses import replace
from typing import Any, cast

import pytest

from flows.pipeline import PageFeed
from flows.runtime import RunContext
from models.outcomes import RunMode
from models.records import FetchedPage, ListingItem
from models.settings_load import load_settings
from scrapers.fetch.http import PoliteClient
from scrapers.provinces import default_registry
from warehouse.engine import open_writer
from warehouse.schema import ensure_schema


class HeldClient:
    """Stands in for the run's client: records each submitted URL and answers only when told."""

    def __init__(self) -> None:
        self.submitted: list[str] = []
        self.futures: dict[str, Future[FetchedPage]] = {}

    def submit(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Future[Any]:
        self.submitted.append(url)
        self.futures[url] = Future()
        return self.futures[url]

    def answer(self, url: str) -> None:
        self.futures[url].set_exception(RuntimeError("answered"))


def host_of(url: str) -> str:
    return url.split("/")[2]


def links(host: str, count: int) -> list[ListingItem]:
    return [
        ListingItem(f"http://{host}/art/{n}.html", f"t{n}", "dept", f"http://{host}/list/")
        for n in range(count)
    ]


@pytest.fixture
def feed() -> tuple[PageFeed, HeldClient]:
    settings = load_settings(env={})
    settings = settings.with_overrides(
        http=replace(settings.http, max_concurrent_per_host=1),
        flow=replace(settings.flow, max_workers=1, batch_size=10),  # room: (1 + 1) × 10 = 20 pages
    )
    engine = open_writer(":memory:")
    ensure_schema(engine)
    client = HeldClient()
    ctx = RunContext(settings, cast(PoliteClient, client), engine, default_registry(), "r1", RunMode.LIVE)
    return PageFeed(ctx), client


def test_each_host_gets_a_share_of_the_room_when_the_first_sites_have_many_links(
    feed: tuple[PageFeed, HeldClient],
) -> None:
    pages, client = feed
    for n in range(12):  # each list page arrives with 10 links, as discovery reads them
        pages.add(links(f"site{n}.example", 10))
    per_host = Counter(map(host_of, client.submitted))
    assert set(per_host) == {f"site{n}.example" for n in range(10)}  # 20 in flight, 2 a host
    assert max(per_host.values()) == 2


def test_a_hosts_next_link_goes_to_the_scheduler_as_soon_as_one_of_its_pages_is_fetched(
    feed: tuple[PageFeed, HeldClient],
) -> None:
    pages, client = feed
    pages.add(links("a.example", 10))
    pages.add(links("b.example", 10))
    assert client.submitted == [
        "http://a.example/art/0.html",
        "http://a.example/art/1.html",
        "http://b.example/art/0.html",
        "http://b.example/art/1.html",
    ]
    client.answer("http://a.example/art/0.html")
    assert client.submitted[-1] == "http://a.example/art/2.html"
    assert len(client.submitted) == 5


def test_a_host_whose_fetches_end_at_once_gets_links_up_to_the_room_and_no_further(
    feed: tuple[PageFeed, HeldClient],
) -> None:
    pages, client = feed

    def submit_done(url: str, *, etag: str | None = None, last_modified: str | None = None) -> Future[Any]:
        client.submitted.append(url)
        done: Future[Any] = Future()
        done.set_exception(RuntimeError("refused by robots.txt"))
        return done

    client.submit = submit_done  # type: ignore[method-assign]
    pages.add(links("a.example", 25))
    assert len(client.submitted) == 20  # the room: 20 answered pages wait for their batches
