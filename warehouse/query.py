"""Read-only SQL for analysts (the ``sql`` command): one statement per call, results streamed.

Plain DuckDB through ``warehouse.readonly`` (no SQLAlchemy on this path): the connection is
read-only with external access off and its configuration locked, so writes, ATTACH, COPY … TO,
EXPORT DATABASE, file-reading functions and INSTALL/LOAD are refused with a message saying why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from duckdb import Statement

from warehouse.readonly import connect_locked_or_snapshot

BATCH_ROWS = 2048  # rows fetched per round trip while streaming


class QueryError(ValueError):
    """The SQL could not run; the message is DuckDB's, on one line."""


class QueryRefused(QueryError):
    """The SQL tried something the read-only door does not allow; the message says what."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    from_snapshot: bool = False  # True when a running writer held the file and the snapshot answered


class Answer:
    """One statement's result, read once: as rows (``columns`` then ``rows``) or as JSON objects.

    A SELECT runs only when read, so its JSON can be made by DuckDB's ``to_json`` (several
    times faster than ``json.dumps`` per row, and numbers stay numbers); any other statement
    that returns rows (SHOW, PRAGMA, CALL …) has already run and is serialised in Python.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, statement: str, *, executed: bool) -> None:
        self._con, self._statement, self._executed = con, statement, executed

    def _run(self, sql: str) -> None:
        if not self._executed:
            try:
                self._con.execute(sql)
            except duckdb.Error as exc:
                raise describe_error(exc) from exc
            self._executed = True

    @property
    def columns(self) -> tuple[str, ...]:
        self._run(self._statement)
        return tuple(d[0] for d in self._con.description or ())

    @property
    def rows(self) -> Iterator[tuple[Any, ...]]:
        """Python tuples, fetched in batches."""
        self._run(self._statement)
        return _batches(self._con)

    def json_objects(self) -> Iterator[str]:
        """Each row as one JSON object (a string), keys in column order."""
        if self._executed:
            columns = self.columns
            return (
                json.dumps(dict(zip(columns, r, strict=True)), ensure_ascii=False, default=str)
                for r in self.rows
            )
        # Newlines keep a trailing ``-- comment`` in the user's SQL from swallowing the parenthesis.
        self._run(f"SELECT to_json(mee_row) FROM (\n{self._statement}\n) AS mee_row")
        return (row[0] for row in _batches(self._con))


@dataclass(frozen=True, slots=True)
class Session:
    """The answers of a call (one per statement that returns rows) and where they came from."""

    answers: Iterator[Answer]
    from_snapshot: bool
    statements: int


def describe_error(exc: duckdb.Error) -> QueryError:
    """DuckDB's error as one line; refusals of the read-only door say what is not allowed."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, duckdb.PermissionException):
        return QueryRefused(
            f"refused: `sql` cannot read or write files, attach databases or install/load extensions ({first})"
        )
    if "configuration has been locked" in first:
        return QueryRefused(f"refused: `sql` cannot change DuckDB settings ({first})")
    if "read-only mode" in first:
        return QueryRefused(f"refused: the warehouse is open read-only, `sql` cannot write ({first})")
    return QueryError(first)


@contextmanager
def open_session(path: Path | str, sql: str, *, allow_multiple: bool = False) -> Iterator[Session]:
    """Run ``sql`` read-only on ``path`` (or its snapshot while an ingest writes), lazily.

    More than one statement is refused unless ``allow_multiple``; then they run in order and
    each one that returns rows yields an ``Answer``.
    """
    con, from_snapshot = connect_locked_or_snapshot(path)
    try:
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as exc:
            raise describe_error(exc) from exc
        if not statements:
            raise QueryError("no SQL statement given")
        if len(statements) > 1 and not allow_multiple:
            raise QueryRefused(
                f"refused: {len(statements)} statements given; `sql` runs one per call "
                "(add --allow-multiple to run them in order)"
            )
        yield Session(_answers(con, statements), from_snapshot, len(statements))
    finally:
        con.close()


def _answers(con: duckdb.DuckDBPyConnection, statements: list[Statement]) -> Iterator[Answer]:
    for statement in statements:
        if statement.type == duckdb.StatementType.SELECT:
            yield Answer(con, statement.query, executed=False)
            continue
        try:
            con.execute(statement.query)
        except duckdb.Error as exc:
            raise describe_error(exc) from exc
        if con.description is not None:
            yield Answer(con, statement.query, executed=True)


def _batches(con: duckdb.DuckDBPyConnection) -> Iterator[tuple[Any, ...]]:
    while True:
        try:
            batch = con.fetchmany(BATCH_ROWS)
        except duckdb.Error as exc:
            raise describe_error(exc) from exc
        if not batch:
            return
        yield from batch


def run_readonly(path: Path | str, sql: str, *, allow_multiple: bool = False) -> QueryResult:
    """Run ``sql`` on a read-only connection and return every row of its (last) result.

    Writes fail; while a writer holds the file the latest snapshot answers (``from_snapshot``),
    or, without one, a clear ``WarehouseBusyError``.
    """
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    with open_session(path, sql, allow_multiple=allow_multiple) as session:
        for answer in session.answers:
            columns, rows = answer.columns, tuple(answer.rows)
        return QueryResult(columns, rows, session.from_snapshot)
