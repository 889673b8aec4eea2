"""Hand the warehouse to analysts without lock contention: Parquet exports and file snapshots.

DuckDB lets one process write a file and blocks every other process from opening it meanwhile,
even read-only. Two ways around that for readers:

* ``export_parquet``: one Parquet file per table and view plus ``manifest.json``;
* ``make_snapshot`` (in ``warehouse.snapshot``, re-exported here): a consistent file copy
  ``<name>.snapshot.duckdb`` beside the warehouse; ``open_reader_or_snapshot`` falls back to it
  while an ingest holds the warehouse.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.engine import Connection, Engine

from warehouse.engine import open_reader
from warehouse.readonly import snapshot_path, with_snapshot_fallback
from warehouse.schema import current_version
from warehouse.snapshot import Snapshot, make_snapshot

MANIFEST = "manifest.json"
__all__ = ["Snapshot", "export_parquet", "make_snapshot", "open_reader_or_snapshot", "snapshot_path"]


def _literal(text: str | Path) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _relations(conn: Connection) -> list[tuple[str, str]]:
    """(name, 'table' | 'view') of every user table and view of the current database."""
    return [
        (r[0], r[1])
        for r in conn.exec_driver_sql("""
            SELECT table_name, 'table' FROM duckdb_tables()
            WHERE NOT internal AND database_name = current_database()
            UNION ALL
            SELECT view_name, 'view' FROM duckdb_views()
            WHERE NOT internal AND database_name = current_database()
            ORDER BY 2, 1""")
    ]


def export_parquet(path: Path | str, out_dir: Path | str) -> list[Path]:
    """Write every table and view of the warehouse at ``path`` to ``out_dir/<name>.parquet``.

    Reads through a read-only connection. ``manifest.json`` (row counts, schema version) is
    written last, so its presence means the export is complete. Returns the Parquet paths,
    then the manifest path.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    engine = open_reader(path, writes_files=True)  # its own COPY … TO, no user SQL
    written: list[Path] = []
    manifest: dict[str, object] = {"source": str(path), "relations": {}}
    try:
        with engine.connect() as conn:
            manifest["schema_version"] = current_version(conn)
            for name, kind in _relations(conn):
                target = out / f"{name}.parquet"
                conn.exec_driver_sql(f"COPY (SELECT * FROM {name}) TO {_literal(target)} (FORMAT parquet)")
                rows = conn.exec_driver_sql(f"SELECT count(*) FROM {name}").scalar()
                manifest["relations"][name] = {"kind": kind, "rows": rows, "file": target.name}  # type: ignore[index]
                written.append(target)
    finally:
        engine.dispose()
    manifest_path = out / MANIFEST
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    return [*written, manifest_path]


def open_reader_or_snapshot(path: Path | str) -> tuple[Engine, bool]:
    """A read-only engine on the warehouse, or on its latest snapshot while a writer holds it.

    Returns ``(engine, used_snapshot)``; re-raises ``WarehouseBusyError`` when there is no snapshot.
    """
    return with_snapshot_fallback(open_reader, path)
