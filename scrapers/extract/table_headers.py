"""Header cells a PDF text layer wrapped onto the next line (综合 ¶ 指数, 优良天数 ¶ 比例(%)).

A table's header written with spaces for columns keeps each cell's words on one line only when
they fit. A cell wider than its column goes on under it, so the header reads as two lines:

    排名 县(市、区) 综合 PM2.5 PM10 … 优良天数
    指数 比例(%)

The second line is not a row of sub-columns: each of its words is the end of a cell above.
Each goes back onto the first cell (left to right) that it turns into the name of another
measure; a line of which any word fits no cell is left as it is (浓度 | 同比 under each
pollutant, 本月 | 累计, 2024年 | 2023年 are sub-columns of their own).
"""

from __future__ import annotations

from scrapers.extract.table_columns import CELL_VALUE_RE, Cell, named


def join_wrapped_header(text: str, cells: list[Cell]) -> list[Cell]:
    """``cells`` with the words of a wrapped header line put back onto the cells they end."""
    lines: list[list[Cell]] = []
    starts: list[int] = []
    for cell in cells:
        line = text.rfind("\n", 0, cell.start)
        if CELL_VALUE_RE.match(cell.text) is not None:
            if starts and starts[-1] == line:
                lines.pop()  # the first value's line is a row's (2020年 | 38 | …), not the header's
            break
        if not starts or line != starts[-1]:
            lines.append([])
            starts.append(line)
        lines[-1].append(cell)
    else:
        return cells  # no value: no header to read
    if len(lines) < 2 or len(lines[-2]) < 3 or len(lines[-1]) >= len(lines[-2]):
        return cells
    joined = _joined(lines[-2], lines[-1])
    if joined is None:
        return cells
    dropped = {id(c) for c in lines[-1]}
    replaced = {id(old): new for old, new in joined}
    return [replaced.get(id(c), c) for c in cells if id(c) not in dropped]


def _joined(above: list[Cell], ends: list[Cell]) -> list[tuple[Cell, Cell]] | None:
    """Each cell of ``above`` that a word of ``ends`` goes on, with the cell it makes; None when a
    word fits no cell."""
    out: list[tuple[Cell, Cell]] = []
    at = 0
    for end in ends:
        if any(named(end.text)):
            return None  # PM10 | PM2.5 under 平均浓度: a sub-column that names its own measure
        for k in range(at, len(above)):
            cell = above[k]
            whole = cell.text + end.text
            names = named(whole)
            if any(names) and names != named(cell.text):
                out.append((cell, Cell(cell.start, cell.end, whole)))
                at = k + 1
                break
        else:
            return None
    return out
