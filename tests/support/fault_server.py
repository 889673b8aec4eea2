"""A real HTTP/1.1 server on 127.0.0.1 with fault injection, for tests of anything that fetches.

    with FaultServer() as srv:
        srv.route("/a", Reply(status=200, headers={"Content-Type": "text/html"}, body=b"<p>hi"))
        srv.route("/flaky", [Reply(status=503), Reply(status=503), Reply(body=b"ok")])  # last repeats
        srv.route("/robots.txt", robots_txt("User-agent: *\\nDisallow: /private/"))
        fetch(srv.url("/a"))
        assert srv.count("/flaky") == 3
        assert srv.requests[0].header("user-agent").startswith("mee-interviews")

A route is a ``Reply``, a list of ``Reply`` (served in order, the last one repeats), or a function
``(RecordedRequest) -> Reply`` for anything conditional. Routes match the path with its query
first, then the bare path. Unrouted paths answer 404 (so an unrouted robots.txt means "allow all").
Helpers build the usual faults: ``html``, ``redirect``, ``too_many_requests``, ``oversized``,
``gzip_bomb``, ``conditional``, ``robots_txt``, ``reset_connection``. ``Reply`` fields add delays
before the headers or in the middle of the body, trickle the headers or the body a byte at a time,
and drop the Content-Length.

Every request is recorded (method, path, headers, ``time.monotonic()``) in ``srv.requests``;
``srv.max_in_flight`` is the most requests ever handled at once. Delays end as soon as the server
stops, so leaving the ``with`` block is quick even when a slow reply is still pending.
"""

from __future__ import annotations

import gzip
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self


