"""A host-aware scheduler: one queue of requests per host, one global pool of workers.

A free worker takes the next request of the host whose next allowed start comes first (as
``HostGate`` keeps it: the end of the host's last request plus its delay, or later after a
backoff or a ``Retry-After``), so one host's delay is spent fetching other hosts' pages instead
of holding a thread. Within a host, requests go by priority (robots.txt, then listing pages, then
article pages), then in the order they came. At most ``per_host`` requests of one host run at
once and at most ``workers`` in all.

Workers are threads started on demand, up to ``workers``; one that finds nothing to do for
``IDLE_SECONDS`` ends, so an unused client holds no thread. No sockets here: a job is any
callable (``scrapers.fetch.http`` passes its fetches), and waiting goes through the clock it is
given, so tests with a fake clock run without waiting.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, TypeVar

IDLE_SECONDS = 2.0
T = TypeVar("T")


class Priority(IntEnum):
    """Which of a host's queued requests goes first (lower first)."""

    ROBOTS = 0
    LISTING = 1
    ARTICLE = 2


@dataclass(order=True, slots=True)
class _Job:
    priority: int
    seq: int
    run: Callable[[], Any] = field(compare=False)
    future: Future[Any] = field(compare=False)


class HostScheduler:
    """Run jobs per host in earliest-allowed-start order (see the module docstring)."""

    def __init__(
        self,
        *,
        workers: int,
        per_host: int,
        next_start: Callable[[str], float],
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        """``next_start(host)`` is when the host may next be asked (``HostGate.next_start``);
        ``sleep`` replaces waiting on the condition (a fake clock's sleep advances its time)."""
        self._workers = max(1, workers)
        self._per_host = max(1, per_host)
        self._next_start = next_start
        self._monotonic = monotonic
        self._sleep = sleep
        self._cond = threading.Condition()
        self._queues: dict[str, list[_Job]] = {}
        self._busy: dict[str, int] = {}
        self._seq = itertools.count()
        self._live = 0
        self._idle = 0
        self._closed = False

    def submit(self, host: str, run: Callable[[], Any], priority: int = Priority.ARTICLE) -> Future[Any]:
        """Queue ``run`` for ``host``; its future holds what it returns or raises."""
        future: Future[Any] = Future()
        with self._cond:
            if self._closed:
                raise RuntimeError("the scheduler is closed")
            heapq.heappush(self._queues.setdefault(host, []), _Job(priority, next(self._seq), run, future))
            self._grow()
            self._cond.notify()
        return future

    def close(self) -> None:
        """Refuse new jobs, cancel the queued ones and let the workers end."""
        with self._cond:
            self._closed = True
            for queue in self._queues.values():
                for job in queue:
                    job.future.cancel()
            self._queues.clear()
            self._cond.notify_all()

    @property
    def pending(self) -> int:
        """Jobs queued and not started."""
        with self._cond:
            return sum(len(q) for q in self._queues.values())

    def _grow(self) -> None:
        """Start a worker when none is free to take a ready job (call holding the lock)."""
        if self._idle == 0 and self._live < self._workers:
            self._live += 1
            threading.Thread(target=self._work, name="fetch-worker", daemon=True).start()

    def _work(self) -> None:
        while (taken := self._take()) is not None:
            host, job = taken
            if job.future.set_running_or_notify_cancel():
                try:
                    job.future.set_result(job.run())
                except BaseException as exc:  # handed to whoever waits on the future
                    job.future.set_exception(exc)
            with self._cond:
                self._busy[host] -= 1
                self._cond.notify_all()  # the host's next start moved, and a slot is free

    # The methods below run holding ``self._cond``.

    def _take(self) -> tuple[str, _Job] | None:
        """The next job to run, once its host's turn has come; None when this worker should end."""
        with self._cond:
            while not self._closed:
                host, at = self._earliest()
                if host is None:
                    if self._any_queued():
                        self._wait(None)  # every queued host is busy: wait for one to finish
                    elif not self._wait(IDLE_SECONDS) and not self._any_queued():
                        break
                    continue
                wait = at - self._monotonic()
                if wait > 0:
                    self._wait(wait, host_time=True)
                    continue
                job = heapq.heappop(self._queues[host])
                self._busy[host] = self._busy.get(host, 0) + 1
                if self._ready_left():
                    self._grow()
                return host, job
            self._live -= 1
            return None

    def _earliest(self) -> tuple[str | None, float]:
        """The host with queued work, a free slot and the earliest allowed start."""
        best: str | None = None
        best_at = float("inf")
        for host, queue in self._queues.items():
            if queue and self._busy.get(host, 0) < self._per_host:
                at = self._next_start(host)
                if best is None or at < best_at:
                    best, best_at = host, at
        return best, best_at

    def _ready_left(self) -> bool:
        host, at = self._earliest()
        return host is not None and at <= self._monotonic()

    def _any_queued(self) -> bool:
        return any(self._queues.values())

    def _wait(self, seconds: float | None, *, host_time: bool = False) -> bool:
        """Wait for news (a job queued, a request finished) or ``seconds``; False when the time
        ran out. Waiting for a host's turn uses the injected ``sleep`` when there is one."""
        self._idle += 1
        try:
            if host_time and self._sleep is not None and seconds is not None:
                self._cond.release()
                try:
                    self._sleep(seconds)
                finally:
                    self._cond.acquire()
                return True
            return self._cond.wait(seconds)
        finally:
            self._idle -= 1


def in_parallel(walks: Sequence[Callable[[], T]], limit: int) -> list[T]:
    """Run the walks (each a thread that fetches through the scheduler and waits for its pages),
    at most ``limit`` at once; their results in the order given."""
    if len(walks) <= 1:
        return [walk() for walk in walks]
    with ThreadPoolExecutor(max(1, min(limit, len(walks))), thread_name_prefix="walk") as pool:
        return list(pool.map(lambda walk: walk(), walks))
