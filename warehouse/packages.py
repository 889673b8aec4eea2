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

The packages are read a package at a time (``grouped_parses``): grouping thousands of parses by
episode costs their keys and URLs in memory, not their parses, and no memory of the warehouse's.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import cast

import duckdb
from sqlalchemy.engine import Connection

from models.tables import LoadPackageRow
from warehouse.bulk import insert_rows, select_by_keys

PARSES = "parses.parquet"
OUTCOMES = "outcomes.json"
_TMP = ".tmp-"


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
        [(count,)] = (
            _files().execute("SELECT count(*) FROM read_parquet(?)", [str(self.path / PARSES)]).fetchall()
        )
        return int(count)


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
    _files().sql(
        "SELECT unnest(?::VARCHAR[]) AS episode_key, unnest(?::VARCHAR[]) AS url, unnest(?::BLOB[]) AS blob",
        params=[[p.episode_key for p in parses], [p.url for p in parses], [p.blob for p in parses]],
    ).write_parquet(str(tmp / PARSES), compression="uncompressed")  # the blobs are compressed already
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
    return {str(k) for p in packages for k in _column(p, "episode_key")}


def staged_urls(packages: Sequence[Package]) -> set[str]:
    """Every page URL the packages hold a parse of."""
    return {str(u) for p in packages for u in _column(p, "url")}


def _column(package: Package, name: str) -> list[object]:
    return [value for (value,) in _columns(package, name)]


def _columns(package: Package, *names: str) -> list[tuple[object, ...]]:
    """Some columns of a package's parses, row by row in the order they were written."""
    select = ", ".join(f'"{n}"' for n in names)
    sql = f"SELECT {select} FROM read_parquet(?)"
    return [tuple(r) for r in _files().execute(sql, [str(package.path / PARSES)]).fetchall()]


_FILES: duckdb.DuckDBPyConnection | None = None
_FILES_LOCK = threading.Lock()


def _files() -> duckdb.DuckDBPyConnection:
    """A cursor of a private in-memory DuckDB that reads and writes the packages' Parquet files
    (pyarrow did, and importing it cost the run 30 MB of resident memory: docs/performance.md).
    One cursor per call: the batches stage their packages from several threads at once."""
    global _FILES
    with _FILES_LOCK:
        if _FILES is None:
            _FILES = duckdb.connect(":memory:", config={"threads": 1, "memory_limit": "256MB"})
        return _FILES.cursor()


def grouped_parses(packages: Sequence[Package]) -> Iterator[list[bytes]]:
    """The packed parses of each episode, one list per episode, each episode once: the episodes
    in the order of the package that first holds one of their copies. A URL staged in several
    packages (a resumed run's and this run's) counts once: from the last package given.

    Only the packages' keys and URLs are read up front (a few MB for 10,000 pages); parses are
    read a package at a time, and a copy staged in another package is read from it then, through
    a small cache of packages, so the memory does not grow with the run (no sort of the parses)."""
    latest: dict[str, tuple[int, int, str]] = {}  # url -> (package, row, episode key) of its last copy
    for n, package in enumerate(packages):
        for row, (key, url) in enumerate(_columns(package, "episode_key", "url")):
            latest[str(url)] = (n, row, str(key))
    copies: dict[str, list[tuple[int, int]]] = {}
    for n, row, key in sorted(latest.values()):
        copies.setdefault(key, []).append((n, row))
    by_first: dict[int, list[str]] = {}
    for key, where in copies.items():
        by_first.setdefault(where[0][0], []).append(key)
    blobs = _PackageBlobs(packages)
    for n in range(len(packages)):
        for key in by_first.get(n, ()):
            yield [blobs.get(p, row) for p, row in copies[key]]


class _PackageBlobs:
    """The parses of recently read packages (a copy in another package is read from it once)."""

    _KEEP = 16

    def __init__(self, packages: Sequence[Package]) -> None:
        self._packages = packages
        self._read: OrderedDict[int, list[bytes]] = OrderedDict()

    def get(self, package: int, row: int) -> bytes:
        blobs = self._read.get(package)
        if blobs is None:
            blobs = self._read[package] = cast(list[bytes], _column(self._packages[package], "blob"))
            if len(self._read) > self._KEEP:
                self._read.popitem(last=False)
        else:
            self._read.move_to_end(package)
        return blobs[row]


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


def _sync(path: Path) -> None:
    """fsync a file or directory, so a package is on disk before it is named complete."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
