"""Bookkeeping for the HTTP client: per-host pacing, backoff, Retry-After, robots rules, counters.

No sockets here: waiting goes through an injected ``sleep`` and ``monotonic`` so tests can assert
the delays without waiting, and robots.txt is fetched by ``scrapers.fetch.http`` and only parsed here.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from types import MappingProxyType

from protego import Protego

ROBOTS_AGENT = "mee-interviews"


def backoff_delay(attempt: int, *, base: float, cap: float, jitter: float) -> float:
    """Wait before retry number ``attempt`` (1-based): ``base * 2**(attempt-1) + jitter``, capped."""
    return float(min(cap, base * 2 ** (attempt - 1) + jitter))


def parse_retry_after(value: str | None, *, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP-date); None if unusable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT even when the zone is written oddly
        when = when.replace(tzinfo=now.tzinfo)
    return max(0.0, (when - now).total_seconds())


@dataclass(slots=True)
class _Slot:
    semaphore: threading.BoundedSemaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    ready_at: float = float("-inf")


class HostGate:
    """Per-host pacing: at most ``max_concurrent`` requests in flight, and each request starts at
    least ``min_delay + uniform(0, jitter)`` after the previous one to that host ended (a host's
    robots.txt ``Crawl-delay`` raises its ``min_delay``: see :meth:`slow_down`)."""

    def __init__(
        self,
        *,
        min_delay: float,
        jitter: float,
        max_concurrent: int,
        sleep: Callable[[float], None],
        monotonic: Callable[[], float],
        rng: random.Random,
    ) -> None:
        self._min_delay = min_delay
        self._jitter = jitter
        self._max_concurrent = max(1, max_concurrent)
        self._sleep = sleep
        self._monotonic = monotonic
        self._rng = rng
        self._slots: dict[str, _Slot] = {}
        self._host_delay: dict[str, float] = {}
        self._lock = threading.Lock()

    def slow_down(self, host: str, min_delay: float) -> None:
        """Space requests to ``host`` by at least ``min_delay``: the largest of it, the delay the
        host already has (its source's or province's own, its robots.txt ``Crawl-delay``) and the
        global one. A delay only ever grows."""
        with self._lock:
            self._host_delay[host] = max(self._min_delay, self._host_delay.get(host, 0.0), min_delay)

    def delay_of(self, host: str) -> float:
        """The delay between two requests to ``host`` (without the jitter)."""
        return self._delay(host)

    def next_start(self, host: str) -> float:
        """When the next request to ``host`` may start (``monotonic`` time; -inf: at once)."""
        slot = self._slot(host)
        with slot.lock:
            return slot.ready_at

    def _delay(self, host: str) -> float:
        with self._lock:
            return self._host_delay.get(host, self._min_delay)

    @contextmanager
    def hold(self, host: str) -> Iterator[None]:
        """Wait for ``host``'s turn, then hold one of its in-flight places until the block ends."""
        slot = self._slot(host)
        delay = self._delay(host)
        with slot.semaphore:
            with slot.lock:
                now = self._monotonic()
                start = max(now, slot.ready_at)
                # Reserve the start so concurrent callers to the same host are spaced too.
                slot.ready_at = start + delay
            if start > now:
                self._sleep(start - now)
            try:
                yield
            finally:
                with slot.lock:
                    gap = delay + self.draw_jitter()
                    slot.ready_at = max(slot.ready_at, self._monotonic() + gap)

    def defer(self, host: str, seconds: float) -> None:
        """Let no request start on ``host`` for ``seconds`` from now (backoff, Retry-After)."""
        slot = self._slot(host)
        with slot.lock:
            slot.ready_at = max(slot.ready_at, self._monotonic() + seconds)

    def draw_jitter(self) -> float:
        """A uniform draw in ``[0, jitter]`` from the shared random source (thread-safe)."""
        with self._lock:
            return self._rng.uniform(0.0, self._jitter) if self._jitter > 0 else 0.0

    def _slot(self, host: str) -> _Slot:
        with self._lock:
            slot = self._slots.get(host)
            if slot is None:
                slot = self._slots[host] = _Slot(threading.BoundedSemaphore(self._max_concurrent))
            return slot


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one host's robots.txt lets us do (RFC 9309)."""

    parser: Protego | None = None
    unavailable: str | None = None  # why robots.txt could not be read: disallow everything

    @classmethod
    def parse(cls, text: str) -> RobotsRules:
        """Rules from a robots.txt body."""
        return cls(parser=Protego.parse(text))

    @property
    def crawl_delay(self) -> float | None:
        """The ``Crawl-delay`` (seconds) the rules set for our agent (or ``*``), if any."""
        delay = self.parser.crawl_delay(ROBOTS_AGENT) if self.parser is not None else None
        return float(delay) if delay is not None else None

    def allows(self, url: str) -> bool:
        """Whether ``url`` may be fetched by the ``mee-interviews`` agent."""
        if self.unavailable is not None:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, ROBOTS_AGENT))


class RobotsCache:
    """robots.txt rules per origin, loaded at most once per origin even under concurrent callers."""

    def __init__(self) -> None:
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, origin: str, load: Callable[[str], RobotsRules]) -> RobotsRules:
        """Cached rules for ``origin`` (``scheme://host[:port]``), calling ``load`` on first use."""
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            rules = self._rules.get(origin)
            if rules is None:
                rules = self._rules[origin] = load(origin)
            return rules


@dataclass(frozen=True, slots=True)
class ClientStats:
    """Counters since the client was made (a snapshot; later fetches do not change it).

    ``requests_sent`` counts attempts, robots.txt included, even when the connection then failed.
    """

    requests_sent: int
    requests_per_host: Mapping[str, int]
    retries: int
    not_modified: int
    bytes_received: int
    robots_fetches: int
    slept_seconds: float


class StatsRecorder:
    """Thread-safe counters behind ``PoliteClient.stats``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._per_host: Counter[str] = Counter()
        self._counts: Counter[str] = Counter()
        self._slept = 0.0

    def request(self, host: str) -> None:
        """Count one attempt sent to ``host``."""
        with self._lock:
            self._per_host[host] += 1

    def add(self, name: str, amount: int = 1) -> None:
        """Bump ``retries``, ``not_modified``, ``bytes`` or ``robots``."""
        with self._lock:
            self._counts[name] += amount

    def slept(self, seconds: float) -> None:
        """Add time spent waiting."""
        with self._lock:
            self._slept += seconds

    def snapshot(self) -> ClientStats:
        """The counters as a frozen ``ClientStats``."""
        with self._lock:
            return ClientStats(
                requests_sent=sum(self._per_host.values()),
                requests_per_host=MappingProxyType(dict(self._per_host)),
                retries=self._counts["retries"],
                not_modified=self._counts["not_modified"],
                bytes_received=self._counts["bytes"],
                robots_fetches=self._counts["robots"],
                slept_seconds=self._slept,
            )
