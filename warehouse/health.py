"""Read-only health queries used by ``mee-interviews doctor``: schema version, archive integrity,
keys no index enforces."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from models.tables import Base, key_columns
from warehouse.raw_bodies import bodies_of
from warehouse.schema import current_version

_PAGES = "SELECT requested_url, sha256 FROM raw_pages ORDER BY requested_url, sha256"
_BATCH = 64  # bodies read at a time


@dataclass(frozen=True, slots=True)
class BodyMismatch:
    """An archived body whose bytes no longer hash to the stored ``sha256``."""

    url: str
    stored: str
    actual: str


def schema_version(engine: Engine) -> int | None:
    """The highest applied migration of the warehouse, or None when it has none."""
    with engine.connect() as conn:
        return current_version(conn)


def duplicate_keys(engine: Engine) -> dict[str, int]:
    """Per table whose key no index enforces (``models.tables.col(key=True)``): how many rows
    repeat a key; the load keeps them unique, so anything but 0 is a defect."""
    out: dict[str, int] = {}
    with engine.connect() as conn:
        for table in Base.metadata.tables.values():
            keys, enforced = key_columns(table)
            if enforced or not keys:
                continue
            columns = ", ".join(f'"{k}"' for k in keys)
            sql = f'SELECT count(*) - count(DISTINCT ({columns})) FROM "{table.name}"'
            out[table.name] = int(conn.exec_driver_sql(sql).scalar_one())
    return out


def raw_body_mismatches(engine: Engine) -> tuple[int, list[BodyMismatch]]:
    """Recompute the SHA-256 of every archived page's body (``raw_bodies``, joined back from its
    parts): (pages checked, mismatches). A body whose parts are gone reads as empty, so it shows
    as a mismatch too."""
    bad = []
    with engine.connect() as conn:
        pages = [(str(url), str(sha)) for url, sha in conn.exec_driver_sql(_PAGES)]
        for start in range(0, len(pages), _BATCH):
            batch = pages[start : start + _BATCH]
            bodies = bodies_of(conn, {sha for _, sha in batch})
            for url, stored in batch:
                actual = hashlib.sha256(bodies[stored]).hexdigest()
                if actual != stored:
                    bad.append(BodyMismatch(url, stored, actual))
    return len(pages), bad


_REFERENCE = """
SELECT origin = 'curated:figures.toml' AS curated, count(*) AS figures, count(DISTINCT origin) AS origins,
       max(origin_version) AS version
FROM reference_figures GROUP BY ALL
"""


def reference_summary(engine: Engine) -> tuple[str | None, int, int, int]:
    """(loaded curated version, curated figures, crawled bulletin pages, figures read from them)."""
    version, curated, pages, crawled = None, 0, 0, 0
    with engine.connect() as conn:
        for is_curated, figures, origins, origin_version in conn.exec_driver_sql(_REFERENCE):
            if is_curated:
                version, curated = str(origin_version), int(figures)
            else:
                pages, crawled = int(origins), int(figures)
    return version, curated, pages, crawled