@dataclass(frozen=True)
class Reply:
    """One canned answer; the fault fields combine freely."""

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay_before_headers: float = 0.0  # seconds to stall after reading the request
    delay_mid_body: float = 0.0  # seconds to stall after sending the first half of the body
    reset: bool = False  # drop the connection with a TCP reset instead of answering
    content_length: bool = True  # False: no Content-Length; the body ends when the connection closes
    trickle: float = 0.0  # seconds between single bytes of the body (a slowloris), or of the headers:
    trickle_headers: bool = False  # ... when this is set (the body then follows at once)


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server saw it; header names are lower-cased."""

    method: str
    path: str
    headers: Mapping[str, str]
    at: float  # time.monotonic() when the request line was read
    body: bytes = b""  # a POST's form

    def header(self, name: str) -> str | None:
        """A request header by case-insensitive name."""
        return self.headers.get(name.lower())


Handler = Reply | Sequence[Reply] | Callable[[RecordedRequest], Reply]


class FaultServer:
    """Threaded HTTP server on an ephemeral 127.0.0.1 port (or the loopback ``address`` and
    ``port`` given); use as a context manager."""

    def __init__(self, address: str = "127.0.0.1", port: int = 0) -> None:
        self._routes: dict[str, Callable[[RecordedRequest], Reply]] = {}
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._in_flight = 0
        self.max_in_flight = 0
        self.stopping = threading.Event()
        self._address = address  # another loopback address (127.0.0.2 …) is another host
        self._server = _Server((address, port), _RequestHandler)
        self._server.owner = self
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.01},
            name="fault-server",
            daemon=True,
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT``: what goes into allow-lists."""
        return f"{self._address}:{self.port}"

    @property
    def port(self) -> int:
        """The port the server listens on (ephemeral unless one was asked for)."""
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        return f"http://{self.host}"

    def url(self, path: str = "/") -> str:
        """An absolute URL on this server."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def route(self, path: str, handler: Handler) -> None:
        """Serve ``path`` (optionally with ``?query``) with a reply, a reply sequence, or a function."""
        if isinstance(handler, Reply):
            reply = handler
            self._routes[path] = lambda _request: reply
        elif callable(handler):
            self._routes[path] = handler
        else:
            self._routes[path] = _sequence(list(handler))

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in arrival order (a copy)."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """Requests whose path (query ignored unless ``path`` has one) equals ``path``."""
        return [r for r in self.requests if (r.path if "?" in path else r.path.split("?")[0]) == path]

    def count(self, path: str | None = None) -> int:
        """How many requests reached ``path`` (or the server, when ``path`` is None)."""
        return len(self.requests if path is None else self.requests_to(path))

    def clear(self, *, routes: bool = False) -> None:
        """Forget the recorded requests (and the routes too, with ``routes=True``)."""
        with self._lock:
            self._requests.clear()
            self.max_in_flight = 0
            if routes:
                self._routes.clear()

    def pause(self, seconds: float) -> bool:
        """Wait ``seconds`` unless the server stops first; True when the wait ran its course."""
        return seconds <= 0 or not self.stopping.wait(seconds)

    def _reply_for(self, request: RecordedRequest) -> Reply:
        handler = self._routes.get(request.path) or self._routes.get(request.path.split("?")[0])
        if handler is None:
            return Reply(status=404, headers={"Content-Type": "text/plain"}, body=b"not found")
        return handler(request)

    @contextmanager
    def _serving(self, request: RecordedRequest) -> Iterator[None]:
        with self._lock:
            self._requests.append(request)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
        try:
            yield
        finally:
            with self._lock:
                self._in_flight -= 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # do not wait for idle keep-alive connections on exit
    owner: FaultServer

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that drops its connection (a timeout, a cut slowloris) is what these tests
        inject: say nothing; anything else is printed as usual."""
        if not isinstance(sys.exc_info()[1], ConnectionResetError | BrokenPipeError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 5  # idle keep-alive connections end on their own
    server: _Server

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_POST(self) -> None:
        self._serve(head=False)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def _serve(self, *, head: bool) -> None:
        owner = self.server.owner
        length = self.headers.get("Content-Length", "0")
        body = self.rfile.read(int(length)) if self.command == "POST" and length.isdigit() else b""
        request = RecordedRequest(
            self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic(), body
        )
        with owner._serving(request):
            reply = owner._reply_for(request)
            if reply.reset:
                self._reset()
            elif owner.pause(reply.delay_before_headers):
                self._send(reply, head=head)
            else:
                self.close_connection = True

    def _send(self, reply: Reply, *, head: bool) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        names = {n.lower() for n in reply.headers}
        if reply.content_length and "content-length" not in names:
            self.send_header("Content-Length", str(len(reply.body)))
        if not reply.content_length:
            self.send_header("Connection", "close")
            self.close_connection = True
        if reply.trickle and reply.trickle_headers:
            if not self._trickle(b"".join(self._headers_buffer) + b"\r\n", reply.trickle):
                return
            self._headers_buffer = []
        else:
            self.end_headers()
        if head or not reply.body:
            return
        if reply.trickle and not reply.trickle_headers:
            self._trickle(reply.body, reply.trickle)
            return
        half = len(reply.body) // 2 if reply.delay_mid_body else len(reply.body)
        try:
            self.wfile.write(reply.body[:half])
            self.wfile.flush()
            if half < len(reply.body) and self.server.owner.pause(reply.delay_mid_body):
                self.wfile.write(reply.body[half:])
        except OSError:  # the client gave up (timeout, size cap): nothing left to say
            self.close_connection = True

    def _trickle(self, data: bytes, seconds: float) -> bool:
        """Send ``data`` one byte every ``seconds``; False when the client left or the server stops."""
        try:
            for i in range(len(data)):
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
                if i + 1 < len(data) and not self.server.owner.pause(seconds):
                    break
            else:
                return True
        except OSError:
            pass
        self.close_connection = True
        return False

    def _reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


def _sequence(replies: list[Reply]) -> Callable[[RecordedRequest], Reply]:
    if not replies:
        raise ValueError("a reply sequence needs at least one reply")
    lock = threading.Lock()
    served = [0]

    def next_reply(_request: RecordedRequest) -> Reply:
        with lock:
            index = min(served[0], len(replies) - 1)
            served[0] += 1
        return replies[index]

    return next_reply


# -- builders for the usual faults ------------------------------------------------------------


def html(
    text: str,
    *,
    charset: str | None = "utf-8",
    encoding: str | None = None,
    meta: str | None = None,
    status: int = 200,
) -> Reply:
    """An HTML page encoded with ``encoding`` (default: ``charset``, else utf-8).

    ``charset=None`` leaves it out of Content-Type (the ISO-8859-1 trap); ``meta`` adds
    ``<meta charset=...>`` to the head; say ``charset="utf-8", encoding="gbk"`` for a wrong header.
    """
    head = f'<meta charset="{meta}">' if meta else ""
    page = f"<!DOCTYPE html><html><head>{head}<title>t</title></head><body>{text}</body></html>"
    content_type = "text/html" + (f"; charset={charset}" if charset else "")
    return Reply(
        status=status,
        headers={"Content-Type": content_type},
        body=page.encode(encoding or charset or "utf-8"),
    )


def redirect(location: str, status: int = 302) -> Reply:
    """A redirect to ``location`` (absolute or relative)."""
    return Reply(status=status, headers={"Location": location, "Content-Type": "text/plain"}, body=b"moved")


def too_many_requests(retry_after: str | float, status: int = 429) -> Reply:
    """A 429 (or 503, via ``status``) with ``Retry-After`` (seconds or an HTTP-date string)."""
    value = retry_after if isinstance(retry_after, str) else str(int(retry_after))
    return Reply(
        status=status, headers={"Retry-After": value, "Content-Type": "text/plain"}, body=b"slow down"
    )


def oversized(size: int, *, content_length: bool = True) -> Reply:
    """A ``size``-byte body, announced by Content-Length or not."""
    return Reply(
        headers={"Content-Type": "text/html; charset=utf-8"}, body=b"x" * size, content_length=content_length
    )


def gzip_bomb(inflated_size: int) -> Reply:
    """A small gzip body (Content-Encoding: gzip) that inflates to ``inflated_size`` bytes."""
    return Reply(
        headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        body=gzip.compress(b"\0" * inflated_size, compresslevel=9),
    )


def conditional(
    reply: Reply, *, etag: str | None = None, last_modified: str | None = None
) -> Callable[[RecordedRequest], Reply]:
    """``reply`` carrying ETag/Last-Modified, or a bodiless 304 when the request's validators match."""
    headers = dict(reply.headers)
    if etag:
        headers["ETag"] = etag
    if last_modified:
        headers["Last-Modified"] = last_modified
    full = Reply(status=reply.status, headers=headers, body=reply.body)
    validators = {k: v for k, v in headers.items() if k in ("ETag", "Last-Modified")}

    def answer(request: RecordedRequest) -> Reply:
        if _etag_matches(request.header("if-none-match"), etag) or _not_modified_since(
            request.header("if-modified-since"), last_modified
        ):
            return Reply(status=304, headers=validators)
        return full

    return answer


def robots_txt(text: str, status: int = 200) -> Reply:
    """A robots.txt answer (use a 4xx/5xx ``status`` to test RFC 9309 handling)."""
    return Reply(
        status=status, headers={"Content-Type": "text/plain; charset=utf-8"}, body=text.encode("utf-8")
    )


def reset_connection() -> Reply:
    """Drop the connection without answering."""
    return Reply(reset=True)


def _etag_matches(header: str | None, etag: str | None) -> bool:
    if not header or not etag:
        return False
    return header.strip() == "*" or etag in {t.strip() for t in header.split(",")}


def _not_modified_since(header: str | None, last_modified: str | None) -> bool:
    if not header or not last_modified:
        return False
    try:
        return parsedate_to_datetime(header) >= parsedate_to_datetime(last_modified)
    except (TypeError, ValueError):
        return header.strip() == last_modified.strip()
