"""Archived response bodies (``raw_bodies``): each distinct body once, cut into 8 KiB parts.

DuckDB reads a column 2,048 rows at a time, and a query that wants one body of a vector
materialises the bodies of all 2,048 rows around it, whatever selects it (an ``IN`` list, a
join, an equality, a ``rowid`` equality; only a ``rowid`` range does not, which migration 7
uses to move the old rows): with whole pages in one column, reading 50 bodies out of an
archive of 2,000 pages of 300 KB asked for 1 GiB and failed under the writer's limit. Cut into
parts, a vector holds at most 2,048 × 8 KiB = 16 MiB, however large the pages are. Bodies are
keyed by their hash alone, so the same bytes at two URLs are stored once.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy.engine import Connection

from models.tables import RawBodyRow
from warehouse.bulk import insert_rows, select_by_keys

PART_BYTES = 8192
# One body read at a time in a process. Each read materialises whole 16 MiB vectors of parts, on
# each of DuckDB's threads: four batch threads reading 25 pages each at once ran a 64 MB writer
# out of memory (12 of 40 reads failed on a 3,000-page archive); one at a time, none did, at
# about 1,000 pages a second (docs/performance.md). Reparse and 304s read this way.
_READING = threading.Lock()
_READ_BATCH = 256  # hashes per query: the IN list stays small, the parts come back in one go


def body_parts(sha256: str, body: bytes) -> list[dict[str, object]]:
    """The ``raw_bodies`` rows of one body (none for an empty body)."""
    return [
        {"sha256": sha256, "part": n, "data": body[at : at + PART_BYTES]}
        for n, at in enumerate(range(0, len(body), PART_BYTES))
    ]


def store_bodies(conn: Connection, bodies: Iterable[tuple[str, bytes]]) -> int:
    """Store each (sha256, body) not stored yet, in the caller's transaction; returns how many
    bodies were new."""
    wanted = dict(bodies)
    t = RawBodyRow.__table__
    stored = {sha for (sha,) in select_by_keys(conn, t, "sha256", wanted, ("sha256",))}
    new = {sha: body for sha, body in wanted.items() if sha not in stored}
    insert_rows(conn, t, [row for sha, body in new.items() for row in body_parts(sha, body)])
    return len(new)


def bodies_of(conn: Connection, hashes: Collection[str]) -> dict[str, bytes]:
    """The stored body of each of ``hashes``, joined back from its parts. A hash with no parts
    reads as ``b""`` (an empty body has none); ``raw_body_mismatches`` tells that from a loss."""
    out: dict[str, bytes] = {}
    ordered = sorted(set(hashes))
    for start in range(0, len(ordered), _READ_BATCH):
        batch = ordered[start : start + _READ_BATCH]
        parts: dict[str, list[tuple[int, bytes]]] = defaultdict(list)
        with _READING:
            rows = select_by_keys(conn, RawBodyRow.__table__, "sha256", batch, ("sha256", "part", "data"))
        for sha, part, data in rows:
            parts[sha].append((part, bytes(data)))
        out |= {sha: b"".join(data for _, data in sorted(parts.get(sha, ()))) for sha in batch}
    return out
