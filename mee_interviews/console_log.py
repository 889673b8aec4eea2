"""What Prefect may print on the CLI's stderr: a failure is one line, its traceback goes to the run log.

Prefect logs a failed flow's exception with its whole traceback (80-200 lines) at ERROR, on the
console as well as to the API (the run's log in the UI). The CLI prints the failure itself, as
one ``error: …`` line, so on the console a filter drops, unless ``--debug``:

- every record that carries a traceback (``exc_info``/``stack_info``) and every ERROR record;
- unless ``--verbose``, records of Prefect's own machinery (its workers, services, client, such
  as ``EventsWorker - Still processing items`` at exit): the run's own warnings (``prefect.flow_runs``/``prefect.task_runs``: whom a run waits for, a
  skipped snapshot, a released slot) and the project's loggers still show.

The API handler is left alone: the run log keeps every record, tracebacks included.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

RUN_LOGGERS = ("prefect.flow_runs", "prefect.task_runs")


class ConsoleFilter(logging.Filter):
    """Drops from the console what the module docstring says; one instance per console handler.

    Prefect's machinery is told by its logger name (``prefect.*``) or, for its services, which
    log under their class name (``EventsWorker - Still processing items``), by the source file.
    """

    def __init__(self, *, verbose: bool, prefect_dir: str) -> None:
        super().__init__("mee-interviews-console")
        self.verbose = verbose
        self.prefect_dir = prefect_dir

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info or record.stack_info or record.levelno >= logging.ERROR:
            return False
        if self.verbose or record.name.startswith(RUN_LOGGERS):
            return True
        return not (record.name.startswith("prefect") or record.pathname.startswith(self.prefect_dir))


def quiet_console(*, verbose: bool, debug: bool) -> None:
    """Put a ``ConsoleFilter`` on Prefect's console handlers (call it once Prefect is imported);
    ``debug`` takes any earlier one away instead. Idempotent."""
    import prefect
    import prefect.logging.handlers

    prefect_dir = str(Path(prefect.__file__).parent) + os.sep
    handlers = [*logging.getLogger().handlers, *logging.getLogger("prefect._internal").handlers]
    for handler in handlers:
        if type(handler).__module__ != prefect.logging.handlers.__name__ or not isinstance(
            handler, logging.StreamHandler
        ):
            continue  # the API handler (the run log), and anything not Prefect's (pytest's capture)
        for old in [f for f in handler.filters if isinstance(f, ConsoleFilter)]:
            handler.removeFilter(old)
        if not debug:
            handler.addFilter(ConsoleFilter(verbose=verbose, prefect_dir=prefect_dir))
