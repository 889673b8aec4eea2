"""Idempotent loads. Loading the same content twice changes no row.

Atomicity (documented in README): raw pages are archived as they arrive (append-only, one
short transaction each, never rewritten); all episode rows of a run are written in ONE
transaction by ``load_bundles``, so a run that dies half-way leaves the previous episodes intact.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection, Engine

from models.records import EpisodeBundle, QualityCheck
from models.tables import (
    AnswerPoint,
    ClaimRow,
    Episode,
    EpisodeSource,
    IndicatorCatalogRow,
    IndicatorRow,
    Province,
    QualityCheckRow,
    QuarantineRow,
    QuestionRow,
)
from warehouse.rows import claim_rows, content_hash, episode_row, indicator_rows, point_rows, question_rows


def load_provinces(engine: Engine, rows: Iterable[dict[str, str]]) -> None:
    """Upsert the provinces reference table."""
    rows = list(rows)
    with engine.begin() as conn:
        stmt = insert(Province.__table__).values(rows)
        cols = {c: stmt.excluded[c] for c in ("name", "short_name", "slug", "region", "department")}
        conn.execute(stmt.on_conflict_do_update(index_elements=["code"], set_=cols))


def load_catalog(engine: Engine, rows: Iterable[dict[str, object]]) -> None:
    """Upsert the indicator catalog (its file is the source of truth)."""
    rows = list(rows)
    t = IndicatorCatalogRow.__table__
    with engine.begin() as conn:
        stmt = insert(t).values(rows)
        cols = {c.name: stmt.excluded[c.name] for c in t.columns if c.name != "code"}
        conn.execute(stmt.on_conflict_do_update(index_elements=["code"], set_=cols))


def load_bundles(
    engine: Engine, bundles: Sequence[EpisodeBundle], *, run_id: str, now: datetime
) -> dict[str, str]:
    """Write every episode of a run in one transaction; returns {episode_key: new|updated|unchanged}."""
    outcome: dict[str, str] = {}
    with engine.begin() as conn:
        for bundle in bundles:
            outcome[bundle.episode.key] = _load_one(conn, bundle, run_id=run_id, now=now)
    return outcome


def _load_one(conn: Connection, bundle: EpisodeBundle, *, run_id: str, now: datetime) -> str:
    key = bundle.episode.key
    digest = content_hash(bundle)
    e = Episode.__table__
    existing = conn.execute(sa.select(e.c.content_hash, e.c.first_seen).where(e.c.episode_key == key)).first()
    _upsert_sources(conn, bundle, now)
    if existing and existing.content_hash == digest:
        return "unchanged"
    row = episode_row(bundle, digest, first_seen=existing.first_seen if existing else now, now=now)
    stmt = insert(e).values(row)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=["episode_key"],
            set_={c: stmt.excluded[c] for c in row if c not in ("episode_key", "first_seen")},
        )
    )
    for table, rows in (
        (QuestionRow, question_rows(bundle)),
        (AnswerPoint, point_rows(bundle)),
        (IndicatorRow, indicator_rows(bundle)),
        (ClaimRow, claim_rows(bundle)),
    ):
        conn.execute(sa.delete(table.__table__).where(table.__table__.c.episode_key == key))
        if rows:
            conn.execute(sa.insert(table.__table__), rows)
    _replace_checks(conn, key, bundle.checks, run_id)
    return "updated" if existing else "new"


def _upsert_sources(conn: Connection, bundle: EpisodeBundle, now: datetime) -> None:
    s = EpisodeSource.__table__
    best = bundle.episode.url
    for copy in bundle.sources:
        stmt = insert(s).values(
            episode_key=bundle.episode.key,
            url=copy.url,
            source=str(copy.source),
            script=copy.script,
            canonical_key=copy.canonical_key,
            raw_sha256=copy.raw_sha256,
            family=str(copy.family) if copy.family else None,
            is_best=copy.url == best,
            first_seen=now,
            removed_at=None,
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["episode_key", "url"],
                set_={
                    "raw_sha256": stmt.excluded.raw_sha256,
                    "is_best": stmt.excluded.is_best,
                    "canonical_key": stmt.excluded.canonical_key,
                    "family": stmt.excluded.family,
                },
                # removal is recorded by mark_removed / mark_alive, never by a merge
                where=sa.or_(
                    s.c.raw_sha256 != stmt.excluded.raw_sha256,
                    s.c.is_best != stmt.excluded.is_best,
                    s.c.family.is_distinct_from(stmt.excluded.family),
                ),
            )
        )


def _replace_checks(conn: Connection, key: str, checks: Sequence[QualityCheck], run_id: str) -> None:
    q = QualityCheckRow.__table__
    conn.execute(sa.delete(q).where(q.c.episode_key == key))
    rows = [check_row(c, run_id) for c in checks]
    if rows:
        conn.execute(insert(q).values(rows).on_conflict_do_nothing())


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


def replace_global_checks(engine: Engine, checks: Sequence[QualityCheck], run_id: str) -> None:
    """Cross-episode checks (episode_key may be set, check name is cross_source) replace the previous set."""
    q = QualityCheckRow.__table__
    with engine.begin() as conn:
        conn.execute(sa.delete(q).where(q.c.check_name == "cross_source"))
        rows = [check_row(c, run_id) for c in checks]
        if rows:
            conn.execute(insert(q).values(rows).on_conflict_do_nothing())


def mark_removed(engine: Engine, url: str, *, now: datetime) -> int:
    """Record that a copy was deleted; the episode keeps its data. Returns episodes affected."""
    s, e = EpisodeSource.__table__, Episode.__table__
    with engine.begin() as conn:
        keys = [
            r[0]
            for r in conn.execute(sa.select(s.c.episode_key).where(s.c.url == url, s.c.removed_at.is_(None)))
        ]
        if not keys:
            return 0
        conn.execute(sa.update(s).where(s.c.url == url, s.c.removed_at.is_(None)).values(removed_at=now))
        conn.execute(sa.update(e).where(e.c.best_url == url, e.c.removed_at.is_(None)).values(removed_at=now))
        return len(keys)


def mark_alive(engine: Engine, url: str) -> None:
    """A copy recorded as deleted answered with an episode again: clear its removal."""
    s, e = EpisodeSource.__table__, Episode.__table__
    with engine.begin() as conn:
        conn.execute(sa.update(s).where(s.c.url == url, s.c.removed_at.is_not(None)).values(removed_at=None))
        conn.execute(
            sa.update(e).where(e.c.best_url == url, e.c.removed_at.is_not(None)).values(removed_at=None)
        )


def quarantine_page(
    engine: Engine,
    *,
    url: str,
    raw_sha256: str,
    status: str,
    reason: str,
    source: str,
    run_id: str,
    now: datetime,
) -> None:
    """Keep a page that could not be loaded, with its reason (first sighting wins)."""
    with engine.begin() as conn:
        conn.execute(
            insert(QuarantineRow.__table__)
            .values(
                url=url,
                raw_sha256=raw_sha256,
                status=status,
                reason=reason,
                source=source,
                first_seen=now,
                run_id=run_id,
            )
            .on_conflict_do_nothing()
        )
