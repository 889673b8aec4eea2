from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from warehouse.engine import open_writer
from warehouse.schema import ensure_schema


@pytest.fixture
def engine() -> Iterator[Engine]:
    """A fresh in-memory warehouse with the current schema."""
    e = open_writer(":memory:")
    ensure_schema(e)
    yield e
    e.dispose()
