"""Tables that text extraction flattened: cells cut by ``|`` or one per line, a header naming the
columns, then rows of a place followed by its values.

    优良天数比例(%) | 细颗粒物浓度(μg/m3) | 1 | 东城区 | 93.5% | 1 | 西城区 | 18 | …
    城市 / 可吸入颗粒物(PM10) / 细颗粒物(PM2.5) / (微克/立方米) / … / 甲州 / 45 / 22 / 95.1%

The header's catalog codes are the columns, in the order written. A row's values go to them by
kind: a value with % to the percentage columns in order, a bare number to the concentration
columns in order (the header gives their unit); values beyond the named columns (an index, a
rank, a rate of change) are left alone. An integer right before a place is its rank. A cell
that names codes again starts a new table (表2 …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrapers.extract.naming import codes_in_order

_CELL_RE = re.compile(r"[^|\n]+")
_VALUE_RE = re.compile(r"\s*(?P<num>[-−]?\d+(?:\.\d+)?)\s*(?P<pct>%)?\s*$")
_RANK_RE = re.compile(r"\s*\d{1,3}\s*$")
_NAME_RE = re.compile(r"\s*[\u4e00-\u9fff][\u4e00-\u9fff ()（）]{1,15}\s*$")
_CONCENTRATION_UNIT_RE = re.compile(r"μg/m3|µg/m3|ug/m3|微克/立方米|微克每立方米")
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


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int
    end: int
    text: str


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


def _cells(text: str, start: int, end: int) -> list[_Cell]:
    out = []
    for m in _CELL_RE.finditer(text, start, end):
        if m.group().strip():
            out.append(_Cell(m.start(), m.end(), m.group().strip()))
    return out


@dataclass(slots=True)
class _Columns:
    """The codes a header names, by kind, and the unit of its bare numbers."""

    percent: list[str]
    concentration: list[str]
    unit: str = ""

    def take(self, cell: _Cell) -> bool:
        """Read ``cell`` as header when it names codes or a unit; whether it did."""
        if _VALUE_RE.match(cell.text) is not None:
            return False
        named_percent = codes_in_order(cell.text, "percent")
        named_concentration = codes_in_order(cell.text, "concentration")
        self.percent += named_percent
        self.concentration += named_concentration
        if _CONCENTRATION_UNIT_RE.search(cell.text):
            self.unit = "微克/立方米"
        return bool(named_percent or named_concentration)


def table_values(text: str, start: int, end: int) -> tuple[list[TableValue], list[tuple[int, int]]]:
    """The values of the table in ``text[start:end]`` that its header gives a catalog code, and
    the cells read as rows (names, ranks, values), which the sentence rules should not read."""
    columns = _Columns([], [])
    row: list[_Cell] = []
    values: list[TableValue] = []
    used: list[tuple[int, int]] = []
    cells = _cells(text, start, end)
    for i, cell in enumerate(cells):
        if _VALUE_RE.match(cell.text) is None:
            if any(_VALUE_RE.match(c.text) for c in row[1:]) and codes_in_order(
                cell.text, "percent"
            ) + codes_in_order(cell.text, "concentration"):
                columns, row = _Columns([], []), []  # a header after rows starts a new table
            if (
                not columns.take(cell)
                and _NAME_RE.match(cell.text)
                and (columns.percent or columns.concentration)
            ):
                row = [cell]
                used.append((cell.start, cell.end))
            continue
        nxt = cells[i + 1].text if i + 1 < len(cells) else ""
        if len(row) > 1 and _RANK_RE.match(cell.text) and _NAME_RE.match(nxt):
            used.append((cell.start, cell.end))
            continue  # the rank of the next row (a row's first value is never a rank)
        if row:
            values.extend(_value(row, cell, columns))
            row.append(cell)
            used.append((cell.start, cell.end))
    return (values, used) if len(values) >= 2 else ([], [])


def _value(row: list[_Cell], cell: _Cell, columns: _Columns) -> list[TableValue]:
    """The catalog value ``cell`` holds as the next value of its kind in ``row``, if any."""
    m = _VALUE_RE.match(cell.text)
    if m is None:
        return []
    pct = m.group("pct") is not None
    same_kind = [
        c
        for c in row[1:]
        if (v := _VALUE_RE.match(c.text)) is not None and (v.group("pct") is not None) == pct
    ]
    kind_columns = columns.percent if pct else (columns.concentration if columns.unit else [])
    if len(same_kind) >= len(kind_columns):
        return []
    return [
        TableValue(
            code=kind_columns[len(same_kind)],
            value=float(m.group("num").replace("−", "-")),
            unit="%" if pct else columns.unit,
            region=row[0].text,
            start=cell.start,
            end=cell.end,
            row_start=row[0].start,
        )
    ]
