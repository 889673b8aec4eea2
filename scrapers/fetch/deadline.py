"""A whole-answer deadline for one request: status line, headers and body alike (slowloris).

requests and urllib3 time out each socket read, never a whole answer: a server that sends one
byte a second beats any read timeout forever. One attempt once lasted 100 s under a 60 s total,
and its batch's retry made it 213 s for one page. Here a timer cuts the request's socket when
the deadline passes (``shutdown``: a read blocked on it returns at once), whether the answer is
still in its headers or in its body; urllib3 does the same for its own ``HTTPResponse.shutdown``.

The socket is learnt where urllib3 starts reading an answer (``getresponse``), through connection
classes mounted by ``DeadlineAdapter``; the deadline is the calling thread's (``deadline``), so
threads fetching at once each keep their own.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.response import HTTPResponse

_current = threading.local()


@dataclass(slots=True)
class Deadline:
    """One request's deadline; ``expired`` once its timer cut the socket (or found none to cut)."""

    seconds: float
    expired: bool = False
    _sock: Any = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def watch(self, sock: Any) -> None:
        """The socket the answer arrives on (cut at once when the deadline already passed)."""
        with self._lock:
            self._sock = sock
            if self.expired:
                _cut(sock)

    def expire(self) -> None:
        """The timer's end: cut the socket being read, if any."""
        with self._lock:
            self.expired = True
            if self._sock is not None:
                _cut(self._sock)


def _cut(sock: Any) -> None:
    with suppress(OSError):  # already closed, or never connected
        sock.shutdown(socket.SHUT_RDWR)


@contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Give the requests this thread makes in the block ``seconds`` in all (with ``DeadlineAdapter``)."""
    current = Deadline(seconds)
    timer = threading.Timer(seconds, current.expire)
    timer.daemon = True
    _current.deadline = current
    timer.start()
    try:
        yield current
    finally:
        timer.cancel()
        _current.deadline = None


def _watch(conn: HTTPConnection) -> None:
    current: Deadline | None = getattr(_current, "deadline", None)
    if current is not None and conn.sock is not None:
        current.watch(conn.sock)


class _DeadlineHTTPConnection(HTTPConnection):
    def getresponse(self) -> HTTPResponse:  # type: ignore[override]
        _watch(self)
        return super().getresponse()


class _DeadlineHTTPSConnection(HTTPSConnection):
    def getresponse(self) -> HTTPResponse:  # type: ignore[override]
        _watch(self)
        return super().getresponse()


class _DeadlineHTTPPool(HTTPConnectionPool):
    ConnectionCls = _DeadlineHTTPConnection


class _DeadlineHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _DeadlineHTTPSConnection


class DeadlineAdapter(HTTPAdapter):
    """requests' adapter whose connections let the current ``deadline`` cut their socket."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _DeadlineHTTPPool, "https": _DeadlineHTTPSPool}

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = {"http": _DeadlineHTTPPool, "https": _DeadlineHTTPSPool}
        return manager
