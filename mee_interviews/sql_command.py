"""The ``sql`` command's work: run the statement(s) read-only and print each result.

Kept free of SQLAlchemy, Prefect and the settings model so a query starts as fast as a bare
DuckDB script (see scripts/bench_sql.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from mee_interviews.sql_output import FORMATS, SqlFormat, print_table, write_csv, write_json, write_jsonl
from warehouse.query import open_session

JSON_WRITERS = {"json": write_json, "jsonl": write_jsonl}


def run_sql(
    sql: str,
    db_path: Path,
    *,
    fmt: SqlFormat,
    allow_multiple: bool,
    max_rows: int,
    out: Console,
    err: Console,
) -> None:
    """Print every result of ``sql`` on ``db_path`` in ``fmt``; counts and notes go to stderr."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    with open_session(db_path, sql, allow_multiple=allow_multiple) as session:
        if session.from_snapshot:
            err.print("answering from the latest snapshot: an ingest is writing the warehouse", markup=False)
        for answer in session.answers:
            if fmt == "table":
                shown, total = print_table(out, answer.columns, answer.rows, max_rows)
                cut = (
                    f"; first {shown} shown, {total - shown} cut (use --format csv for all)"
                    if total > shown
                    else ""
                )
                err.print(f"{total} row(s){cut}", markup=False)
            elif fmt == "csv":
                write_csv(sys.stdout, answer.columns, answer.rows)
            else:
                JSON_WRITERS[fmt](sys.stdout, answer.json_objects())
        sys.stdout.flush()
