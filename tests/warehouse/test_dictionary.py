from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import Engine

from models.tables import Base, key_columns
from warehouse.dictionary import render_dictionary

DICTIONARY = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"


def sections(text: str) -> dict[str, str]:
    """Section body by the table or view name in its heading."""
    parts = re.split(r"^## `(\w+)` \((?:table|view)\)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_the_committed_dictionary_is_what_render_dictionary_produces() -> None:
    assert DICTIONARY.read_text(encoding="utf-8") == render_dictionary(), (
        "docs/data-dictionary.md is stale: run `python -m warehouse.dictionary > docs/data-dictionary.md`"
    )


def test_every_live_table_view_and_column_is_in_the_dictionary(engine: Engine) -> None:
    documented = sections(DICTIONARY.read_text(encoding="utf-8"))
    with engine.connect() as conn:
        live = conn.exec_driver_sql("""
            SELECT table_name, column_name FROM duckdb_columns()
            WHERE NOT internal AND table_name IN (
                SELECT table_name FROM duckdb_tables() WHERE NOT internal
                UNION SELECT view_name FROM duckdb_views() WHERE NOT internal)""").all()
    assert {t for t, _ in live} == set(documented)
    missing = [(t, c) for t, c in live if f"| `{c}`" not in documented[t]]
    assert missing == []


def test_primary_keys_are_marked_and_pipes_in_comments_are_escaped() -> None:
    text = render_dictionary()
    assert "| `episode_key` **PK** | VARCHAR |" in text
    assert "highlights \\| memorable" in text


def test_a_key_no_index_enforces_is_marked_as_a_key_and_said_so_in_the_grain() -> None:
    text = render_dictionary()
    section = text[text.index('<a id="indicators"></a>') : text.index('<a id="claims"></a>')]
    assert "| `indicator_no` **key** | INTEGER |" in section
    assert "one row per (`episode_key`, `indicator_no`). The load keeps this key unique" in section
    assert "**PK**" not in section


def test_every_tables_documented_key_is_the_key_the_orm_maps_rows_by() -> None:
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        keys, _ = key_columns(table)
        assert keys == [c.name for c in mapper.primary_key], table.name
