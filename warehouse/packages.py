"""Load packages: what a finished page batch parsed, staged on disk until its run's load (dlt's
load packages).

A package is a directory ``<root>/<run_id>/<name>/`` beside the warehouse (``<warehouse>.packages``):
``parses.parquet`` (one row per page that parsed into an episode: its episode key, URL and the
parse, packed by the caller) and ``outcomes.json`` (what happened to every page of the batch). It
is written under a temporary name, synced, then renamed: a package that exists is complete, so a
run killed at any point leaves whole packages or none. The run's load reads every package of
the run (and of the dead runs it resumes) grouped by episode, writes them in one transaction,
and records them in ``load_packages`` in that same transaction; only then are the directories
removed. A package recorded there is never loaded again.

The packages are read by the warehouse's own DuckDB (a connection of its own, under the writer's
memory limit), so grouping thousands of parses by episode costs a sort that spills past that
limit, not the whole run in memory.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy.engine import Connection, Engine

from models.tables import LoadPackageRow
from warehouse.bulk import insert_rows, select_by_keys

PARSES = "parses.parquet"
OUTCOMES = "outcomes.json"
_TMP = ".tmp-"
_READ_ROWS = 256  # parses per record batch read back


@dataclass(frozen=True, slots=True)
class StagedParse:
    """One page's parse, packed: what a package holds per episode copy."""

    episode_key: str
    url: str
    blob: bytes


@dataclass(frozen=True, slots=True)
class Package:
    """A complete package on disk."""

    path: Path

    @property
    def run_id(self) -> str:
        return self.path.parent.name

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def package_id(self) -> str:
        return f"{self.run_id}/{self.name}"

    def outcomes(self) -> list[dict[str, str]]:
        """What happened to each page of the batch, as the batch wrote it."""
        loaded: list[dict[str, str]] = json.loads((self.path / OUTCOMES).read_text(encoding="utf-8"))
        return loaded

    def parses(self) -> int:
        """How many parses the package holds."""
        return int(pq.read_metadata(self.path / PARSES).num_rows)


def package_root(warehouse: Path | None) -> Path:
    """Where a warehouse's packages live: ``<warehouse>.packages`` beside the file, or a new
    temporary directory for a warehouse in memory (nothing outlives it there)."""
    if warehouse is None:
        return Path(tempfile.mkdtemp(prefix="mee-packages-"))
    return warehouse.with_name(warehouse.name + ".packages")


def write_package(
    root: Path, run_id: str, name: str, parses: Sequence[StagedParse], outcomes: Sequence[dict[str, str]]
) -> Package:
    """Stage one batch's parses and outcomes as a complete package (see the module docstring)."""
    final = root / run_id / name
    tmp = final.with_name(_TMP + name)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    table = pa.table(
        {
            "episode_key": pa.array([p.episode_key for p in parses], pa.string()),
            "url": pa.array([p.url for p in parses], pa.string()),
            "blob": pa.array([p.blob for p in parses], pa.binary()),
        }
    )
    pq.write_table(table, tmp / PARSES, compression="none")  # the blobs are compressed already
    (tmp / OUTCOMES).write_text(json.dumps(list(outcomes), ensure_ascii=False), encoding="utf-8")
    for file in (tmp / PARSES, tmp / OUTCOMES):
        _sync(file)
    shutil.rmtree(final, ignore_errors=True)  # a batch retried after its package was written
    os.replace(tmp, final)
    _sync(final.parent)
    return Package(final)


def run_packages(root: Path, run_id: str) -> list[Package]:
    """The complete packages a run staged, in name order (half-written ones are not packages)."""
    folder = root / run_id
    if not folder.is_dir():
        return []
    return [Package(p) for p in sorted(folder.iterdir()) if p.is_dir() and not p.name.startswith(_TMP)]


def staged_runs(root: Path) -> list[str]:
    """The runs that left packages under ``root``."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def remove_run(root: Path, run_id: str) -> None:
    """Delete a run's packages (after its load committed, or when they must not be loaded)."""
    shutil.rmtree(root / run_id, ignore_errors=True)


def episode_keys(packages: Sequence[Package]) -> set[str]:
    """Every episode key the packages hold parses of."""
    return {str(k) for k, _ in _rows(packages, "SELECT DISTINCT episode_key, NULL FROM parses")}


def staged_urls(packages: Sequence[Package]) -> set[str]:
    """Every page URL the packages hold a parse of."""
    return {str(u) for u, _ in _rows(packages, "SELECT DISTINCT url, NULL FROM parses")}


def grouped_parses(engine: Engine, packages: Sequence[Package]) -> Iterator[list[bytes]]:
    """The packed parses of each episode, one list per episode in key order, sorted by the
    warehouse's own DuckDB (under its memory limit, spilling past it) on a connection of its own.
    A URL staged in several packages (a resumed run's and this run's) counts once: from the last
    package given."""
    if not packages:
        return
    raw = engine.raw_connection()
    try:
        con = raw.driver_connection
        assert con is not None, "the connection has no DBAPI connection"
        files = [str(p.path / PARSES) for p in packages]
        con.execute("CREATE OR REPLACE TEMP TABLE package_ranks (filename VARCHAR, rank INTEGER)")
        con.executemany("INSERT INTO package_ranks VALUES (?, ?)", [(f, n) for n, f in enumerate(files)])
        reader = con.sql(
            f"SELECT p.episode_key, p.url, p.blob FROM read_parquet({_list(files)}, filename = true) AS p "
            "JOIN package_ranks USING (filename) ORDER BY p.episode_key, p.url, package_ranks.rank DESC"
        ).to_arrow_reader(_READ_ROWS)
        key: str | None = None
        group: list[bytes] = []
        last_url: str | None = None
        for batch in reader:
            for k, url, blob in zip(*(batch.column(i).to_pylist() for i in range(3)), strict=True):
                if k != key:
                    if group:
                        yield group
                    key, group, last_url = k, [], None
                if url != last_url:
                    group.append(blob)
                    last_url = url
        if group:
            yield group
        reader.close()
        con.execute("DROP TABLE IF EXISTS package_ranks")
    finally:
        raw.close()


def record_loaded(
    conn: Connection, packages: Iterable[Package], *, loaded_run_id: str, now: datetime
) -> None:
    """Mark the packages loaded, in the caller's transaction (the load's own)."""
    rows = [
        {
            "package_id": p.package_id,
            "run_id": p.run_id,
            "pages": len(p.outcomes()),
            "parses": p.parses(),
            "loaded_run_id": loaded_run_id,
            "loaded_at": now,
        }
        for p in packages
    ]
    insert_rows(conn, LoadPackageRow.__table__, rows, on_conflict="ON CONFLICT DO NOTHING")


def loaded_ids(conn: Connection, package_ids: Iterable[str]) -> set[str]:
    """Which of ``package_ids`` a committed load already recorded."""
    found = select_by_keys(conn, LoadPackageRow.__table__, "package_id", set(package_ids), ("package_id",))
    return {str(r[0]) for r in found}


def _rows(packages: Sequence[Package], query: str) -> list[tuple[object, object]]:
    if not packages:
        return []
    con = duckdb.connect()
    try:
        files = [str(p.path / PARSES) for p in packages]
        con.execute(f"CREATE VIEW parses AS SELECT episode_key, url FROM read_parquet({_list(files)})")
        return [(a, b) for a, b in con.execute(query).fetchall()]
    finally:
        con.close()


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _list(files: Sequence[str]) -> str:
    return "[" + ", ".join(_literal(f) for f in files) + "]"


def _sync(path: Path) -> None:
    """fsync a file or directory, so a package is on disk before it is named complete."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
