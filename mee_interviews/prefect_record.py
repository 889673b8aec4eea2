"""What the last temporary Prefect server start cost, kept beside Prefect's database.

The CLI writes it after each start; ``doctor`` reads it (doctor never starts a server: it is
read-only). It also says which Prefect version last migrated which database, so the slow first
migration runs as its own visible step once, not inside every server start's allowance.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

RECORD_NAME = "mee-interviews-prefect.json"


@dataclass(frozen=True, slots=True)
class StartRecord:
    """One start: Prefect's version, a digest of the database URL, seconds spent, the allowance."""

    prefect_version: str
    database: str
    migration_seconds: float | None
    start_seconds: float
    allowance_seconds: float
    at: str  # ISO 8601, UTC


def database_digest(connection_url: str) -> str:
    """A short digest of the database URL (it may hold a password, so it is never stored)."""
    return hashlib.sha256(connection_url.encode()).hexdigest()[:16]


def read_record(home: Path) -> StartRecord | None:
    """The record under PREFECT_HOME, or None when absent or unreadable (then the CLI migrates)."""
    try:
        data = json.loads((home / RECORD_NAME).read_text())
        return StartRecord(**data)
    except (OSError, ValueError, TypeError):
        return None


def write_record(home: Path, record: StartRecord) -> None:
    """Replace the record atomically, so a reader never sees half a file."""
    home.mkdir(parents=True, exist_ok=True)
    tmp = home / f".{RECORD_NAME}.tmp"
    tmp.write_text(json.dumps(asdict(record), indent=2) + "\n")
    tmp.replace(home / RECORD_NAME)
