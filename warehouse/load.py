"""Idempotent loads. Loading the same content twice changes no row.

Atomicity (documented in README): raw pages are archived batch by batch as they arrive
(append-only, never rewritten); all episode rows of a run are written in ONE transaction by
``load_bundles`` (or ``load_bundle_chunks``, which takes them a chunk of episodes at a time), so a
run that dies half-way leaves the previous episodes intact.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime

import duckdb
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection, Engine

from models.outcomes import EpisodeChange
from models.records import EpisodeBundle, QualityCheck
from models.tables import (
    AnswerPointRow,
    ClaimRow,
    EpisodeRow,
    EpisodeSourceRow,
    IndicatorCatalogRow,
    IndicatorRow,
    ProvinceRow,
    QualityCheckRow,
    QuarantineRow,
    QuestionRow,
    table_of,
)
from warehouse.bulk import delete_keys, insert_rows, select_by_keys, set_by_keys
from warehouse.memory import IndexRoom
from warehouse.rows import (
    Row,
    claim_rows,
    content_hash,
    episode_row,
    indicator_rows,
    is_legacy_hash,
    legacy_content_hash,
    point_rows,
    question_rows,
)


def load_provinces(engine: Engine, rows: Iterable[dict[str, str]]) -> None:
    """Upsert the provinces reference table."""
    rows = list(rows)
    with engine.begin() as conn:
        stmt = insert(table_of(ProvinceRow)).values(rows)
        cols = {c: stmt.excluded[c] for c in ("name", "short_name", "slug", "region", "department")}
        conn.execute(stmt.on_conflict_do_update(index_elements=["code"], set_=cols))


def load_catalog(engine: Engine, rows: Iterable[dict[str, object]]) -> None:
    """Upsert the indicator catalog (its file is the source of truth)."""
    rows = list(rows)
    t = table_of(IndicatorCatalogRow)
    with engine.begin() as conn:
        stmt = insert(t).values(rows)
        cols = {c.name: stmt.excluded[c.name] for c in t.columns if c.name != "code"}
        conn.execute(stmt.on_conflict_do_update(index_elements=["code"], set_=cols))


def load_bundles(
    engine: Engine, bundles: Sequence[EpisodeBundle], *, run_id: str, now: datetime
) -> dict[str, EpisodeChange]:
    """Write every episode of a run in one transaction; returns {episode_key: new|updated|unchanged}.

    Set at a time: one query for the stored hashes, one upsert of every source copy, then per
    table one DELETE of the changed episodes' keys and one INSERT of all their rows.
    """
    return load_bundle_chunks(engine, [bundles], run_id=run_id, now=now)


def load_bundle_chunks(
    engine: Engine,
    chunks: Iterable[Sequence[EpisodeBundle]],
    *,
    run_id: str,
    now: datetime,
    finish: Callable[[Connection], None] | None = None,
) -> dict[str, EpisodeChange]:
    """``load_bundles`` for a run's episodes given chunk by chunk (no episode in two chunks), still
    in ONE transaction: only one chunk's bundles and one table's rows of it are in memory at once.
    ``chunks`` may be a generator; it is read inside the transaction. ``finish`` runs last in the
    same transaction (the run records the load packages it wrote). While it runs, the writer's
    memory limit makes room for the indexes of the uncommitted rows (``warehouse.memory``)."""
    result: dict[str, EpisodeChange] = {}
    room: IndexRoom | None = None
    try:
        with engine.begin() as conn:
            room = IndexRoom(conn)
            for bundles in chunks:
                result |= _load_chunk(conn, bundles, run_id=run_id, now=now)
                room.follow(conn)
            if finish is not None:
                finish(conn)
    except Exception as exc:
        if _out_of_memory(exc):
            raise WarehouseMemoryError(
                "the warehouse writer ran out of memory while loading this run's episodes; nothing was "
                "written (the transaction rolled back). Raise [warehouse] writer_memory_limit_mb "
                "(MEE_INTERVIEWS__WAREHOUSE__WRITER_MEMORY_LIMIT_MB) and run again"
            ) from exc
        raise
    finally:
        if room is not None:
            room.restore(engine)
    return result


class WarehouseMemoryError(RuntimeError):
    """A load needed more memory than the writer's limit; the warehouse is unchanged."""


