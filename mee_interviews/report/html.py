"""HTML building blocks of the report: escaped cells, tables with their CSV download, links.

Every text from the warehouse goes through ``escape``; only http(s) URLs become links. Each
table is followed by a link to its own rows as CSV in a ``data:`` URI, so the data behind any
table or chart can be taken away without a server.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from typing import Any
from urllib.parse import quote, urlsplit

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: the row key, its header, and how a cell shows it (HTML)."""

    key: str
    header: str
    show: Callable[[Row], str] | None = None

    def cell(self, row: Row) -> str:
        """The cell's HTML for ``row`` (escaped text unless ``show`` builds it)."""
        return self.show(row) if self.show else escape(plain(row.get(self.key)))


def value_cell(row: Row) -> str:
    """A figure's number and unit; a change-only statement (no value) shows 仅述变化 instead, its
    change being in the change column."""
    if row.get("value") is None:
        return '<span class="change-only">仅述变化</span>'
    return f'<span class="num">{escape(plain(row["value"]))}</span> {escape(row.get("unit") or "")}'


def plain(value: object) -> str:
    """A value as text for a cell or a CSV field: numbers without a spurious .0, lists as JSON."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


# A text cell starting with one of these is run as a formula by spreadsheets (OWASP, CSV Injection):
# = + - @, tab and carriage return, and NUL (OWASP ASVS 5, V1.2.10).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def csv_field(value: object) -> str:
    """A value as a CSV field a spreadsheet shows as text: scraped text that would start a formula
    gets a leading ``'`` (OWASP's advice); numbers stay numbers, negative ones included."""
    text = plain(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_link(name: str, rows: Sequence[Row], keys: Sequence[str]) -> str:
    """A download link holding ``rows`` (only ``keys``) as UTF-8 CSV with a BOM (Excel opens it);
    formula-like text is neutralised (``csv_field``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([csv_field(k) for k in keys])
    for row in rows:
        writer.writerow([csv_field(row.get(k)) for k in keys])
    uri = "data:text/csv;charset=utf-8," + quote("\ufeff" + buffer.getvalue())
    return f'<a class="csv" download="{escape(name)}.csv" href="{uri}">下载 CSV ({len(rows)} 行)</a>'


def chart_slot(chart_id: str, csv_name: str, rows: Sequence[Row], keys: Sequence[str]) -> str:
    """The element a chart is drawn into (``chart_id``, the key of its spec), then its data as CSV."""
    return f'<div class="chart" id="{chart_id}"></div>' + csv_link(csv_name, rows, keys)


def table(
    name: str,
    rows: Sequence[Row],
    columns: Sequence[Column],
    *,
    searchable: bool = False,
    csv_keys: Sequence[str] | None = None,
) -> str:
    """A table of ``rows`` and, under it, its CSV download (all the columns' keys, or ``csv_keys``)."""
    if not rows:
        return '<p class="empty">暂无数据 (none)</p>'
    head = "".join(f"<th>{escape(c.header)}</th>" for c in columns)
    css = ' class="searchable"' if searchable else ""
    body = "\n".join(f"<tr{css}>" + "".join(f"<td>{c.cell(r)}</td>" for c in columns) + "</tr>" for r in rows)
    keys = list(csv_keys) if csv_keys is not None else list(dict.fromkeys(c.key for c in columns))
    return (
        f'<table class="data"><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>\n'
        f"{csv_link(name, rows, keys)}"
    )


def source_link(url: str | None, text: str) -> str:
    """A link to an http(s) source; any other scheme is shown as text, never linked."""
    if not url or urlsplit(url).scheme not in ("http", "https"):
        return escape(text)
    return f'<a href="{escape(url)}" rel="noopener noreferrer">{escape(text)}</a>'


def quote_cell(row: Row) -> str:
    """The quote in 「」, linked to its source."""
    return f"「{escape(row.get('quote') or '')}」 {source_link(row.get('source_url'), '来源')}"


def anchor_id(*parts: str) -> str:
    """An element id from parts (codes and keys are ASCII already; anything else is %-encoded)."""
    return "-".join(quote(p, safe="") for p in parts).replace("%", "_")
