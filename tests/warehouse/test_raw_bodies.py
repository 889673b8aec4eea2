"""Archived bodies live in raw_bodies, in 8 KiB parts, once per hash; reading a few of them
never needs memory for the rest of the archive."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from models.tables import SchemaVersionRow
from tests.warehouse import factories as f
from tests.warehouse.sample_data import apply_version_1
from tests.warehouse.test_migrations import insert_version_1_rows
from warehouse.archive import archive_pages, raw_page, raw_pages_of
from warehouse.engine import open_writer
from warehouse.health import raw_body_mismatches
from warehouse.migrations import MIGRATIONS
from warehouse.raw_bodies import PART_BYTES
from warehouse.schema import ensure_schema

T0 = datetime(2025, 1, 1, tzinfo=UTC)


_WORDS = ["污染防治", "攻坚", "<p>", "</p>", "生态环境", "PM2.5", "27", "微克/立方米", "同比", "下降"]
_PHRASES = [
    "".join(random.Random(k).choice(_WORDS) for _ in range(96)).encode() for k in range(256)
]  # ~512 bytes each


def html_of(n: int, size: int) -> bytes:
    """``size`` bytes of page ``n``: distinct, and not all one repeated phrase (DuckDB would
    compress that to nothing, hiding the cost being tested)."""
    head = f"<html><!-- page {n} -->".encode()
    phrases = random.Random(n).choices(_PHRASES, k=size // 400 + 1)
    return (head + b"".join(phrases))[:size]


def parts(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM raw_bodies").scalar_one())


def test_a_body_of_several_parts_reads_back_byte_for_byte(engine: Engine) -> None:
    body = html_of(1, 3 * PART_BYTES + 5)
    archive_pages(engine, [(f.page(body=body), "wechat")], kind="article", run_id="r1")
    with engine.connect() as conn:
        (page,) = raw_pages_of(conn, [(f.WECHAT_URL, hashlib.sha256(body).hexdigest())])
    assert page.body == body
    assert parts(engine) == 4


def test_an_empty_body_is_archived_and_reads_back_empty(engine: Engine) -> None:
    empty = f.page(body=b"")
    archive_pages(engine, [(empty, "wechat")], kind="article", run_id="r1")
    with engine.connect() as conn:
        got = raw_page(conn, f.WECHAT_URL, empty.sha256)
    assert got is not None and got.body == b"" and parts(engine) == 0
    assert raw_body_mismatches(engine) == (1, [])


def test_the_same_body_at_two_urls_is_stored_once(engine: Engine) -> None:
    body = html_of(2, PART_BYTES + 1)
    pages = [(f.page(url=f.WECHAT_URL, body=body), "wechat"), (f.page(url=f.MEE_URL, body=body), "mee")]
    assert archive_pages(engine, pages, kind="article", run_id="r1") == [True, True]
    assert parts(engine) == 2
    with engine.connect() as conn:
        read = raw_pages_of(conn, [(f.MEE_URL, pages[0][0].sha256), (f.WECHAT_URL, pages[0][0].sha256)])
    assert [p.requested_url for p in read] == [f.MEE_URL, f.WECHAT_URL] and {p.body for p in read} == {body}


def test_the_raw_pages_view_joins_each_body_back_for_analysts(engine: Engine) -> None:
    big, small = html_of(3, 2 * PART_BYTES + 100), b"<html>short</html>"
    archive_pages(
        engine,
        [(f.page(url=f.WECHAT_URL, body=big), "wechat"), (f.page(url=f.MEE_URL, body=small), "mee")],
        kind="article",
        run_id="r1",
    )
    with engine.connect() as conn:
        rows = dict(conn.exec_driver_sql("SELECT requested_url, body FROM v_raw_pages").fetchall())
    assert rows == {f.WECHAT_URL: big, f.MEE_URL: small}


def test_reading_a_few_bodies_of_an_archive_larger_than_the_memory_limit_works_and_so_does_the_view(
    tmp_path: Path,
) -> None:
    # 400 pages of 64 KB (25 MB), read back under a 16 MB limit. In one column, DuckDB
    # materialised the bodies of every row in the 2,048-row vector around the rows wanted: all
    # 400 of them, out of memory.
    writer = open_writer(tmp_path / "w.duckdb")
    ensure_schema(writer)
    pages = [f.page(url=f"https://mp.weixin.qq.com/s/{n}", body=html_of(n, 64_000)) for n in range(400)]
    for start in range(0, len(pages), 25):
        archive_pages(writer, [(p, "wechat") for p in pages[start : start + 25]], kind="article", run_id="r1")
    writer.dispose()
    engine = open_writer(tmp_path / "w.duckdb", memory_limit_mb=16)
    wanted = pages[100:125]
    with engine.connect() as conn:
        read = raw_pages_of(conn, [(p.requested_url, p.sha256) for p in wanted])
    assert [p.body for p in read] == [p.body for p in wanted]
    with engine.connect() as conn:  # and the analysts' view, filtered to one page
        body = conn.exec_driver_sql(
            "SELECT body FROM v_raw_pages WHERE requested_url = ?", (pages[7].requested_url,)
        ).scalar_one()
    assert body == pages[7].body
    engine.dispose()


def test_a_tampered_or_missing_part_is_a_mismatch_of_its_page(engine: Engine) -> None:
    a, b = f.page(url=f.WECHAT_URL, body=html_of(4, 20_000)), f.page(url=f.MEE_URL, body=html_of(5, 20_000))
    archive_pages(engine, [(a, "wechat"), (b, "mee")], kind="article", run_id="r1")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE raw_bodies SET data = 'x'::BLOB WHERE sha256 = ? AND part = 1", (a.sha256,)
        )
    checked, bad = raw_body_mismatches(engine)
    assert checked == 2 and [m.url for m in bad] == [f.WECHAT_URL]
    with engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM raw_bodies WHERE sha256 = ?", (b.sha256,))
    assert [m.url for m in raw_body_mismatches(engine)[1]] == [f.WECHAT_URL, f.MEE_URL]  # by URL


def test_migration_7_moves_every_stored_body_into_parts_and_drops_the_column(tmp_path: Path) -> None:
    engine = open_writer(tmp_path / "old.duckdb")
    apply_version_1(engine)
    with engine.begin() as conn:
        insert_version_1_rows(conn)  # bodies 'x', 'y', 'z' (hashes 'aa', 'bb', 'cc' are made up)
        big = html_of(6, 2 * PART_BYTES + 1)
        conn.exec_driver_sql(
            "INSERT INTO raw_pages VALUES ('https://mp.weixin.qq.com/s/big', ?, 'u', 200, '{}', 'utf-8', ?, "
            "'wechat', TIMESTAMPTZ '2025-01-01 00:00:00+00', 'r1')",
            (hashlib.sha256(big).hexdigest(), big),
        )
    ensure_schema(engine)
    with engine.connect() as conn:
        bodies = dict(conn.exec_driver_sql("SELECT sha256, body FROM v_raw_pages").fetchall())
        columns = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT column_name FROM duckdb_columns() WHERE table_name = 'raw_pages'"
            )
        }
    assert bodies == {"aa": b"x", "bb": b"y", "cc": b"z", hashlib.sha256(big).hexdigest(): big}
    assert "body" not in columns and parts(engine) == 3 + 3
    engine.dispose()


def test_migration_7_moves_an_archive_larger_than_the_memory_limit(tmp_path: Path) -> None:
    # 500 old-layout pages of 64 KB (32 MB) moved under a 24 MB limit: the rows are read by
    # rowid range, since any other filter materialises whole vectors of bodies
    path = tmp_path / "v6.duckdb"
    old = open_writer(path)
    with old.begin() as conn:
        for migration in MIGRATIONS[:6]:
            migration.apply(conn)
        conn.execute(
            sa.insert(SchemaVersionRow.__table__),
            [{"version": m.version, "applied_at": T0, "description": m.description} for m in MIGRATIONS[:6]],
        )
    pages = [f.page(url=f"https://mp.weixin.qq.com/s/{n}", body=html_of(n, 64_000)) for n in range(500)]
    for start in range(0, len(pages), 50):
        batch = pages[start : start + 50]
        with old.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO raw_pages (requested_url, sha256, final_url, status_code, headers_json, encoding, "
                "body, source, kind, fetched_at, run_id) SELECT unnest(?), unnest(?), unnest(?), 200, '{}', "
                "'utf-8', unnest(?), 'wechat', 'article', TIMESTAMPTZ '2025-01-01 00:00:00+00', 'r1'",
                tuple(
                    [getattr(p, a) for p in batch] for a in ("requested_url", "sha256", "final_url", "body")
                ),
            )
    old.dispose()
    engine = open_writer(path, memory_limit_mb=24)
    ensure_schema(engine)
    engine.dispose()
    # read back as the next run would, in a session of its own under the same limit (the session
    # that migrated needs 28 MB for this read since the writer attaches with 2,048-row groups)
    engine = open_writer(path, memory_limit_mb=24)
    with engine.connect() as conn:
        read = raw_pages_of(conn, [(p.requested_url, p.sha256) for p in pages[200:210]])
    assert [p.body for p in read] == [p.body for p in pages[200:210]]
    assert parts(engine) == 500 * 8 and raw_body_mismatches(engine)[1] == []
    engine.dispose()
