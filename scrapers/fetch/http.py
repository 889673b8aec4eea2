"""The polite HTTP client: the only code in the project that touches the network.

``PoliteClient.fetch(url)`` takes a canonical URL (``https://mp.weixin.qq.com/s/...``), rewrites it
onto the source's ``base_url`` (real site, mirror or local server), and returns a ``FetchedPage``.
On the way it enforces the host allow-list on every redirect hop, robots.txt (RFC 9309, via
protego, agent ``mee-interviews``), per-host pacing and concurrency, retries with backoff and
``Retry-After``, conditional GET, and a cap on the decoded body size. A recorded snapshot is
replayed through this same code by mounting ``scrapers.fetch.replay.ReplayAdapter`` on the session.
"""

from __future__ import annotations

import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from types import TracebackType
from typing import Self, TypedDict, Unpack
from urllib.parse import urljoin, urlsplit

import requests
from urllib3.exceptions import ReadTimeoutError

from models.records import FetchedPage
from models.settings import Settings
from scrapers.fetch.charset import resolve_encoding
from scrapers.fetch.deadline import DeadlineAdapter, deadline
from scrapers.fetch.hosts import HostMap, netloc_of, normalize_netloc
from scrapers.fetch.politeness import (
    ClientStats,
    HostGate,
    RobotsCache,
    RobotsRules,
    StatsRecorder,
    backoff_delay,
    parse_retry_after,
)
from scrapers.fetch.posts import post_key
from scrapers.fetch.scheduler import HostScheduler, Priority

log = logging.getLogger(__name__)

KEPT_HEADERS = (
    "content-type",
    "etag",
    "last-modified",
    "content-length",
    "content-encoding",
    "location",
    "retry-after",
    "date",
    "cache-control",
    "x-replay-miss",  # set by scrapers.fetch.replay: "not in the snapshot" is not "deleted by the publisher"
)
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
COOKIE_ROUND_TRIPS = 2  # same-URL redirects with Set-Cookie accepted per fetch before it is a loop
_CHUNK = 64 * 1024


class FetchFailure(StrEnum):
    """Why a fetch produced no page."""

    TIMEOUT = "timeout"
    CONNECTION = "connection"
    HTTP_STATUS = "http_status"
    TOO_LARGE = "too_large"
    HOST_NOT_ALLOWED = "host_not_allowed"
    ROBOTS_DISALLOWED = "robots_disallowed"
    ROBOTS_UNAVAILABLE = "robots_unavailable"
    REDIRECT_LOOP = "redirect_loop"
    TOO_MANY_REDIRECTS = "too_many_redirects"


class FetchError(Exception):
    """A fetch that failed for a classified reason; ``str()`` is one human-readable line."""

    def __init__(
        self,
        kind: FetchFailure,
        url: str,
        message: str,
        *,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{kind.value}: {url}: {message}")
        self.kind = kind
        self.url = url
        self.status_code = status_code
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class _Answer:
    url: str  # the fetch URL that produced it
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    sets_cookie: bool = False  # Set-Cookie is not archived (KEPT_HEADERS), only noticed

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k == name), None)


class FetchOptions(TypedDict, total=False):
    """What one fetch may say besides its URL (see ``PoliteClient.fetch``)."""

    etag: str | None
    last_modified: str | None
    referer: str | None
    source: str | None
    form: tuple[tuple[str, str], ...] | None


