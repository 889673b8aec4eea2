"""Create and upgrade the warehouse: tables from the models, comments, views, schema version."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from models.tables import Base, SchemaVersionRow, table_of
from warehouse.migrations import MIGRATIONS, sql_statements
from warehouse.views import VIEWS, macros_sql

SCHEMA_VERSION = max(m.version for m in MIGRATIONS)


def ensure_schema(engine: Engine) -> int:
    """Bring the warehouse to the current schema in one transaction; returns the version."""
    with engine.begin() as conn:
        applied = _applied_versions(conn)
        for migration in MIGRATIONS:
            if migration.version in applied:
                continue
            migration.apply(conn)
            conn.execute(
                sa.insert(table_of(SchemaVersionRow)).values(
                    version=migration.version, applied_at=datetime.now(UTC), description=migration.description
                )
            )
        _create_views(conn)
        _comment_everything(conn)
    return SCHEMA_VERSION


def current_version(conn: Connection) -> int | None:
    """The highest applied migration, or None for an empty or foreign database."""
    versions = _applied_versions(conn)
    return max(versions) if versions else None


def _applied_versions(conn: Connection) -> set[int]:
    if not sa.inspect(conn).has_table(SchemaVersionRow.__tablename__):
        return set()
    return {row[0] for row in conn.execute(sa.select(SchemaVersionRow.version))}


def _create_views(conn: Connection) -> None:
    for statement in sql_statements(macros_sql()):  # the views call them
        conn.exec_driver_sql(statement)
    for view in VIEWS:
        conn.exec_driver_sql(f"CREATE OR REPLACE VIEW {view.name} AS {view.sql}")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _comment_everything(conn: Connection) -> None:
    for table in Base.metadata.sorted_tables:
        conn.exec_driver_sql(f"COMMENT ON TABLE {table.name} IS {_quote(table.comment or '')}")
        for column in table.columns:
            conn.exec_driver_sql(
                f"COMMENT ON COLUMN {table.name}.{column.name} IS {_quote(column.comment or '')}"
            )
    for view in VIEWS:
        conn.exec_driver_sql(f"COMMENT ON VIEW {view.name} IS {_quote(view.comment)}")
        for name, comment in view.columns.items():
            conn.exec_driver_sql(f"COMMENT ON COLUMN {view.name}.{name} IS {_quote(comment)}")
