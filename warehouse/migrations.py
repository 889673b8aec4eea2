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
11. ``011_text_once.sql``: ``questions.answer_spans`` and ``answer_points.start_offset`` /
    ``end_offset``, the text columns nullable; then ``_locate_texts`` locates every stored answer
    and point in its episode's body and clears the copies it found.
12. ``012_load_packages.sql``: ``load_packages``, the staged page batches a load committed.
13. ``013_unindexed_child_keys.sql``: ``questions``, ``answer_points``, ``indicators`` and
    ``claims`` rebuilt without a PRIMARY KEY index (their keys NOT NULL, kept unique by the load):
    DuckDB held a load's uncommitted index entries in memory (``models.tables.col``).
14. ``014_unindexed_quality_checks.sql``: ``quality_checks`` rebuilt the same way; its
    cross-source checks, stored without their episode until now, given the episode they quote.

After the last migration the live schema equals ``models/tables.py`` (columns, types,
nullability, primary keys; a ``col(key=True)`` key has no index); ``tests/warehouse/test_migrations.py`` holds that promise.
Column *order* may differ: ``ALTER TABLE … ADD COLUMN`` appends, so ``raw_pages.kind`` is last.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources

from sqlalchemy.engine import Connection

from models.records import Point, Question, Topic
from warehouse.raw_bodies import store_bodies
from warehouse.text_spans import Span, locate


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


_LOCATE_EPISODES = 200  # episodes whose answers and points are located per round


def _locate_texts(conn: Connection) -> None:
    """Locate each stored answer and point in its episode's body (``warehouse.text_spans``), a
    round of episodes at a time, and clear the copies that were found."""
    keys = [k for (k,) in conn.exec_driver_sql("SELECT episode_key FROM episodes ORDER BY episode_key")]
    for start in range(0, len(keys), _LOCATE_EPISODES):
        chunk = keys[start : start + _LOCATE_EPISODES]
        for key, body, questions in _stored_questions(conn, chunk):
            answers, points = [], []
            for q, where in zip(questions, locate(body, questions), strict=True):
                if where.answer is not None:
                    answers.append((q.no, [{"start_offset": s, "end_offset": e} for s, e in where.answer]))
                points += [(q.no, p.no, span) for p, span in zip(q.points, where.points, strict=True) if span]
            _store_spans(conn, key, answers, points)


def _stored_questions(conn: Connection, keys: list[str]) -> Iterator[tuple[str, str, list[Question]]]:
    """(episode key, body text, its questions with their points) for ``keys``, as stored."""
    bodies: dict[str, str] = dict(
        conn.exec_driver_sql(
            "SELECT episode_key, body_text FROM episodes WHERE episode_key IN (SELECT unnest(?))", (keys,)
        ).all()
    )
    points: dict[tuple[str, int], list[Point]] = defaultdict(list)
    for key, q_no, no, marker, headline, text in conn.exec_driver_sql(
        "SELECT episode_key, q_no, point_no, marker, headline, coalesce(text, '') FROM answer_points "
        "WHERE episode_key IN (SELECT unnest(?)) ORDER BY episode_key, q_no, point_no",
        (keys,),
    ):
        points[(key, q_no)].append(Point(no, marker, headline, text))
    questions: dict[str, list[Question]] = defaultdict(list)
    for key, q_no, question, answer in conn.exec_driver_sql(
        "SELECT episode_key, q_no, question, coalesce(answer, '') FROM questions "
        "WHERE episode_key IN (SELECT unnest(?)) ORDER BY episode_key, q_no",
        (keys,),
    ):
        questions[key].append(Question(q_no, Topic.OTHER, question, answer, tuple(points[(key, q_no)])))
    for key, body in bodies.items():
        yield key, body, questions[key]


def _store_spans(
    conn: Connection,
    key: str,
    answers: list[tuple[int, list[dict[str, int]]]],
    points: list[tuple[int, int, Span]],
) -> None:
    if answers:
        conn.exec_driver_sql(
            "UPDATE questions SET answer_spans = s.spans, answer = NULL FROM "
            "(SELECT unnest(?) AS q_no, unnest(?) AS spans) AS s "
            "WHERE questions.episode_key = ? AND questions.q_no = s.q_no",
            ([n for n, _ in answers], [spans for _, spans in answers], key),
        )
    if points:
        conn.exec_driver_sql(
            "UPDATE answer_points SET start_offset = s.start_offset, end_offset = s.end_offset, text = NULL "
            "FROM (SELECT unnest(?) AS q_no, unnest(?) AS point_no, unnest(?) AS start_offset, "
            "unnest(?) AS end_offset) AS s WHERE answer_points.episode_key = ? "
            "AND answer_points.q_no = s.q_no AND answer_points.point_no = s.point_no",
            ([q for q, _, _ in points], [n for _, n, _ in points], [sp[0] for *_, sp in points],
             [sp[1] for *_, sp in points], key),
        )  # fmt: skip


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
    Migration(
        11,
        "the episode text stored once: answers and points as spans of episodes.body_text",
        _then(_run_file("011_text_once.sql"), _locate_texts),
    ),
    Migration(
        12,
        "load packages: which staged page batches a run's load committed",
        _run_file("012_load_packages.sql"),
    ),
    Migration(
        13,
        "questions, answer_points, indicators and claims keep their keys without an index",
        _run_file("013_unindexed_child_keys.sql"),
    ),
    Migration(
        14,
        "quality_checks keeps its key without an index; cross-source checks get their episode",
        _run_file("014_unindexed_quality_checks.sql"),
    ),
)
