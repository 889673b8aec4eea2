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
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Connection, Engine

from warehouse.engine import CHINA_TIME_ZONE, open_reader
from warehouse.parquet import descriptions, latest_run, write_relation
from warehouse.readonly import snapshot_path, with_snapshot_fallback
from warehouse.schema import current_version
from warehouse.snapshot import Snapshot, make_snapshot
from warehouse.target_files import check_directory, check_target, replaced_atomically
from warehouse.text_spans import ANSWER_SQL, POINT_SQL
from warehouse.views import VIEWS

MANIFEST = "manifest.json"
CHINA = ZoneInfo(CHINA_TIME_ZONE)
__all__ = ["Snapshot", "export_parquet", "make_snapshot", "open_reader_or_snapshot", "snapshot_path"]


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


# Views left out of the Parquet export, with the reason the manifest gives (``not_exported``).
NOT_EXPORTED = {
    "v_raw_pages": "raw_pages joined with raw_bodies, both exported: putting every archived body "
    "back together at once would hold the whole archive in memory",
}


# Tables whose text is stored once (warehouse/text_spans.py): exported with it put back, each
# column where the table has it, so a file reads as it did before the text moved.
REBUILT = {
    "questions": f"SELECT q.* REPLACE ({ANSWER_SQL} AS answer) FROM questions AS q "
    "LEFT JOIN episodes AS e USING (episode_key) ORDER BY q.episode_key, q.q_no",
    "answer_points": f"SELECT p.* REPLACE ({POINT_SQL} AS text) FROM answer_points AS p "
    "LEFT JOIN episodes AS e USING (episode_key) ORDER BY p.episode_key, p.q_no, p.point_no",
}


def export_parquet(path: Path | str, out_dir: Path | str) -> list[Path]:
    """Write every table and view of the warehouse at ``path`` to ``out_dir/<name>.parquet``,
    except the views in ``NOT_EXPORTED``.

    Reads through a read-only connection. Every column carries its description (see
    ``warehouse.parquet``); ``questions.answer`` and ``answer_points.text`` are put back from the
    body (``REBUILT``). ``manifest.json`` (run id, export time, schema version, row counts,
    descriptions and each view's SQL) is written last, so its presence means the export is
    complete. Returns the Parquet paths, then the manifest path.
    """
    out = Path(out_dir)
    check_directory(out)
    out.mkdir(parents=True, exist_ok=True)
    for name in (MANIFEST, *(f"{r}.parquet" for r in _relation_names(path))):
        check_target(out / name)  # every refusal before the first file is written
    engine = open_reader(path, writes_files=True)  # its own COPY … TO, no user SQL
    written: list[Path] = []
    relations: dict[str, dict[str, object]] = {}
    view_sql = {view.name: view.sql for view in VIEWS}
    try:
        with engine.connect() as conn:
            manifest: dict[str, object] = {
                "source": str(path),
                "exported_at": datetime.now(CHINA).isoformat(timespec="seconds"),
                "schema_version": current_version(conn),
                "run": latest_run(conn),
                "not_exported": NOT_EXPORTED,
            }
            described = descriptions(conn)
            for name, kind in _relations(conn):
                if name in NOT_EXPORTED:
                    continue
                target = out / f"{name}.parquet"
                rows = write_relation(conn, name, target, described.get(name, {}), REBUILT.get(name))
                relations[name] = {
                    "kind": kind,
                    "rows": rows,
                    "file": target.name,
                    "description": described.get(name, {}).get("", ""),
                    **({"sql": view_sql[name]} if name in view_sql else {}),
                    **({"text_put_back_by": REBUILT[name]} if name in REBUILT else {}),
                }
                written.append(target)
    finally:
        engine.dispose()
    manifest["run_id"] = (manifest["run"] or {}).get("run_id")  # type: ignore[attr-defined]
    manifest["relations"] = relations
    manifest_path = out / MANIFEST
    with replaced_atomically(manifest_path) as file:
        file.write((json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode())
    return [*written, manifest_path]


def _relation_names(path: Path | str) -> list[str]:
    engine = open_reader(path)
    try:
        with engine.connect() as conn:
            return [name for name, _ in _relations(conn) if name not in NOT_EXPORTED]
    finally:
        engine.dispose()


def open_reader_or_snapshot(path: Path | str) -> tuple[Engine, bool]:
    """A read-only engine on the warehouse, or on its latest snapshot while a writer holds it.

    Returns ``(engine, used_snapshot)``; re-raises ``WarehouseBusyError`` when there is no snapshot.
    """
    return with_snapshot_fallback(open_reader, path)
