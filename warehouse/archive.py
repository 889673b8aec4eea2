"""The raw archive (``raw_pages``): every fetched response, append-only; re-parsing reads it."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Connection, Engine

from models.records import FetchedPage
from models.tables import EpisodeSource, RawPage


def archive_page(engine: Engine, page: FetchedPage, *, source: str, kind: str, run_id: str) -> bool:
    """Store a response in ``raw_pages`` unless that URL already has this exact body; True if new."""
    headers = {k.lower(): v for k, v in page.headers}  # the client keeps only the headers that matter
    row = {
        "requested_url": page.requested_url,
        "sha256": page.sha256,
        "final_url": page.final_url,
        "status_code": page.status_code,
        "headers_json": json.dumps(headers, sort_keys=True),
        "encoding": page.encoding,
        "body": page.body,
        "source": source,
        "kind": kind,
        "fetched_at": page.fetched_at,
        "run_id": run_id,
    }
    with engine.begin() as conn:
        result = conn.execute(insert(RawPage.__table__).values(row).on_conflict_do_nothing())
        return bool(result.rowcount)


def latest_raw_page(conn: Connection, url: str) -> FetchedPage | None:
    """The most recently archived 2xx response for ``url`` (used after a 304 and by reparse)."""
    t = RawPage.__table__
    row = (
        conn.execute(
            sa.select(t)
            .where(t.c.requested_url == url, t.c.status_code < 300)
            .order_by(t.c.fetched_at.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    return _to_page(row) if row else None


def raw_page(conn: Connection, url: str, sha256: str) -> FetchedPage | None:
    """The archived response of ``url`` with exactly this body."""
    t = RawPage.__table__
    row = conn.execute(sa.select(t).where(t.c.requested_url == url, t.c.sha256 == sha256)).mappings().first()
    return _to_page(row) if row else None


def pages_to_reparse(conn: Connection) -> list[tuple[str, FetchedPage]]:
    """(source, page) for reparse: every loaded copy's own body, and for archived article URLs that
    never loaded (errors, walls) their latest 2xx body, which a parser fix may now read."""
    s = EpisodeSource.__table__
    linked = {r[0]: r[1] for r in conn.execute(sa.select(s.c.url, s.c.raw_sha256))}
    out = []
    for source, page in all_latest_raw_pages(conn):
        sha = linked.get(page.requested_url)
        stored = raw_page(conn, page.requested_url, sha) if sha and sha != page.sha256 else None
        out.append((source, stored or page))
    return out


def all_latest_raw_pages(conn: Connection, kind: str = "article") -> list[tuple[str, FetchedPage]]:
    """(source, page) for the latest 2xx body of every archived URL of ``kind``, by URL."""
    t = RawPage.__table__
    ranked = (
        sa.select(
            t,
            sa.func.row_number()
            .over(partition_by=t.c.requested_url, order_by=t.c.fetched_at.desc())
            .label("rn"),
        )
        .where(t.c.status_code < 300, t.c.kind == kind)
        .subquery()
    )
    rows = conn.execute(sa.select(ranked).where(ranked.c.rn == 1).order_by(ranked.c.requested_url)).mappings()
    return [(r["source"], _to_page(r)) for r in rows]


def _to_page(row: sa.RowMapping) -> FetchedPage:
    headers = tuple(json.loads(row["headers_json"]).items())
    return FetchedPage(
        requested_url=row["requested_url"],
        final_url=row["final_url"],
        status_code=row["status_code"],
        headers=headers,
        body=bytes(row["body"]),
        fetched_at=row["fetched_at"],
        encoding=row["encoding"],
    )
