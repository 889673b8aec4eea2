"""Parquet files that carry their meaning: native types, column descriptions, a full manifest.

Each relation streams out of DuckDB as Arrow record batches (LIST, STRUCT, DATE and TIMESTAMPTZ
in Asia/Shanghai keep their types) and is written by pyarrow with its descriptions twice: on each
Arrow field (``field.metadata[b"description"]``, what pyarrow and pandas users see) and as
Parquet file key-value metadata (``mee.column.<name>``, what ``parquet_kv_metadata()`` in DuckDB
and any Parquet reader sees), beside ``mee.relation`` (the table or view comment).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy.engine import Connection

from warehouse.target_files import replaced_atomically

BATCH_ROWS = 50_000
RELATION_KEY = "mee.relation"
COLUMN_KEY = "mee.column."


def descriptions(conn: Connection) -> dict[str, dict[str, str]]:
    """Relation -> {'': relation comment, column: column comment}, as ``COMMENT ON`` wrote them."""
    found: dict[str, dict[str, str]] = {}
    for name, comment in conn.exec_driver_sql("""
            SELECT table_name, comment FROM duckdb_tables() WHERE NOT internal
            UNION ALL SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"""):
        found.setdefault(name, {})[""] = comment or ""
    for name, column, comment in conn.exec_driver_sql(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal"
    ):
        found.setdefault(name, {})[column] = comment or ""
    return found


def described_schema(schema: pa.Schema, described: dict[str, str]) -> pa.Schema:
    """``schema`` with each field's description and the file-level key-value metadata."""
    fields = [field.with_metadata({"description": described.get(field.name, "")}) for field in schema]
    metadata = {RELATION_KEY: described.get("", "")}
    metadata.update({COLUMN_KEY + f.name: described.get(f.name, "") for f in schema})
    return pa.schema(fields, metadata=metadata)


def write_relation(
    conn: Connection, name: str, target: Path, described: dict[str, str], query: str | None = None
) -> int:
    """Stream relation ``name`` (or ``query``, which gives its columns) into ``target`` (Parquet,
    zstd; a new file renamed over it once whole: ``warehouse.target_files``); returns the rows
    written."""
    raw = conn.connection.driver_connection
    reader = raw.sql(query or f'SELECT * FROM "{name}"').to_arrow_reader(BATCH_ROWS)  # type: ignore[union-attr]
    schema = described_schema(reader.schema, described)
    rows = 0
    with replaced_atomically(target) as file, pq.ParquetWriter(file, schema, compression="zstd") as writer:
        for batch in _batches(reader):
            writer.write_table(pa.Table.from_batches([batch]).cast(schema))
            rows += batch.num_rows
    return rows


def _batches(reader: pa.RecordBatchReader) -> Iterator[pa.RecordBatch]:
    try:
        yield from reader
    finally:
        reader.close()  # an undrained reader keeps the DuckDB connection busy


def latest_run(conn: Connection) -> dict[str, Any] | None:
    """The newest run of the ledger (the one the exported data reflects), or None."""
    row = (
        conn.exec_driver_sql(
            "SELECT run_id, mode, status, started_at, finished_at FROM ingest_runs "
            "ORDER BY started_at DESC LIMIT 1"
        )
        .mappings()
        .first()
    )
    return {k: _plain(v) for k, v in row.items()} if row else None


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, datetime) else value
