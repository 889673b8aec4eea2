"""Reference figures: the curated file shipped with the package and the loads of every origin.

``read_curated(curated_text(), units)`` reads ``figures.toml`` (pure); ``load_reference_sets``
writes sets of figures idempotently, one origin at a time; ``load_curated`` does both, as every
run does before it starts (``flows.runtime.open_run``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.engine import Engine

from warehouse.reference.curated import (
    CURATED_ORIGIN,
    CatalogUnits,
    CuratedFileError,
    curated_text,
    curated_version,
    read_curated,
)
from warehouse.reference.load import figure_rows, load_reference_set, load_reference_sets


def load_curated(engine: Engine, units: CatalogUnits, *, now: datetime) -> str:
    """Load the shipped curated file: new, replaced (a new version) or unchanged."""
    curated = read_curated(curated_text(), units)
    return load_reference_sets(engine, [curated], now=now)[curated.origin]


__all__ = [
    "CURATED_ORIGIN",
    "CatalogUnits",
    "CuratedFileError",
    "curated_text",
    "curated_version",
    "figure_rows",
    "load_curated",
    "load_reference_set",
    "load_reference_sets",
    "read_curated",
]