def _out_of_memory(exc: BaseException) -> bool:
    """DuckDB's out-of-memory error, raw or wrapped by SQLAlchemy; also a commit that failed for
    want of memory ("Failed to commit: failed to pin block"), which DuckDB reports as a
    transaction error."""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, duckdb.OutOfMemoryException):
        return True
    return isinstance(orig, duckdb.TransactionException) and "failed to pin block" in str(orig)


def _load_chunk(
    conn: Connection, bundles: Sequence[EpisodeBundle], *, run_id: str, now: datetime
) -> dict[str, EpisodeChange]:
    """One chunk of ``load_bundle_chunks``, set at a time."""
    digests = {b.episode.key: content_hash(b) for b in bundles}
    e = EpisodeRow.__table__
    stored = {
        key: (digest, first_seen)
        for key, digest, first_seen in select_by_keys(
            conn, e, "episode_key", digests, ("episode_key", "content_hash", "first_seen")
        )
    }
    _upgrade_legacy_hashes(conn, bundles, stored, digests)
    _upsert_sources(conn, bundles, now)
    changed = [b for b in bundles if stored.get(b.episode.key, (None, None))[0] != digests[b.episode.key]]

    def episodes(bs: Sequence[EpisodeBundle]) -> list[Row]:
        first_seen = {key: seen for key, (_, seen) in stored.items()}
        return [
            episode_row(b, digests[b.episode.key], first_seen=first_seen.get(b.episode.key, now), now=now)
            for b in bs
        ]

    _replace(conn, changed, episodes, run_id)
    return {
        key: "unchanged" if stored.get(key, (None,))[0] == digest else "updated" if key in stored else "new"
        for key, digest in digests.items()
    }


def _upgrade_legacy_hashes(
    conn: Connection,
    bundles: Sequence[EpisodeBundle],
    stored: dict[str, tuple[str, datetime]],
    digests: dict[str, str],
) -> None:
    """Where a stored hash is of the form an older version wrote (``is_legacy_hash``) and the
    bundle's legacy hash equals it, the content is unchanged: store today's hash for it (in
    ``stored`` too, so the episode counts as unchanged), and leave its rows and ``last_updated``
    alone. Each episode pays this once, on the first load after the upgrade."""
    upgraded = {
        key: digests[key]
        for b in bundles
        if (key := b.episode.key) in stored
        and is_legacy_hash(old := stored[key][0])
        and old == legacy_content_hash(b)
    }
    set_by_keys(conn, EpisodeRow.__table__, "episode_key", "content_hash", upgraded)
    for key, digest in upgraded.items():
        stored[key] = (digest, stored[key][1])


def _replace(
    conn: Connection,
    changed: list[EpisodeBundle],
    episodes: Callable[[Sequence[EpisodeBundle]], list[Row]],
    run_id: str,
) -> None:
    """Delete the changed episodes' rows by key set and insert their new rows, one table at a time
    (only one table's rows are ever built at once)."""
    keys = {b.episode.key for b in changed}
    tables: tuple[tuple[sa.FromClause, Callable[[Sequence[EpisodeBundle]], list[Row]]], ...] = (
        (EpisodeRow.__table__, episodes),
        (QuestionRow.__table__, lambda bs: [r for b in bs for r in question_rows(b)]),
        (AnswerPointRow.__table__, lambda bs: [r for b in bs for r in point_rows(b)]),
        (IndicatorRow.__table__, lambda bs: [r for b in bs for r in indicator_rows(b)]),
        (ClaimRow.__table__, lambda bs: [r for b in bs for r in claim_rows(b)]),
        (QualityCheckRow.__table__, lambda bs: _check_rows(bs, run_id)),
    )
    for table, build in tables:
        delete_keys(conn, table, "episode_key", keys)
        insert_rows(conn, table, build(changed))


def _check_rows(bundles: Sequence[EpisodeBundle], run_id: str) -> list[Row]:
    """The quality checks, one row per check id: no index enforces it (migration 14), and a
    check's id hashes its episode, so the chunk's own repeats are all there is to drop."""
    rows: dict[str, Row] = {}
    for b in bundles:
        for c in b.checks:
            row = check_row(c, run_id)
            rows.setdefault(str(row["check_id"]), row)
    return list(rows.values())


