"""The run ledger (``ingest_runs``) and the incremental state kept in the warehouse itself."""

from __future__ import annotations

import secrets
from collections.abc import Collection, Set
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection, Engine

from models.outcomes import Counted, PageKind, RunCounter, RunCounts
from models.tables import EpisodeSourceRow, IngestRunRow, RawPageRow, table_of
from warehouse.archive import ARTICLE, validators_of
from warehouse.readonly import MEMORY
from warehouse.writer_lock import hold_run_lock, open_run_ids, release_run_lock

# The counters of a run the ledger keeps (one column each), in the order it and the CLI show them.
COUNTERS: tuple[Counted, ...] = (
    RunCounter.DISCOVERED,
    PageKind.FETCHED,
    PageKind.UNCHANGED,
    RunCounter.NEW,
    RunCounter.UPDATED,
    PageKind.BLOCKED,
    PageKind.DELETED,
    PageKind.FAILED,
    PageKind.SKIPPED,
    RunCounter.REQUESTS_SENT,
)


def new_run_id(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)


ABANDONED = "abandoned: process ended without closing the run"


def warehouse_file(engine: Engine) -> str | None:
    """The file behind ``engine``, or None for an in-memory warehouse (no other process sees it)."""
    database = engine.url.database
    return None if not database or database == MEMORY else database


def start_run(engine: Engine, *, run_id: str, mode: str, now: datetime) -> list[str]:
    """Take the run lock, mark runs left ``running`` by dead processes failed, open a ``running`` row.

    The lock is held until ``finish_run``; a process that dies lets it go, so the next run (or
    ``doctor``) can tell its row was abandoned. Returns the runs abandoned since the last run that
    ended by itself (``abandoned_since_last_end``): the ones just marked, and any a run that died
    in its turn marked before.
    """
    path = warehouse_file(engine)
    abandoned: list[str] = []
    if path is not None:
        hold_run_lock(path, run_id)
    with engine.begin() as conn:
        if path is not None:
            mark_abandoned(conn, now=now, keep=open_run_ids(path) - {run_id})
            abandoned = abandoned_since_last_end(conn)
        conn.execute(
            insert(table_of(IngestRunRow)).values(
                run_id=run_id, mode=mode, status="running", started_at=now, **{str(k): 0 for k in COUNTERS}
            )
        )
    return abandoned


def finish_run(
    engine: Engine,
    *,
    run_id: str,
    status: str,
    counts: RunCounts,
    now: datetime,
    message: str | None = None,
) -> None:
    """Close the ledger row with its final status and counters."""
    values = {str(k): counts[k] for k in COUNTERS}
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.update(table_of(IngestRunRow))
                .where(IngestRunRow.__table__.c.run_id == run_id)
                .values(status=status, finished_at=now, message=message, **values)
            )
    finally:
        if (path := warehouse_file(engine)) is not None:
            release_run_lock(path, run_id)


def mark_abandoned(conn: Connection, *, now: datetime, keep: Set[str] = frozenset()) -> list[str]:
    """Mark every ``running`` row except ``keep`` failed (call it holding the run lock); returns their ids."""
    t = table_of(IngestRunRow)
    stale = t.c.status == "running"
    if keep:
        stale = stale & t.c.run_id.not_in(sorted(keep))
    ids = [r[0] for r in conn.execute(sa.select(t.c.run_id).where(stale).order_by(t.c.started_at))]
    if ids:
        conn.execute(
            sa.update(t)
            .where(t.c.run_id.in_(ids))
            .values(status="failed", finished_at=now, message=ABANDONED)
        )
    return ids


def abandoned_since_last_end(conn: Connection) -> list[str]:
    """Runs marked abandoned since the latest run that ended by itself, oldest first."""
    t = table_of(IngestRunRow)
    abandoned = t.c.message == ABANDONED
    ended = sa.select(sa.func.max(t.c.started_at)).where(
        t.c.status != "running", ~abandoned | t.c.message.is_(None)
    )
    last = ended.scalar_subquery()
    since = abandoned & ((t.c.started_at > last) | last.is_(None))
    return [r[0] for r in conn.execute(sa.select(t.c.run_id).where(since).order_by(t.c.started_at))]


def known_sources(engine: Engine) -> list[tuple[str, str | None]]:
    """(url, WeChat biz:mid:idx or None) of every episode copy already loaded."""
    s = EpisodeSourceRow.__table__
    with engine.connect() as conn:
        return [(r[0], r[1]) for r in conn.execute(sa.select(s.c.url, s.c.canonical_key))]


def copies_of(engine: Engine, episode_keys: set[str]) -> list[tuple[str, str, str]]:
    """(url, source, raw_sha256 of the body last parsed) of every stored copy of the episodes."""
    s = EpisodeSourceRow.__table__
    if not episode_keys:
        return []
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(s.c.url, s.c.source, s.c.raw_sha256).where(s.c.episode_key.in_(sorted(episode_keys)))
        )
        return [(r[0], r[1], r[2]) for r in rows]


def abandoned_since_completed(engine: Engine) -> list[str]:
    """Runs whose process died (``ABANDONED``) since the last run that completed (success or
    partial), oldest first: the ones a new run resumes."""
    t = IngestRunRow.__table__
    with engine.connect() as conn:
        last = conn.execute(
            sa.select(sa.func.max(t.c.started_at)).where(t.c.status.in_(("success", "partial")))
        ).scalar()
        query = sa.select(t.c.run_id).where(t.c.status == "failed", t.c.message == ABANDONED)
        if last is not None:
            query = query.where(t.c.started_at > last)
        return [r[0] for r in conn.execute(query.order_by(t.c.started_at))]


def archived_by(engine: Engine, run_ids: Collection[str]) -> set[str]:
    """The episode-page URLs whose archived bodies these runs stored."""
    t = RawPageRow.__table__
    if not run_ids:
        return set()
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(t.c.requested_url)
            .where(t.c.kind == ARTICLE, t.c.run_id.in_(sorted(run_ids)))
            .distinct()
        )
        return {r[0] for r in rows}


def validators(engine: Engine, url: str) -> tuple[str | None, str | None]:
    """(ETag, Last-Modified) for a conditional GET of one ``url`` (see ``archive.validators_of``)."""
    with engine.connect() as conn:
        return validators_of(conn, [url]).get(url, (None, None))


def recent_runs(engine: Engine, limit: int = 3) -> list[dict[str, object]]:
    """The latest ``limit`` ledger rows, newest first (run_id, mode, status, times, message)."""
    t = IngestRunRow.__table__
    cols = (t.c.run_id, t.c.mode, t.c.status, t.c.started_at, t.c.finished_at, t.c.message)
    with engine.connect() as conn:
        rows = conn.execute(sa.select(*cols).order_by(t.c.started_at.desc()).limit(limit))
        return [dict(r._mapping) for r in rows]


def last_success(engine: Engine) -> datetime | None:
    """When the latest successful run finished (None when no run ever succeeded)."""
    t = IngestRunRow.__table__
    with engine.connect() as conn:
        return conn.execute(sa.select(sa.func.max(t.c.finished_at)).where(t.c.status == "success")).scalar()


def running_ids(engine: Engine) -> list[str]:
    """Run ids whose ledger row says ``running``."""
    t = IngestRunRow.__table__
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(sa.select(t.c.run_id).where(t.c.status == "running"))]
