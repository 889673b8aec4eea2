"""Task arguments Prefect hands over without walking them.

Before a task runs, Prefect visits every argument recursively (``visit_collection``) to find
futures and states to wait for and to record as inputs. Our arguments are plain data: the run
context, a batch of URLs, and at load time every parsed page of the run, dataclasses nested
several levels deep. Walking them took about a fifth of an ingest run's CPU at N = 320 (py-spy
samples). ``as_is`` wraps a value in Prefect's ``quote`` annotation: the
task receives the value itself, and Prefect neither traverses it nor tracks it as an upstream
input (none of ours is a future).
"""

from __future__ import annotations

from typing import TypeVar, cast

from prefect.utilities.annotations import quote

T = TypeVar("T")


def as_is(value: T) -> T:
    """``value``, passed to a task without Prefect traversing it (typed as the value itself)."""
    return cast(T, quote(value))
