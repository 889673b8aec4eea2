"""Conventions every command shares: ``--version``, documented exit codes, a quiet closed pipe."""

from __future__ import annotations

import os
import sys

import typer

# Exit codes common to every command; commands with their own add a line in EXTRA_EXIT_CODES.
EXIT_CODES = (
    "Exit codes: 0 done; 1 error (one line on stderr: bad input, missing or busy warehouse, "
    "refused SQL, failed run); 2 bad usage; 130 interrupted; 141 output closed early (e.g. | head)."
)
# A run's outcome (flows/outcome.py): success 0, partial 0, failed 1 (the line above).
PARTIAL_RUN = "2 with --strict, when the run is partial (see README)."
EXTRA_EXIT_CODES = {
    "ingest": PARTIAL_RUN,
    "bulletins": PARTIAL_RUN,
    "parse": "3 the page is not an episode (its status is printed).",
    "doctor": "1 when any check is ✗ (warnings ! still exit 0).",
    "scrapers": "3 with check, when an entry point is unreachable, unread or lists no readable article.",
}
SIGPIPE_EXIT = 141  # 128 + SIGPIPE, what a shell reports for a filter killed by a closed pipe


def print_version(value: bool) -> None:
    """``--version``: the installed package version, then exit 0."""
    if not value:
        return
    from importlib.metadata import PackageNotFoundError, version  # only here: it costs every start 10 ms

    try:
        text = version("mee-interviews")
    except PackageNotFoundError:  # running from a checkout that was never installed
        text = "unknown (not installed)"
    print(f"mee-interviews {text}")
    raise typer.Exit(0)


def document_exit_codes(app: typer.Typer) -> None:
    """Append the exit codes to the --help of every registered command."""
    for command in app.registered_commands:
        name = command.name or (command.callback.__name__.replace("_", "-") if command.callback else "")
        extra = EXTRA_EXIT_CODES.get(name)
        command.epilog = EXIT_CODES + (f" Also: {extra}" if extra else "")


def closed_pipe_exit() -> int:
    """Point stdout at /dev/null so the interpreter's final flush cannot raise again; return 141."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (a test runner's buffer)
        pass
    finally:
        os.close(devnull)
    return SIGPIPE_EXIT


def one_line(exc: BaseException) -> str:
    """The first line of an error's message; a database error wrapped by SQLAlchemy speaks for itself
    (its ``(module.Class)`` prefix and "Background on this error" link say nothing to a user)."""
    inner = getattr(exc, "orig", None)
    text = str(inner if isinstance(inner, BaseException) else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
