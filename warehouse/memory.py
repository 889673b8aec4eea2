"""The writer's DuckDB memory limit during a load: room for what the transaction cannot spill.

``[warehouse] writer_memory_limit_mb`` bounds DuckDB's cache. What a load writes is spilled to
``<warehouse>.tmp`` once the limit is reached, and put back at the commit, except the primary-key
indexes of the uncommitted rows (``ART_INDEX`` in ``duckdb_memory()``): about 120 keys an
episode, 48 MB at 10,000 episodes. Under a fixed 64 MB limit a load of 10,000 episodes ran out of
memory on them (docs/performance.md), and the commit, which merges them into the tables' own
indexes, needs them twice. So during a load the limit follows those indexes: the writer's limit,
or twice the indexes plus half of it as working room, whichever is larger; after the load it
goes back.
"""

from __future__ import annotations

import re
from contextlib import suppress

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

_UNITS = {"B": 1 / 2**20, "KIB": 1 / 1024, "MIB": 1.0, "GIB": 1024.0, "TIB": 1024.0**2}
_UNITS |= {"KB": 1000 / 2**20, "MB": 1e6 / 2**20, "GB": 1e9 / 2**20, "TB": 1e12 / 2**20}


def memory_limit_text(conn: Connection) -> str:
    """DuckDB's current memory limit as it reports it, e.g. ``61.0 MiB`` (for ``SET`` 64MB)."""
    return str(conn.exec_driver_sql("SELECT current_setting('memory_limit')").scalar())


def memory_limit_mb(conn: Connection) -> float:
    """DuckDB's current memory limit in MiB."""
    text = memory_limit_text(conn)
    match = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z]+)\s*", text)
    if match is None or match.group(2).upper() not in _UNITS:
        raise ValueError(f"DuckDB reported a memory limit this cannot read: {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2).upper()]


def set_memory_limit(conn: Connection, limit: float | str) -> None:
    """A limit in MiB, or a text DuckDB reported (``memory_limit_text``)."""
    value = limit if isinstance(limit, str) else f"{limit:.1f}MiB"
    if not re.fullmatch(r"[\d.]+ ?[A-Za-z]+", value):
        raise ValueError(f"not a memory limit: {value!r}")
    conn.exec_driver_sql(f"SET memory_limit = '{value}'")


def index_memory_mb(conn: Connection) -> float:
    """Memory DuckDB holds for indexes (``ART_INDEX``), in MiB."""
    held = conn.exec_driver_sql(
        "SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() WHERE tag = 'ART_INDEX'"
    ).scalar()
    return float(held or 0) / 2**20


class IndexRoom:
    """Keeps the limit at ``max(base, 2 × indexes + base / 2)`` while a load runs (see the module)."""

    def __init__(self, conn: Connection) -> None:
        self._text = memory_limit_text(conn)
        self.base = memory_limit_mb(conn)
        self.current = self.base

    def follow(self, conn: Connection) -> None:
        """Called after each chunk of the load: raise the limit if the indexes need it."""
        wanted = max(self.base, 2 * index_memory_mb(conn) + self.base / 2)
        if wanted > self.current:
            set_memory_limit(conn, wanted)
            self.current = wanted

    def restore(self, engine: Engine) -> None:
        """After the load (committed or not): the writer's own limit again. A database that a
        fatal error invalidated refuses this; the load's own error is the one to report."""
        if self.current != self.base:
            with suppress(sa.exc.DBAPIError), engine.connect() as conn:
                set_memory_limit(conn, self._text)
            self.current = self.base
