"""Numbered schema migrations. Never edit an applied one: add the next number instead.

Each migration is a frozen SQL file under ``warehouse/sql/migrations/`` (explicit DDL, not
``create_all`` of today's models, so an old warehouse upgrades the same way every time):

1. ``001_initial.sql``: the first schema (raw_pages without ``kind``).
2. ``002_extraction_tables.sql``: ``raw_pages.kind`` added in place and backfilled, plus
   indicators, claims, indicator_catalog, quality_checks and quarantine.
3. ``003_original_offsets.sql``: quote offsets in ``episodes.original_body``.
4. ``004_ingest_runs_skipped.sql``: ``ingest_runs.skipped``.
5. ``005_native_types.sql``: ``indicators.ranks`` (STRUCT list), ``record_flags`` (VARCHAR
   list), ``change`` (STRUCT) and ``period``, converted in place from the JSON text columns.
6. ``006_episode_source_family.sql``: ``episode_sources.family``.
7. ``007_raw_bodies.sql``: ``raw_bodies``; then ``_move_bodies`` copies every stored body there
   (in parts) and drops ``raw_pages.body``.
8. ``008_reference_figures.sql``: ``reference_figures``, the official record episode figures are
   checked against (``v_fact_check``).
9. ``009_department_list_pages.sql``: ``department_list_pages``.
10. ``010_change_only_values.sql``: ``indicators.value`` and ``unit`` nullable (a change-only
    statement has no level); rows of the old generic ``change`` code keep only their change.

After the last migration the live schema equals ``models/tables.py`` (columns, types,
nullability, primary keys); ``tests/warehouse/test_migrations.py`` holds that promise.
Column *order* may differ: ``ALTER TABLE … ADD COLUMN`` appends, so ``raw_pages.kind`` is last.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from sqlalchemy.engine import Connection

from warehouse.raw_bodies import store_bodies


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def sql_statements(text: str) -> list[str]:
    """Split a migration file into statements (``;`` at a line end; ``--`` comment lines dropped)."""
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("--")]
    statements = (chunk.strip().rstrip(";").strip() for chunk in "\n".join(lines).split(";\n"))
    return [s for s in statements if s]


def _run_file(name: str) -> Callable[[Connection], None]:
    def apply(conn: Connection) -> None:
        text = resources.files(__package__).joinpath("sql", "migrations", name).read_text(encoding="utf-8")
        for statement in sql_statements(text):
            conn.exec_driver_sql(statement)

    return apply


def _if_column(table: str, column: str, apply: Callable[[Connection], None]) -> Callable[[Connection], None]:
    """Run ``apply`` only while ``table.column`` exists: a conversion that drops the column it
    converts cannot be written idempotently in SQL, and a warehouse created from today's models
    (then stamped with an old version) has nothing to convert."""

    def guarded(conn: Connection) -> None:
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = ? AND column_name = ?", (table, column)
        ).scalar()
        if found:
            apply(conn)

    return guarded


def _then(*steps: Callable[[Connection], None]) -> Callable[[Connection], None]:
    """The ``steps`` one after another, as one migration (a SQL file, then a step in Python)."""

    def apply(conn: Connection) -> None:
        for step in steps:
            step(conn)

    return apply


_MOVE_ROWS = 32  # rows of the old raw_pages read at a time


def _move_bodies(conn: Connection) -> None:
    """Copy each distinct ``raw_pages.body`` into ``raw_bodies``, then drop the column. The old
    rows are read by ``rowid`` range: any other filter makes DuckDB materialise the bodies of
    every row in the 2,048-row vectors it touches, the cost this migration removes."""
    end = conn.exec_driver_sql("SELECT coalesce(max(rowid) + 1, 0) FROM raw_pages").scalar_one()
    for start in range(0, int(end), _MOVE_ROWS):
        rows = conn.exec_driver_sql(
            "SELECT sha256, body FROM raw_pages WHERE rowid >= ? AND rowid < ?", (start, start + _MOVE_ROWS)
        )
        store_bodies(conn, [(str(sha), bytes(body)) for sha, body in rows])
    conn.exec_driver_sql("ALTER TABLE raw_pages DROP COLUMN body")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "create the first warehouse tables", _run_file("001_initial.sql")),
    Migration(
        2,
        "add raw_pages.kind; create indicators, claims, indicator_catalog, quality_checks, quarantine",
        _run_file("002_extraction_tables.sql"),
    ),
    Migration(
        3,
        "locate quotes in the original body: indicators/claims original offsets",
        _run_file("003_original_offsets.sql"),
    ),
    Migration(
        4,
        "count pages refused by robots.txt or the host allow-list: ingest_runs.skipped",
        _run_file("004_ingest_runs_skipped.sql"),
    ),
    Migration(
        5,
        "native types: indicators.ranks STRUCT list, record_flags VARCHAR list, change STRUCT, period",
        _if_column("indicators", "ranks_json", _run_file("005_native_types.sql")),
    ),
    Migration(
        6,
        "record which article parser read each copy: episode_sources.family",
        _run_file("006_episode_source_family.sql"),
    ),
    Migration(
        7,
        "archived bodies in raw_bodies, once per hash, in 8 KiB parts; raw_pages.body dropped",
        _then(_run_file("007_raw_bodies.sql"), _if_column("raw_pages", "body", _move_bodies)),
    ),
    Migration(
        8,
        "reference_figures: official figures (curated file, crawled bulletins) to check episodes against",
        _run_file("008_reference_figures.sql"),
    ),
    Migration(
        9,
        "each department list page a run visited: department_list_pages (held, read, episodes)",
        _run_file("009_department_list_pages.sql"),
    ),
    Migration(
        10,
        "change-only statements: indicators.value and unit nullable; old 'change' rows keep only the change",
        _run_file("010_change_only_values.sql"),
    ),
)
