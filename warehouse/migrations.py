"""Numbered schema migrations. Never edit an applied one: add the next number instead.

Migration 1 creates the tables as the models define them at that version; later migrations
alter existing warehouses in place (``ALTER TABLE``) so no data is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from models.tables import Base


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    Base.metadata.create_all(conn)


MIGRATIONS: tuple[Migration, ...] = (Migration(1, "create the warehouse tables", _create_tables),)
