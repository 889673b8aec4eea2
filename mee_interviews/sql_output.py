"""How the ``sql`` command prints rows: streamed CSV, JSON or JSON lines, or a small rich table.

CSV and JSON are written row by row as DuckDB hands them over, so a big result never sits in
memory twice; a rich table renders only its first rows (rendering is what makes big tables slow)
and the caller says how many were cut.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, Literal, TextIO, get_args

from rich.console import Console
from rich.table import Table

SqlFormat = Literal["table", "csv", "json", "jsonl"]  # the choices of `sql --format`
FORMATS: tuple[SqlFormat, ...] = get_args(SqlFormat)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def write_csv(stream: TextIO, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """A header line, then one line per row (NULL is empty); returns the row count."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for batch in _chunks(rows, 1000):
        writer.writerows(batch)
        count += len(batch)
    return count


def write_jsonl(stream: TextIO, objects: Iterable[str]) -> int:
    """One JSON object (already serialised, one per row) per line; returns the row count."""
    count = 0
    for batch in _chunks(objects, 1000):
        stream.write("\n".join(batch) + "\n")
        count += len(batch)
    return count


def write_json(stream: TextIO, objects: Iterable[str]) -> int:
    """One JSON array of the objects, written as it streams; returns the row count."""
    stream.write("[")
    count = 0
    for batch in _chunks(objects, 1000):
        stream.write((",\n" if count else "\n") + ",\n".join(batch))
        count += len(batch)
    stream.write("\n]\n" if count else "]\n")
    return count


def print_table(
    console: Console, columns: Sequence[str], rows: Iterable[Sequence[Any]], limit: int
) -> tuple[int, int]:
    """A rich table of the first ``limit`` rows; returns (rows shown, rows in the result)."""
    iterator = iter(rows)
    shown = list(islice(iterator, limit))
    table = Table(show_lines=False)
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in shown:
        table.add_row(*(_text(v) for v in row))
    console.print(table)
    return len(shown), len(shown) + sum(1 for _ in iterator)


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch
