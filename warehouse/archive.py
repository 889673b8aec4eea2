"""The raw archive (``raw_pages``): every fetched response, append-only; re-parsing reads it.

Writes and lookups take a whole batch of pages: one transaction or one query per batch. The
bodies live in ``raw_bodies`` (``warehouse.raw_bodies``), cut into parts so that reading a few
never makes DuckDB hold thousands; a page is its ``raw_pages`` row plus its body by hash.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Collection, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from models.records import ArchiveKind, FetchedPage
from models.tables import EpisodeSourceRow, QuarantineRow, RawPageRow
from warehouse.bulk import insert_rows, select_by_keys
from warehouse.raw_bodies import bodies_of, store_bodies

ARTICLE: ArchiveKind = "article"  # raw_pages.kind of an episode page, the pages a reparse reads

# Discovery's walks and the page batches archive from several threads at once. Two transactions
# storing the same body (two URLs answering one error page) would conflict on its key at the
# commit, so this process archives one transaction at a time; each is short.
_ARCHIVING = threading.Lock()


def archive_pages(
    engine: Engine, pages: Sequence[tuple[FetchedPage, str]], *, kind: ArchiveKind, run_id: str
) -> list[bool]:
    """Store (page, source) responses in ``raw_pages`` in one transaction, skipping any URL that
    already has that exact body; one flag per page, True if it was new."""
    keys = [(page.requested_url, page.sha256) for page, _ in pages]
    t = RawPageRow.__table__
    with _ARCHIVING, engine.begin() as conn:
        stored = {
            (url, sha)
            for url, sha in select_by_keys(
                conn, t, "requested_url", {k[0] for k in keys}, ("requested_url", "sha256")
            )
        }
        rows = {
            key: _row(page, source, kind, run_id) for key, (page, source) in zip(keys, pages, strict=True)
        }
        new = [row for key, row in rows.items() if key not in stored]
        store_bodies(
            conn,
            [
                (page.sha256, page.body)
                for (page, _), key in zip(pages, keys, strict=True)
                if key not in stored
            ],
        )
        insert_rows(conn, t, new, on_conflict="ON CONFLICT DO NOTHING")
    first = {key: i for i, key in reversed(list(enumerate(keys)))}  # a body twice in one batch is new once
    return [key not in stored and first[key] == i for i, key in enumerate(keys)]


def archive_page(engine: Engine, page: FetchedPage, *, source: str, kind: ArchiveKind, run_id: str) -> bool:
    """Store one response unless that URL already has this exact body; True if new."""
    return archive_pages(engine, [(page, source)], kind=kind, run_id=run_id)[0]


def _row(page: FetchedPage, source: str, kind: ArchiveKind, run_id: str) -> dict[str, object]:
    headers = {k.lower(): v for k, v in page.headers}  # the client keeps only the headers that matter
    return {
        "requested_url": page.requested_url,
        "sha256": page.sha256,
        "final_url": page.final_url,
        "status_code": page.status_code,
        "headers_json": json.dumps(headers, sort_keys=True),
        "encoding": page.encoding,
        "source": source,
        "kind": kind,
        "fetched_at": page.fetched_at,
        "run_id": run_id,
    }


def latest_raw_pages(conn: Connection, urls: Collection[str]) -> dict[str, FetchedPage]:
    """The most recently archived 2xx response of each of ``urls`` (one query for the batch)."""
    rows = list(conn.execute(_latest(RawPageRow.__table__.c.requested_url.in_(sorted(urls)))).mappings())
    return {r["requested_url"]: page for r, page in zip(rows, _with_bodies(conn, rows), strict=True)}


def latest_raw_page(conn: Connection, url: str) -> FetchedPage | None:
    """The most recently archived 2xx response for ``url`` (used after a 304 and by reparse)."""
    return latest_raw_pages(conn, [url]).get(url)


def validators_of(conn: Connection, urls: Collection[str]) -> dict[str, tuple[str | None, str | None]]:
    """(ETag, Last-Modified) of the latest archived 2xx body of each of ``urls`` that has one.

    A body quarantined as ``incomplete`` (a copy cut short) gets none: a conditional GET would
    answer 304 and hand the same cut body back, so the next run downloads the page in full.
    """
    t, q = RawPageRow.__table__, QuarantineRow.__table__
    latest = _latest(t.c.requested_url.in_(sorted(urls)), t.c.requested_url, t.c.sha256, t.c.headers_json)
    cut = {
        (url, sha)
        for url, sha in conn.execute(
            sa.select(q.c.url, q.c.raw_sha256).where(q.c.status == "incomplete", q.c.url.in_(sorted(urls)))
        )
    }
    out = {}
    for url, sha, headers_json in conn.execute(latest):
        if (url, sha) in cut:
            continue
        headers = json.loads(headers_json)
        out[url] = (headers.get("etag"), headers.get("last-modified"))
    return out


def raw_page(conn: Connection, url: str, sha256: str) -> FetchedPage | None:
    """The archived response of ``url`` with exactly this body."""
    return next(iter(raw_pages_of(conn, [(url, sha256)])), None)


def pages_to_reparse(conn: Connection) -> list[tuple[str, str, str]]:
    """(source, url, sha256) of the body reparse reads for each archived article URL: every loaded
    copy's own body, and for URLs that never loaded (errors, walls) their latest 2xx body, which a
    parser fix may now read. Bodies are read batch by batch with ``raw_pages_of``."""
    s, t = EpisodeSourceRow.__table__, RawPageRow.__table__
    linked = {r[0]: r[1] for r in conn.execute(sa.select(s.c.url, s.c.raw_sha256))}
    latest = _latest(t.c.kind == ARTICLE, t.c.requested_url, t.c.sha256, t.c.source).order_by("requested_url")
    archived = {(r[0], r[1]) for r in conn.execute(sa.select(t.c.requested_url, t.c.sha256))}
    out = []
    for url, sha, source in conn.execute(latest):
        own = linked.get(url)
        out.append((source, url, own if own and (url, own) in archived else sha))
    return out


def latest_of_kind(conn: Connection, kind: ArchiveKind) -> list[tuple[str, str, str]]:
    """(source, url, sha256) of the latest 2xx body of every archived URL of ``kind`` (``bulletin``:
    the pages of the bulletin crawl), for reading again without the network."""
    t = RawPageRow.__table__
    latest = _latest(t.c.kind == kind, t.c.source, t.c.requested_url, t.c.sha256).order_by("requested_url")
    return [(str(source), str(url), str(sha)) for source, url, sha in conn.execute(latest)]


def raw_pages_of(conn: Connection, keys: Sequence[tuple[str, str]]) -> list[FetchedPage]:
    """The archived responses with these (url, sha256) keys, in the order given."""
    t = RawPageRow.__table__
    wanted = set(keys)
    query = sa.select(t).where(t.c.requested_url.in_(sorted({url for url, _ in wanted})))
    rows = {
        key: r for r in conn.execute(query).mappings() if (key := (r["requested_url"], r["sha256"])) in wanted
    }
    found = [rows[key] for key in keys if key in rows]
    return _with_bodies(conn, found)


def _latest(where: sa.ColumnElement[bool], *columns: sa.ColumnElement[object]) -> sa.Select[Any]:
    """The latest 2xx row per URL among the rows matching ``where`` (all columns, or ``columns``)."""
    t = RawPageRow.__table__
    rank = sa.func.row_number().over(partition_by=t.c.requested_url, order_by=t.c.fetched_at.desc())
    ranked = sa.select(*(columns or (t,)), rank.label("rn")).where(t.c.status_code < 300, where).subquery()
    return sa.select(*(c for c in ranked.c if c.name != "rn")).where(ranked.c.rn == 1)


def _with_bodies(conn: Connection, rows: Sequence[sa.RowMapping]) -> list[FetchedPage]:
    """The pages of these ``raw_pages`` rows, each with its body (one query for the lot)."""
    bodies = bodies_of(conn, {row["sha256"] for row in rows})
    return [_to_page(row, bodies[row["sha256"]]) for row in rows]


def _to_page(row: sa.RowMapping, body: bytes) -> FetchedPage:
    headers = tuple(json.loads(row["headers_json"]).items())
    return FetchedPage(
        requested_url=row["requested_url"],
        final_url=row["final_url"],
        status_code=row["status_code"],
        headers=headers,
        body=body,
        fetched_at=row["fetched_at"],
        encoding=row["encoding"],
    )
