"""What Prefect may print on the CLI's stderr: a failure is one line, its traceback goes to the run log.

Prefect logs a failed flow's exception with its whole traceback (80-200 lines) at ERROR, on the
console as well as to the API (the run's log in the UI). The CLI prints the failure itself, as
one ``error: …`` line, so on the console a filter drops, unless ``--debug``:

- every record that carries a traceback (``exc_info``/``stack_info``) and every ERROR record;
- unless ``--verbose``, records of Prefect's own machinery (its workers, services, client):
  the run's own warnings (``prefect.flow_runs``/``prefect.task_runs``: whom a run waits for, a
  skipped snapshot, a released slot) and the project's loggers still show.

The API handler is left alone: the run log keeps every record, tracebacks included.
"""

from __future__ import annotations

import logging

RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")


class ConsoleFilter(logging.Filter):
    """Drops from the console what the module docstring says; one instance per console handler."""

    def __init__(self, *, verbose: bool) -> None:
        super().__init__("mee-interviews-console")
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info or record.stack_info or record.levelno >= logging.ERROR:
            return False
        internal = record.name.startswith("prefect") and not record.name.startswith(RUN_LOGGERS)
        return self.verbose or not internal


def quiet_console(*, verbose: bool, debug: bool) -> None:
    """Put a ``ConsoleFilter`` on Prefect's console handlers (call it once Prefect is imported);
    ``debug`` takes any earlier one away instead. Idempotent."""
    import prefect.logging.handlers

    handlers = [*logging.getLogger().handlers, *logging.getLogger("prefect._internal").handlers]
    for handler in handlers:
        if type(handler).__module__ != prefect.logging.handlers.__name__ or not isinstance(
            handler, logging.StreamHandler
        ):
            continue  # the API handler (the run log), and anything not Prefect's (pytest's capture)
        for old in [f for f in handler.filters if isinstance(f, ConsoleFilter)]:
            handler.removeFilter(old)
        if not debug:
            handler.addFilter(ConsoleFilter(verbose=verbose))
