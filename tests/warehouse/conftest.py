from __future__ import annotations

from pathlib import Path

import pytest

from warehouse.engine import open_writer
from warehouse.schema import ensure_schema


@pytest.fixture
def empty_warehouse(tmp_path: Path) -> Path:
    """A warehouse file with the current schema and no rows."""
    path = tmp_path / "w.duckdb"
    engine = open_writer(path)
    ensure_schema(engine)
    engine.dispose()
    return path
