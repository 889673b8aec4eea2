"""The run ledger (``ingest_runs``) and the incremental state kept in the warehouse itself."""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Engine

from models.tables import EpisodeSource, IngestRun, RawPage

COUNTERS = (
    "discovered",
    "fetched",
    "unchanged",
    "new",
    "updated",
    "blocked",
    "deleted",
    "failed",
    "requests_sent",
)


def new_run_id(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%SZ-") + secrets.token_hex(3)


def start_run(engine: Engine, *, run_id: str, mode: str, now: datetime) -> None:
    """Open a ledger row with status ``running``."""
    with engine.begin() as conn:
        conn.execute(
            insert(IngestRun.__table__).values(
                run_id=run_id, mode=mode, status="running", started_at=now, **dict.fromkeys(COUNTERS, 0)
            )
        )


def finish_run(
    engine: Engine,
    *,
    run_id: str,
    status: str,
    counts: Mapping[str, int],
    now: datetime,
    message: str | None = None,
) -> None:
    """Close the ledger row with its final status and counters."""
    values = {k: int(counts.get(k, 0)) for k in COUNTERS}
    with engine.begin() as conn:
        conn.execute(
            sa.update(IngestRun.__table__)
            .where(IngestRun.__table__.c.run_id == run_id)
            .values(status=status, finished_at=now, message=message, **values)
        )


def known_urls(engine: Engine) -> set[str]:
    """Every URL already recorded as an episode copy (incremental discovery stops at them)."""
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(sa.select(EpisodeSource.__table__.c.url))}


def known_canonical_keys(engine: Engine) -> set[str]:
    """Every WeChat biz:mid:idx already loaded."""
    s = EpisodeSource.__table__
    with engine.connect() as conn:
        return {
            r[0] for r in conn.execute(sa.select(s.c.canonical_key).where(s.c.canonical_key.is_not(None)))
        }


def validators(engine: Engine, url: str) -> tuple[str | None, str | None]:
    """(ETag, Last-Modified) of the latest archived 2xx body of ``url``, for a conditional GET."""
    t = RawPage.__table__
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(t.c.headers_json)
            .where(t.c.requested_url == url, t.c.status_code < 300)
            .order_by(t.c.fetched_at.desc())
            .limit(1)
        ).first()
    if not row:
        return (None, None)
    headers = json.loads(row[0])
    return (headers.get("etag"), headers.get("last-modified"))
