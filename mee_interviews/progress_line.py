"""One stderr line that says what is being waited for and, when it ends, how long it took.

On a terminal the elapsed seconds count up in place once a second; in a log (CI, a pipe) the
line's start is written at once and its end when the wait is over, so it stays one line either way.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType
from typing import IO

REDRAW_SECONDS = 1.0


class ProgressLine:
    """Use as ``with ProgressLine(stream, "preparing Prefect") as line: ...; line.finish("ready")``."""

    def __init__(self, stream: IO[str], label: str, since: float | None = None) -> None:
        """``since`` is a ``time.monotonic()`` reading when the wait began before the line did."""
        self.stream = stream
        self.label = label
        self.since = since
        self.started = time.monotonic() if since is None else since
        self.ending = "failed"
        self._stop = threading.Event()
        self._live = stream.isatty()
        self._thread = threading.Thread(target=self._redraw, daemon=True, name="progress-line")

    def elapsed(self) -> float:
        """Seconds since the line began."""
        return time.monotonic() - self.started

    def finish(self, ending: str) -> None:
        """What the line ends with (followed by the elapsed seconds); 'failed' when never called."""
        self.ending = ending

    def __enter__(self) -> ProgressLine:
        self.started = time.monotonic() if self.since is None else self.since
        self._write(f"{self.label} … ")
        if self._live:
            self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._live:
            self._thread.join()
        end = f"{self.ending} after {self.elapsed():.1f} s"
        self._write(f"\r{self.label} … {end}\n" if self._live else f"{end}\n")

    def _redraw(self) -> None:
        while not self._stop.wait(REDRAW_SECONDS):
            self._write(f"\r{self.label} … {self.elapsed():.0f} s")

    def _write(self, text: str) -> None:
        self.stream.write(text)
        self.stream.flush()
