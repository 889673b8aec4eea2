"""Test support shared across the suite: a real fault-injecting HTTP server and a fake clock."""

from __future__ import annotations

import threading


class FakeClock:
    """Stands in for ``time.sleep`` / ``time.monotonic``: sleeping advances time instantly.

    Pass ``clock.sleep`` and ``clock.monotonic`` to ``PoliteClient``; ``clock.sleeps`` lists every
    wait it asked for, in order.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def sleep(self, seconds: float) -> None:
        """Record the wait and advance the clock by it."""
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    def monotonic(self) -> float:
        """The fake current time."""
        with self._lock:
            return self.now