class PoliteClient:
    """Fetch pages politely and robustly; see the module docstring. Safe to share between threads."""

    def __init__(
        self,
        settings: Settings,
        *,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self._http = settings.http
        self._hosts = HostMap(settings.fetch_sources)
        self._allowed = frozenset(
            normalize_netloc(urlsplit(s.base_url).scheme, s.fetch_host) for s in settings.fetch_sources
        )
        self._lock = threading.Lock()
        self._session = session if session is not None else _deadline_session()
        self._owns_session = session is None
        self._sleep_fn = sleep
        self._gate = HostGate(
            min_delay=self._http.min_delay_seconds,
            jitter=self._http.delay_jitter_seconds,
            max_concurrent=self._http.max_concurrent_per_host,
            sleep=self._sleep,
            monotonic=monotonic,
            rng=rng or random.Random(),
        )
        for source in settings.fetch_sources:  # a source's or a province's own delay, if larger
            if source.min_delay_seconds is not None:
                self._gate.slow_down(netloc_of(source.base_url), source.min_delay_seconds)
        self._robots = RobotsCache()
        self._robots_queued: set[str] = set()
        self._stats = StatsRecorder()
        self._scheduler = HostScheduler(
            workers=self._http.max_in_flight,
            per_host=self._http.max_concurrent_per_host,
            next_start=self._gate.next_start,
            monotonic=monotonic,
            sleep=None if sleep is time.sleep else self._sleep,
        )
        self._in_worker = threading.local()

    def submit(
        self, url: str, *, priority: int = Priority.ARTICLE, **options: Unpack[FetchOptions]
    ) -> Future[FetchedPage]:
        """Queue a fetch of ``url`` (see ``fetch``) on the host-aware scheduler; the future holds
        the page or the ``FetchError``. The first request to a host queues its robots.txt first."""
        target = self._hosts.to_fetch(url)
        host = netloc_of(target)
        if self._http.obey_robots:
            parts = urlsplit(target)
            origin = f"{parts.scheme}://{parts.netloc}"
            with self._lock:
                first = origin not in self._robots_queued
                self._robots_queued.add(origin)
            if first:
                self._scheduler.submit(host, lambda: self._robots_of(origin), Priority.ROBOTS)

        def job() -> FetchedPage:
            self._in_worker.active = True
            try:
                return self._fetch_now(url, options)
            finally:
                self._in_worker.active = False

        return self._scheduler.submit(host, job, priority)

    def host_delay(self, url: str) -> float:
        """The delay between two requests to ``url``'s fetch host (its own, robots' or [http]'s)."""
        return self._gate.delay_of(netloc_of(self._hosts.to_fetch(url)))

    def fetch(
        self, url: str, *, priority: int = Priority.ARTICLE, **options: Unpack[FetchOptions]
    ) -> FetchedPage:
        """GET a canonical URL (POST ``form`` to it when given: list APIs); 2xx/3xx/4xx come back as pages (304 → ``not_modified``).

        ``etag`` and ``last_modified`` make it a conditional GET, ``referer`` is sent as such, and
        ``source`` names the configured source the URL belongs to: where several sources share a
        ``base_url``, the final URL is mapped back onto that source's canonical host. The request
        waits its turn on the scheduler (``submit``) like every other.

        Raises ``FetchError`` for everything that yields no answer worth keeping: see
        ``FetchFailure``. 429/5xx are retried and raise ``HTTP_STATUS`` once retries run out.
        A POST obeys the allow-list, robots.txt and the host's pacing like a GET; its page is keyed
        ``<url>#POST?<form>`` (``scrapers.fetch.posts``) so each form is archived as its own page.
        """
        if getattr(self._in_worker, "active", False):  # a job of this client's own scheduler
            return self._fetch_now(url, options)
        return self.submit(url, priority=priority, **options).result()

    def _fetch_now(self, url: str, options: FetchOptions) -> FetchedPage:
        """The fetch itself, in the calling thread (the scheduler's worker)."""
        form, source = options.get("form"), options.get("source")
        optional = {
            "If-None-Match": options.get("etag"),
            "If-Modified-Since": options.get("last_modified"),
            "Referer": options.get("referer"),
        }
        headers = {
            "User-Agent": self._http.user_agent,
            "Accept": ACCEPT,
            **{name: value for name, value in optional.items() if value},
        }
        answer = self._follow(
            self._hosts.to_fetch(url), headers, check_robots=self._http.obey_robots, form=form
        )
        if answer.status == 304:
            self._stats.add("not_modified")
        final = self._hosts.to_canonical(answer.url, requested=url, source=source)
        return FetchedPage(
            requested_url=post_key(url, form),
            final_url=post_key(final, form) if answer.url == self._hosts.to_fetch(url) else final,
            status_code=answer.status,
            headers=answer.headers,
            body=answer.body,
            fetched_at=datetime.now(UTC),
            encoding=resolve_encoding(answer.headers, answer.body),
            not_modified=answer.status == 304,
        )

    def admit(self, fetch_url: str, *, pace: bool = True) -> None:
        """Let another network client (``scrapers.fetch.browser``) make one request to ``fetch_url``
        under this client's rules: raises ``FetchError`` when the allow-list or robots.txt refuses
        it, else counts it and, with ``pace``, first waits for the host's turn (a navigation; the
        scripts a page loads with it are one visit, not paced one by one)."""
        self._check_allowed(fetch_url)
        if self._http.obey_robots:
            self._check_robots(fetch_url)
        host = netloc_of(fetch_url)
        if not pace:
            self._stats.request(host)
            return
        with self._gate.hold(host):
            self._stats.request(host)

    def add_cookies(self, cookies: Iterable[tuple[str, str, str, str]]) -> None:
        """Send these (name, value, domain, path) cookies from now on: the ones a browser got by
        passing a site's JavaScript challenge (``scrapers.fetch.browser``)."""
        for name, value, domain, path in cookies:
            self._session.cookies.set(name, value, domain=domain, path=path or "/")

    @property
    def stats(self) -> ClientStats:
        """A snapshot of the request, retry, byte and sleep counters."""
        return self._stats.snapshot()

    def close(self) -> None:
        """Stop the scheduler; close the session if this client created it (a passed-in session
        is the caller's)."""
        self._scheduler.close()
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- redirects, allow-list, robots -------------------------------------------------------

    def _follow(
        self,
        target: str,
        headers: dict[str, str],
        *,
        check_robots: bool,
        form: tuple[tuple[str, str], ...] | None = None,
    ) -> _Answer:
        seen, round_trips = {target}, 0
        while True:
            self._check_allowed(target)
            if check_robots:
                self._check_robots(target)
            answer = self._with_retries(target, headers, form)
            location = answer.header("location")
            if answer.status not in REDIRECT_STATUSES or not location:
                return answer
            nxt = self._hosts.to_fetch(urljoin(target, location))
            # A redirect to the same URL that sets a cookie is a cookie check (the session sends
            # the cookie back on the next request), not a loop: allowed a bounded number of times.
            if nxt == target and answer.sets_cookie and round_trips < COOKIE_ROUND_TRIPS:
                round_trips += 1
                log.debug("cookie round-trip %d on %s", round_trips, target)
                continue
            if nxt in seen:
                raise FetchError(FetchFailure.REDIRECT_LOOP, target, f"redirect back to {nxt}")
            if len(seen) > self._http.max_redirects:
                raise FetchError(
                    FetchFailure.TOO_MANY_REDIRECTS,
                    target,
                    f"more than {self._http.max_redirects} redirects (next: {nxt})",
                )
            log.debug("redirect %s -> %s (%d)", target, nxt, answer.status)
            seen.add(nxt)
            target, form = (
                nxt,
                (form if answer.status in (307, 308) else None),
            )  # 301-303 turn a POST into a GET

    def _check_allowed(self, url: str) -> None:
        scheme = urlsplit(url).scheme.lower()
        host = netloc_of(url)
        if scheme not in ("http", "https") or host not in self._allowed:
            raise FetchError(
                FetchFailure.HOST_NOT_ALLOWED,
                url,
                f"host {host or '?'} is not one of {', '.join(sorted(self._allowed))}",
            )

    def _robots_of(self, origin: str) -> RobotsRules:
        """The origin's robots.txt rules, fetched once per client (that is, once per run)."""
        return self._robots.get(origin, self._load_robots)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        rules = self._robots_of(f"{parts.scheme}://{parts.netloc}")
        if rules.unavailable is not None:
            raise FetchError(
                FetchFailure.ROBOTS_UNAVAILABLE,
                url,
                f"robots.txt unavailable, treating the host as disallowed ({rules.unavailable})",
            )
        if not rules.allows(url):
            raise FetchError(FetchFailure.ROBOTS_DISALLOWED, url, "disallowed by robots.txt")

    def _load_robots(self, origin: str) -> RobotsRules:
        self._stats.add("robots")
        try:
            answer = self._follow(
                f"{origin}/robots.txt", {"User-Agent": self._http.user_agent}, check_robots=False
            )
        except FetchError as exc:
            log.warning("robots.txt for %s unavailable: %s", origin, exc)
            return RobotsRules(unavailable=str(exc))
        if 200 <= answer.status < 300:
            rules = RobotsRules.parse(answer.body.decode("utf-8", errors="replace"))
            if rules.crawl_delay is not None:  # the larger of it and min_delay_seconds
                self._gate.slow_down(netloc_of(origin), rules.crawl_delay)
            return rules
        if 400 <= answer.status < 500:
            return RobotsRules()  # RFC 9309 §2.3.1.3: unavailable robots.txt means no rules
        return RobotsRules(unavailable=f"robots.txt answered HTTP {answer.status}")

    # -- attempts, retries, bodies ----------------------------------------------------------

    def _with_retries(
        self, url: str, headers: dict[str, str], form: tuple[tuple[str, str], ...] | None = None
    ) -> _Answer:
        host = netloc_of(url)
        attempt = 0
        while True:
            retry_after: float | None = None
            try:
                answer = self._attempt(url, headers, form)
            except FetchError as exc:
                if exc.kind not in (FetchFailure.TIMEOUT, FetchFailure.CONNECTION):
                    raise
                failure = exc
            else:
                if answer.status != 429 and answer.status < 500:
                    return answer
                retry_after = parse_retry_after(answer.header("retry-after"), now=datetime.now(UTC))
                failure = FetchError(
                    FetchFailure.HTTP_STATUS,
                    url,
                    f"HTTP {answer.status}",
                    status_code=answer.status,
                    retry_after=retry_after,
                )
                if retry_after is not None:  # the server asked the whole host to wait, not one URL
                    self._gate.defer(host, min(retry_after, self._http.retry_after_max_seconds))
            if attempt >= self._http.retries:
                raise failure
            attempt += 1
            self._stats.add("retries")
            wait = backoff_delay(
                attempt,
                base=self._http.backoff_base_seconds,
                cap=self._http.backoff_max_seconds,
                jitter=self._gate.draw_jitter(),
            )
            log.info("retry %d/%d for %s in >= %.1fs (%s)", attempt, self._http.retries, url, wait, failure)
            self._gate.defer(host, wait)  # the next attempt waits in the host's queue like any request

    def _attempt(
        self, url: str, headers: dict[str, str], form: tuple[tuple[str, str], ...] | None = None
    ) -> _Answer:
        host = netloc_of(url)
        timeout = (self._http.connect_timeout_seconds, self._http.read_timeout_seconds)
        total = self._http.total_timeout_seconds
        with self._gate.hold(host), deadline(total) as cut:
            self._stats.request(host)
            log.debug("%s %s", "POST" if form is not None else "GET", url)
            try:
                with self._session.request(
                    "POST" if form is not None else "GET",
                    url,
                    data=form,
                    headers=headers,
                    timeout=timeout,
                    stream=True,
                    allow_redirects=False,
                ) as response:
                    kept = tuple((k, v) for k in KEPT_HEADERS if (v := response.headers.get(k)) is not None)
                    status = response.status_code
                    cookie = "set-cookie" in response.headers
                    skip = (
                        status == 304
                        or status == 429
                        or status >= 500
                        or (status in REDIRECT_STATUSES and "location" in response.headers)
                    )
                    body = b"" if skip else self._read_body(response, url, time.monotonic() + total)
            except requests.RequestException as exc:
                if cut.expired:
                    raise _too_slow(url, total) from exc
                raise _transport_error(exc, url) from exc
            if cut.expired:  # a cut in the headers may read as their end: the answer is not whole
                raise _too_slow(url, total)
        return _Answer(url=url, status=status, headers=kept, body=body, sets_cookie=cookie)

    def _read_body(self, response: requests.Response, url: str, deadline: float) -> bytes:
        """The decoded body, refused past ``max_body_bytes`` or, for a trickling server whose every
        read beats the read timeout, past the whole-request ``total_timeout_seconds`` (checked
        between chunks here; ``deadline`` cuts a chunk that never completes)."""
        cap = self._http.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(FetchFailure.TOO_LARGE, url, f"Content-Length {declared} exceeds {cap} bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK):  # decoded (gunzipped) bytes
            size += len(chunk)
            if size > cap:
                raise FetchError(FetchFailure.TOO_LARGE, url, f"body exceeds {cap} bytes after decoding")
            if time.monotonic() > deadline:
                raise _too_slow(url, self._http.total_timeout_seconds)
            chunks.append(chunk)
        self._stats.add("bytes", size)
        return b"".join(chunks)

    def _sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        self._stats.slept(seconds)
        self._sleep_fn(seconds)


def _deadline_session() -> requests.Session:
    """A session whose requests obey the current ``deadline`` (headers and body alike)."""
    session = requests.Session()
    adapter = DeadlineAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _too_slow(url: str, total: float) -> FetchError:
    return FetchError(
        FetchFailure.TIMEOUT, url, f"no complete answer within {total:g} s (total_timeout_seconds)"
    )


def _transport_error(exc: requests.RequestException, url: str) -> FetchError:
    """Classify a requests exception; read timeouts mid-body arrive as ConnectionError."""
    if isinstance(exc, requests.Timeout) or (exc.args and isinstance(exc.args[0], ReadTimeoutError)):
        return FetchError(FetchFailure.TIMEOUT, url, f"timed out ({type(exc).__name__})")
    detail = " ".join(str(exc).split())  # keep the message on one line
    return FetchError(FetchFailure.CONNECTION, url, f"connection failed ({type(exc).__name__}: {detail})")


def check_reachable(hosts: list[str], *, timeout: float) -> list[str]:
    """Open (and close) a TCP connection to each ``host[:port]``; return one problem line per failure.

    Used before a live run so that a machine without network fails in seconds with a clear
    message instead of retrying every entry point with backoff.
    """
    problems = []
    for netloc in hosts:
        host, _, port = netloc.partition(":")
        try:
            with socket.create_connection((host, int(port or 443)), timeout=timeout):
                pass
        except OSError as exc:
            problems.append(f"{netloc}: {exc.strerror or exc}")
    return problems
