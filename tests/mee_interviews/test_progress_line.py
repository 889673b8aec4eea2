"""The one progress line: one line in a log, counting in place on a terminal, 'failed' when cut short."""

from __future__ import annotations

import io
import time

import pytest

from mee_interviews import progress_line
from mee_interviews.progress_line import ProgressLine


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_log_the_line_is_written_once_and_ends_with_the_elapsed_seconds() -> None:
    stream = io.StringIO()
    with ProgressLine(stream, "starting") as line:
        assert stream.getvalue() == "starting … ", "the wait is announced before it begins"
        line.finish("ready")
    assert stream.getvalue().startswith("starting … ready after 0.")
    assert stream.getvalue().endswith(" s\n") and stream.getvalue().count("\n") == 1


def test_a_line_cut_short_by_an_error_says_failed() -> None:
    stream = io.StringIO()
    with pytest.raises(RuntimeError), ProgressLine(stream, "starting"):
        raise RuntimeError("boom")
    assert stream.getvalue().startswith("starting … failed after ")


def test_on_a_terminal_the_seconds_count_up_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_line, "REDRAW_SECONDS", 0.05)
    stream = Terminal()
    with ProgressLine(stream, "starting") as line:
        time.sleep(0.3)
        line.finish("ready")
    text = stream.getvalue()
    assert "\rstarting … 0 s" in text and text.count("\n") == 1
    assert text.rsplit("\r", 1)[1].startswith("starting … ready after 0.")


def test_a_wait_that_began_before_the_line_counts_from_its_own_start() -> None:
    stream = io.StringIO()
    with ProgressLine(stream, "starting", since=time.monotonic() - 5) as line:
        line.finish("ready")
    assert stream.getvalue().startswith("starting … ready after 5.")
