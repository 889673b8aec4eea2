"""The data dictionary, generated from the models and the view definitions.

``python -m warehouse.dictionary > docs/data-dictionary.md`` rewrites the committed file; a test
fails when the file and ``render_dictionary()`` disagree. Types are DuckDB's own names, read
from a throwaway in-memory warehouse built by ``ensure_schema``.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa

from models.tables import Base, key_columns
from warehouse.engine import MEMORY, open_writer
from warehouse.schema import SCHEMA_VERSION, ensure_schema
from warehouse.views import VIEWS

HEADER = """# Data dictionary

Generated from `models/tables.py` (tables) and `warehouse/views.py` (analyst views) by
`python -m warehouse.dictionary > docs/data-dictionary.md`: do not edit by hand.
Schema version {version}. Primary-key columns are marked **PK**, and a key the load keeps unique
without an index **key**; every table and view row is
described by its grain. Views start with `v_` and are the stable interface for analysts.

**Text is stored once.** An episode's Simplified body is `episodes.body_text`; an answer is its
paragraphs cut from that body and a point is a piece of one, so `questions.answer_spans` and
`answer_points.start_offset`/`end_offset` locate them there instead of storing them again
(since schema 8; the `answer` and `text` columns are NULL unless an older row's text could not
be located). `v_qa.answer`, `v_points.text` and the Parquet export of `questions` and
`answer_points` put the text back: `substr(body_text, start_offset + 1, end_offset - start_offset)`,
spans joined by newlines. `episodes.original_body` (the page as captured, in its own script) is
the one other copy.
"""

ColumnRow = tuple[str, str, str, str]  # name, type, comment, key mark ("PK", "key" or "")


def render_dictionary() -> str:
    """The whole dictionary as markdown: one section per table, then one per view."""
    types = _live_types()
    parts = [HEADER.format(version=SCHEMA_VERSION), _contents()]
    for table in Base.metadata.tables.values():
        keys, enforced = key_columns(table)
        mark = "PK" if enforced else "key"
        rows = [
            (c.name, types[table.name][c.name], c.comment or "", mark if c.name in keys else "")
            for c in table.columns
        ]
        key = ", ".join(f"`{k}`" for k in keys)
        grain = f"one row per {key}." if len(keys) == 1 else f"one row per ({key})."
        if not enforced:
            grain += " The load keeps this key unique; no index enforces it (migration 13)."
        parts.append(_section(table.name, "table", table.comment or "", grain, rows))
    for view in VIEWS:
        rows = [(name, types[view.name][name], comment, "") for name, comment in view.columns.items()]
        parts.append(_section(view.name, "view", view.comment.split(" Grain:")[0], view.grain, rows))
    return "\n".join(parts)


def _live_types() -> dict[str, dict[str, str]]:
    engine = open_writer(MEMORY)
    try:
        ensure_schema(engine)
        with engine.connect() as conn:
            found = conn.execute(
                sa.text("SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE NOT internal")
            ).all()
    finally:
        engine.dispose()
    types: dict[str, dict[str, str]] = {}
    for table, column, dtype in found:
        types.setdefault(table, {})[column] = dtype
    return types


def _contents() -> str:
    tables = ", ".join(f"[`{t}`](#{t})" for t in Base.metadata.tables)
    views = ", ".join(f"[`{v.name}`](#{v.name})" for v in VIEWS)
    return f"**Tables:** {tables}\n\n**Views:** {views}\n"


def _section(name: str, kind: str, comment: str, grain: str, rows: Iterable[ColumnRow]) -> str:
    lines = [
        f'<a id="{name}"></a>',
        f"## `{name}` ({kind})",
        "",
        _cell(comment),
        "",
        f"**Grain:** {grain}",
        "",
        "| column | type | comment |",
        "|---|---|---|",
    ]
    for column, dtype, text, key in rows:
        mark = f" **{key}**" if key else ""
        lines.append(f"| `{column}`{mark} | {dtype} | {_cell(text)} |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Markdown-safe table cell: pipes escaped, newlines folded."""
    return text.replace("|", "\\|").replace("\n", " ")


if __name__ == "__main__":  # pragma: no cover - `python -m warehouse.dictionary > docs/data-dictionary.md`
    print(render_dictionary(), end="")
