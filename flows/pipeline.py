"""A run's crawl: discovery and page fetches share the client's host-aware scheduler, and fetched
pages are cut into batches for the batch tasks as they arrive.

Discovery runs in a thread of its own (a Prefect task in the flow) and hands over each list
page's episode links as it reads them; each new link (deduplicated as ``unique_urls`` does) is
fetched at once through the scheduler, so the pages of a site whose list was read start while
other sites are still being walked, and every host is kept busy up to its delay. A page a killed
run already staged is not fetched; one it archived is read from the archive. Fetched pages wait
in arrival order and go ``[flow] batch_size`` at a time to ``submit`` (the batch task: archive,
parse, record, stage). Pages fetched, waiting or in a batch not yet finished are bounded
(``(max_workers + 1) × batch_size``): past that, links wait (as URLs) for the batches to catch up,
so the bodies in memory do not grow with the run. That room is shared by the hosts: each has at
most ``[http] max_concurrent_per_host`` + 1 links in the scheduler at once (a host fetches one page
per delay, so one more queued keeps it busy), and its next link goes as soon as one is fetched.
Giving a host all its links at once filled the room with the first dozen sites' pages while the
others' waited idle (32 hosts: 0.72-0.80 of the politeness bound; docs/performance.md). The
submitting happens in the calling thread (the flow's), which Prefect needs.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol

from flows.resume import Resume
from flows.runtime import RunContext
from flows.stages import PageBatch
from models.records import FetchedPage, ListingItem
from scrapers.crawl import Discovery
from scrapers.fetch.hosts import netloc_of
from scrapers.fetch.http import FetchError, FetchFailure, PoliteClient
from scrapers.listings.discovery import fetch_identity
from warehouse.archive import validators_of

_POLL = 0.2  # seconds between checks while nothing happens (a lost wake-up costs at most this)


class Handle(Protocol):
    """A submitted batch or discovery (a Prefect future, or a ``concurrent.futures.Future``)."""

    def add_done_callback(self, fn: Callable[[Any], None]) -> None: ...


Answer = FetchedPage | BaseException | None  # None: read it from the archive (a killed run's page)


@dataclass
class _Waiting:
    item: ListingItem
    etag: str | None
    last_modified: str | None


@dataclass
class PageFeed:
    """Links in, batches of fetched pages out (see the module docstring). Thread-safe."""

    ctx: RunContext
    resume: Resume = field(default_factory=Resume)
    _lock: threading.Condition = field(default_factory=threading.Condition)
    _seen: set[str] = field(default_factory=set)
    _waiting: OrderedDict[str, deque[_Waiting]] = field(default_factory=OrderedDict)
    _queued: Counter[str] = field(default_factory=Counter)  # links in the scheduler, per host
    _pumping: bool = False
    _ready: list[tuple[ListingItem, Answer]] = field(default_factory=list)
    _in_flight: int = 0
    _held: int = 0
    _discovering: bool = True
    _batches: int = 0

    @property
    def _capacity(self) -> int:
        flow = self.ctx.settings.flow
        return (flow.max_workers + 1) * flow.batch_size

    @property
    def _ahead(self) -> int:
        """Links of one host in the scheduler at once (see the module docstring)."""
        return self.ctx.settings.http.max_concurrent_per_host + 1

    def add(self, items: Sequence[ListingItem]) -> None:
        """New episode links (from a discovery thread): fetch the ones not seen yet."""
        fresh = []
        with self._lock:
            for item in items:
                key = fetch_identity(item) or f"unkeyed:{id(item)}"
                if key in self._seen:
                    continue
                self._seen.add(key)
                if item.url in self.resume.settled:
                    continue  # a killed run's batch settled it: its outcome comes with the package
                if item.url in self.resume.archived:
                    self._ready.append((item, None))  # read from the archive, not fetched again
                else:
                    fresh.append(item)
        if fresh:
            with self.ctx.engine.connect() as conn:
                known = validators_of(conn, [item.url for item in fresh])
        with self._lock:
            for item in fresh:
                etag, last_modified = known.get(item.url, (None, None))
                host = netloc_of(item.url)
                self._waiting.setdefault(host, deque()).append(_Waiting(item, etag, last_modified))
            self._pump()
            self._lock.notify_all()

    def discovery_done(self, _handle: object = None) -> None:
        """No more links will come."""
        with self._lock:
            self._discovering = False
            self._lock.notify_all()

    def run(self, submit: Callable[[PageBatch], Handle]) -> list[tuple[PageBatch, Handle]]:
        """Cut and submit batches until discovery has ended and every page is in one; call from
        the thread that may submit tasks. Returns every batch with its handle, in order."""
        submitted = []
        while (batch := self._next_batch()) is not None:
            handle = submit(batch)
            size = len(batch.items)
            handle.add_done_callback(partial(self._released, size))
            submitted.append((batch, handle))
        return submitted

    # -- under the lock ------------------------------------------------------------------

    def _pump(self) -> None:
        """Send waiting links to the scheduler while there is room, one host after another, no
        host more than ``_ahead`` at once."""
        client = self.ctx.client
        assert client is not None, "this run has no HTTP client"
        if self._pumping:  # a fetch that ended at once, reporting from inside this loop
            return
        self._pumping = True
        try:
            self._pump_links(client)
        finally:
            self._pumping = False

    def _pump_links(self, client: PoliteClient) -> None:
        sent = True
        while sent:
            sent = False
            for host in list(self._waiting):
                if self._in_flight + len(self._ready) + self._held >= self._capacity:
                    return
                if self._queued[host] >= self._ahead:
                    continue
                queue = self._waiting.pop(host)
                entry = queue.popleft()
                if queue:
                    self._waiting[host] = queue  # to the back: the next link comes from another host
                self._in_flight += 1
                self._queued[host] += 1
                sent = True
                future = client.submit(entry.item.url, etag=entry.etag, last_modified=entry.last_modified)
                future.add_done_callback(partial(self._fetched, entry.item, host))

    def _fetched(self, item: ListingItem, host: str, future: Future[FetchedPage]) -> None:
        answer: Answer
        if future.cancelled():
            answer = FetchError(FetchFailure.CONNECTION, item.url, "not fetched: the run's client closed")
        else:
            answer = future.exception() or future.result()
        with self._lock:
            self._in_flight -= 1
            self._queued[host] -= 1
            self._ready.append((item, answer))
            self._pump()  # the host's next link, before its next turn comes
            self._lock.notify_all()

    def _released(self, size: int, _handle: object) -> None:
        """A batch of ``size`` pages ended (its handle's done callback): room for more links."""
        with self._lock:
            self._held -= size
            self._pump()
            self._lock.notify_all()

    def _next_batch(self) -> PageBatch | None:
        size = self.ctx.settings.flow.batch_size
        with self._lock:
            while True:
                finished = not self._discovering and not self._waiting and self._in_flight == 0
                if len(self._ready) >= size or (finished and self._ready):
                    taken, self._ready = self._ready[:size], self._ready[size:]
                    self._held += len(taken)
                    self._batches += 1
                    return _batch(self._batches, taken)
                if finished:
                    return None
                self._pump()
                self._lock.wait(_POLL)


def _batch(number: int, taken: list[tuple[ListingItem, Answer]]) -> PageBatch:
    return PageBatch(
        number,
        tuple(item for item, _ in taken),
        prefetched={item.url: answer for item, answer in taken if answer is not None},
        from_archive=frozenset(item.url for item, answer in taken if answer is None),
    )


@dataclass(frozen=True, slots=True)
class Crawl:
    """What a run's crawl produced: discovery's findings and the batches it submitted."""

    found: Discovery
    batches: list[tuple[PageBatch, Handle]]


def crawl(
    ctx: RunContext,
    resume: Resume,
    start_discovery: Callable[[Callable[[list[ListingItem]], None]], Handle],
    discovery_result: Callable[[Handle], Discovery],
    submit: Callable[[PageBatch], Handle],
) -> Crawl:
    """Start discovery (``start_discovery(on_items)`` returns its handle), feed its links to the
    scheduler, and submit the batches; returns once discovery ended and every page is in a batch
    (the batches may still be running)."""
    feed = PageFeed(ctx, resume)
    discovery = start_discovery(feed.add)
    discovery.add_done_callback(feed.discovery_done)
    batches = feed.run(submit)
    return Crawl(discovery_result(discovery), batches)
