"""Tables that text extraction flattened: cells cut by ``|`` or one per line, a header naming the
columns, then rows of a place followed by its values.

    优良天数比例(%) | 细颗粒物浓度(μg/m3) | 1 | 东城区 | 93.5% | 1 | 西城区 | 18 | …
    城市 / 可吸入颗粒物(PM10) / 细颗粒物(PM2.5) / (微克/立方米) / … / 甲州 / 45 / 22 / 95.1%

The header's catalog codes are the columns, in the order written. A row's values go to them by
kind: a value with % to the percentage columns in order, a bare number to the concentration
and index columns in order (the header gives a concentration's unit); values beyond the named
columns (a rank, a rate of change) are left alone. An integer right before a place is its rank.
A cell that names a measure of a code again starts a new table (表2 …); a pollutant named in a
cell (主要污染物: 臭氧) is neither a header nor a place, and a column of changes (综合指数变化率)
names no code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrapers.extract.table_columns import MEASURE_RE, VALUE_RE, Cell, Columns, is_row_name, named

_CELL_RE = re.compile(r"[^|\n]+")
_RANK_RE = re.compile(r"\s*\d{1,3}\s*$")
_TABLE_LINE_MAX = 24  # a line this short with no sentence punctuation can be a cell
_MIN_CELLS = 8
_SENTENCE_RE = re.compile(r"[。，,；;！？]")


@dataclass(frozen=True, slots=True)
class TableValue:
    """One value of a flattened table: its code, the place of its row and where it is."""

    code: str
    value: float
    unit: str
    region: str
    start: int
    end: int
    row_start: int


def table_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of lines that look like a flattened table: lines with ``|`` or
    short lines with no sentence punctuation, at least eight cells in all."""
    regions: list[tuple[int, int]] = []
    run_start: int | None = None
    run_end = 0
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        tabular = "|" in line or (len(line.strip()) <= _TABLE_LINE_MAX and not _SENTENCE_RE.search(line))
        if tabular and line.strip():
            run_start = pos if run_start is None else run_start
            run_end = end
        elif line.strip():
            _close(text, regions, run_start, run_end)
            run_start = None
        pos = end + 1
    _close(text, regions, run_start, run_end)
    return regions


def _close(text: str, regions: list[tuple[int, int]], start: int | None, end: int) -> None:
    if start is not None and len(_CELL_RE.findall(text, start, end)) >= _MIN_CELLS:
        regions.append((start, end))


def _cells(text: str, start: int, end: int) -> list[Cell]:
    out = []
    for m in _CELL_RE.finditer(text, start, end):
        if m.group().strip():
            out.append(Cell(m.start(), m.end(), m.group().strip()))
    return out


def table_values(text: str, start: int, end: int) -> tuple[list[TableValue], list[tuple[int, int]]]:
    """The values of the table in ``text[start:end]`` that its header gives a catalog code, and
    the cells read as rows (names, ranks, values), which the sentence rules should not read."""
    columns = Columns()
    row: list[Cell] = []
    values: list[TableValue] = []
    used: list[tuple[int, int]] = []
    cells = _cells(text, start, end)
    for i, cell in enumerate(cells):
        if VALUE_RE.match(cell.text) is None:
            if (
                any(VALUE_RE.match(c.text) for c in row[1:])
                and MEASURE_RE.search(cell.text)
                and any(named(cell.text))
            ):
                columns, row = Columns(), []  # a header after rows starts a new table
            if not columns.take(cell) and is_row_name(cell.text) and columns.named_any():
                row = [cell]
                used.append((cell.start, cell.end))
            continue
        nxt = cells[i + 1].text if i + 1 < len(cells) else ""
        if len(row) > 1 and _RANK_RE.match(cell.text) and is_row_name(nxt):
            used.append((cell.start, cell.end))
            continue  # the rank of the next row (a row's first value is never a rank)
        if row:
            values.extend(_value(row, cell, columns))
            row.append(cell)
            used.append((cell.start, cell.end))
    return (values, used) if len(values) >= 2 else ([], [])


def _value(row: list[Cell], cell: Cell, columns: Columns) -> list[TableValue]:
    """The catalog value ``cell`` holds as the next value of its kind in ``row``, if any."""
    m = VALUE_RE.match(cell.text)
    if m is None:
        return []
    pct = m.group("pct") is not None
    same_kind = [
        c
        for c in row[1:]
        if (v := VALUE_RE.match(c.text)) is not None and (v.group("pct") is not None) == pct
    ]
    kind_columns = columns.percent if pct else columns.bare
    if len(same_kind) >= len(kind_columns):
        return []
    code = kind_columns[len(same_kind)]
    unit = "%" if pct else columns.unit_of(code)
    if unit is None:
        return []
    return [
        TableValue(
            code=code,
            value=float(m.group("num").replace("−", "-")),
            unit=unit,
            region=row[0].text,
            start=cell.start,
            end=cell.end,
            row_start=row[0].start,
        )
    ]