def _upsert_sources(conn: Connection, bundles: Sequence[EpisodeBundle], now: datetime) -> None:
    """Every copy of every bundle in one upsert (the last copy of a URL wins)."""
    rows = {
        (b.episode.key, copy.url): {
            "episode_key": b.episode.key,
            "url": copy.url,
            "source": str(copy.source),
            "script": copy.script,
            "canonical_key": copy.canonical_key,
            "raw_sha256": copy.raw_sha256,
            "family": str(copy.family) if copy.family else None,
            "is_best": copy.url == b.episode.url,
            "first_seen": now,
            "removed_at": None,
        }
        for b in bundles
        for copy in b.sources
    }
    # removal is recorded by mark_removed / mark_alive, never by a merge
    insert_rows(
        conn,
        EpisodeSourceRow.__table__,
        list(rows.values()),
        on_conflict="ON CONFLICT (episode_key, url) DO UPDATE SET raw_sha256 = excluded.raw_sha256, "
        "is_best = excluded.is_best, canonical_key = excluded.canonical_key, family = excluded.family "
        "WHERE episode_sources.raw_sha256 != excluded.raw_sha256 "
        "OR episode_sources.is_best != excluded.is_best "
        "OR episode_sources.family IS DISTINCT FROM excluded.family",
    )


def check_row(c: QualityCheck, run_id: str) -> dict[str, object]:
    ident = hashlib.sha256(f"{c.episode_key}|{c.check}|{c.code}|{c.detail}".encode()).hexdigest()[:32]
    return {
        "check_id": ident,
        "episode_key": c.episode_key,
        "check_name": c.check,
        "status": c.status,
        "code": c.code,
        "detail": c.detail,
        "quote": c.quote,
        "run_id": run_id,
    }


def record_page_states(
    engine: Engine,
    *,
    alive: Collection[str] = (),
    removed: Collection[str] = (),
    quarantined: Sequence[Row] = (),
    now: datetime,
) -> int:
    """In one transaction: clear the removal of copies that answered again (``alive``), record
    the removal of deleted copies (``removed``) and quarantine pages that could not be loaded
    (first sighting wins). Returns how many copies were newly marked removed."""
    with engine.begin() as conn:
        _clear_removal(conn, alive)
        count = _record_removal(conn, removed, now)
        insert_rows(conn, QuarantineRow.__table__, quarantined, on_conflict="ON CONFLICT DO NOTHING")
    return count


def quarantine_row(
    *, url: str, raw_sha256: str, status: str, reason: str, source: str, run_id: str, now: datetime
) -> Row:
    """A ``quarantine`` row: a page that could not be loaded, with its reason."""
    return {
        "url": url,
        "raw_sha256": raw_sha256,
        "status": status,
        "reason": reason,
        "source": source,
        "first_seen": now,
        "run_id": run_id,
    }


def quarantine_page(engine: Engine, *, now: datetime, **fields: str) -> None:
    """Quarantine one page (fields as in ``quarantine_row``); first sighting wins."""
    record_page_states(engine, quarantined=[quarantine_row(now=now, **fields)], now=now)


def mark_removed(engine: Engine, url: str, *, now: datetime) -> int:
    """Record that one copy was deleted; the episode keeps its data. Returns copies affected."""
    return record_page_states(engine, removed=[url], now=now)


def _record_removal(conn: Connection, urls: Collection[str], now: datetime) -> int:
    if not urls:
        return 0
    rows = select_by_keys(conn, EpisodeSourceRow.__table__, "url", urls, ("url", "removed_at"))
    hits = [url for url, removed_at in rows if removed_at is None]
    if hits:
        _set_removed_at(conn, hits, now, "IS NULL")
    return len(hits)


def _clear_removal(conn: Connection, urls: Collection[str]) -> None:
    if urls:
        _set_removed_at(conn, urls, None, "IS NOT NULL")


def _set_removed_at(conn: Connection, urls: Collection[str], value: datetime | None, when: str) -> None:
    """Set ``removed_at`` of the copies at ``urls`` and of the episodes whose best URL they are."""
    for table, column in (("episode_sources", "url"), ("episodes", "best_url")):
        conn.exec_driver_sql(
            f"UPDATE {table} SET removed_at = ? WHERE {column} IN (SELECT unnest(?)) AND removed_at {when}",
            (value, sorted(urls)),
        )
