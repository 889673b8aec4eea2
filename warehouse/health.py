"""Read-only health queries used by ``mee-interviews doctor``: schema version, archive integrity."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from warehouse.schema import current_version

_BODIES = "SELECT requested_url, sha256, body FROM raw_pages ORDER BY requested_url, sha256"


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


def raw_body_mismatches(engine: Engine) -> tuple[int, list[BodyMismatch]]:
    """Recompute the SHA-256 of every ``raw_pages.body``: (rows checked, mismatches)."""
    checked, bad = 0, []
    with engine.connect() as conn:
        for url, stored, body in conn.exec_driver_sql(_BODIES):
            checked += 1
            actual = hashlib.sha256(bytes(body)).hexdigest()
            if actual != stored:
                bad.append(BodyMismatch(url, stored, actual))
    return checked, bad
