"""Idempotent loads of reference figures: each origin's rows are replaced as one set.

An origin is the curated file or one crawled bulletin page. Loading a set whose rows are the ones
stored (same version, same digest) changes nothing; a new version, or new rows, deletes every
row of the origin and inserts the set's, so an old version never lingers beside a new one and no
row is ever duplicated. All the sets of one call are written in one transaction.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from models.outcomes import FigureSetChange
from models.reference import ReferenceFigure, ReferenceSet
from models.tables import ReferenceFigureRow, table_of
from warehouse.bulk import Row, insert_rows
from warehouse.rows import rank_value

_TABLE = table_of(ReferenceFigureRow)


def load_reference_sets(
    engine: Engine, sets: Iterable[ReferenceSet], *, now: datetime
) -> dict[str, FigureSetChange]:
    """Write every set in one transaction; returns {origin: new | replaced | unchanged}."""
    with engine.begin() as conn:
        return {s.origin: load_reference_set(conn, s, now=now) for s in sets}


def load_reference_set(conn: Connection, ref: ReferenceSet, *, now: datetime) -> FigureSetChange:
    """Replace the rows of ``ref.origin`` with ``ref``'s, unless they are already stored."""
    rows = figure_rows(ref)
    digest = _digest(rows)
    stored = conn.execute(
        sa.select(_TABLE.c.origin_version, _TABLE.c.origin_digest)
        .where(_TABLE.c.origin == ref.origin)
        .distinct()
    ).all()
    if stored == [(ref.version, digest)] or (not stored and not rows):
        return "unchanged"
    conn.execute(sa.delete(_TABLE).where(_TABLE.c.origin == ref.origin))
    insert_rows(conn, _TABLE, [{**r, "origin_digest": digest, "loaded_at": now} for r in rows])
    return "replaced" if stored else "new"


def figure_rows(ref: ReferenceSet) -> list[Row]:
    """The set as rows of ``reference_figures`` (without the digest and load time)."""
    return [_row(ref, n, f) for n, f in enumerate(ref.figures, start=1)]


def _row(ref: ReferenceSet, n: int, f: ReferenceFigure) -> Row:
    return {
        "origin": ref.origin,
        "figure_no": n,
        "origin_version": ref.version,
        "scope_code": f.scope_code,
        "code": f.code,
        "year": f.year,
        "period": f.period,
        "value": f.value,
        "decimals": f.decimals,
        "unit": f.unit,
        "value_base": f.value_base,
        "unit_base": f.unit_base,
        "ranks": [rank_value(r) for r in f.ranks],
        "source_kind": f.source.kind,
        "source_title": f.source.title,
        "publisher": f.source.publisher,
        "published_on": f.source.published_on,
        "source_url": f.source.url,
        "verification": f.verification,
        "seen_at": list(f.seen_at),
        "source_note": f.source.note,
        "note": f.note,
        "quote": f.quote,
        "start_offset": f.start,
        "end_offset": f.end,
    }


def _digest(rows: Sequence[Row]) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False, default=str).encode()).hexdigest()
