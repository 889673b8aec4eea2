"""Tables that text extraction flattened: cells cut by ``|`` or one per line, a header naming the
columns, then rows of a place followed by its values.

    优良天数比例(%) | 细颗粒物浓度(μg/m3) | 1 | 东城区 | 93.5% | 1 | 西城区 | 18 | …
    城市 / 可吸入颗粒物(PM10) / 细颗粒物(PM2.5) / (微克/立方米) / … / 甲州 / 45 / 22 / 95.1%

The header's catalog codes are the columns, in the order written. A row that fills every column
the header opened (cells cut by ``|`` or tabs) takes its values by position: a bare number under
优良天数比例(%) is that ratio, a value under 同比变化(%) the change of the column before it.
Otherwise a row's values go to the columns by kind: a value with % to the percentage columns in
order, a bare number to the concentration and index columns in order (the header gives a
concentration's unit); values beyond the named columns (a rank, a rate of change) are left alone.
An integer right before a place is its rank only in a table with ranks (a 排名 column, or a number
before the first place); an empty cell (—, /, or nothing between two bars or tabs) keeps the
columns after it in place; a change may be signed (+1.2). Rows whose cells only spaces keep apart
are rows too, however long the line (PM2.5 浓度 is one header cell, 东 林 市 one name). A cell that
names a measure of a code again starts a new table (表2 …); a pollutant named in a cell (主要污染物: 臭氧) is neither a header nor a place but
holds its column's place, and a column of changes (综合指数变化率) names no code. A second column
of a measure opened by an earlier year or 上年同期 holds earlier values; a change group over the
pollutants named again on the next header line gives each its own change; a cell may carry its
unit (25μg/m³) or state a change by a word or an arrow (下降3.8%, ↓3.8%); a negative number is
never a level. Periods a later header line names under the measures (本月 | 累计 | 本月 | 累计) split
each measure's column into one per period; periods named first, over the measures repeated after
them (当月 | 上年同期 | 变化 | 比例 | 名次 | 比例 | 名次), are read period by period. A column no
catalog code names but whose header gives its words and a unit in brackets (国控断面数(个),
罚款金额(万元), 完成率(%)) holds figures too: the unit's generic code, the words as subject; in a
table of only such columns, a row that does not line up is left to the sentence rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from models.records import Change, ChangeBasis, ChangeDirection
from scrapers.extract.catalog import GENERIC_BY_KIND, catalog_by_code, higher_is_better
from scrapers.extract.naming import match_code
from scrapers.extract.numbers import UNITS, split_multiplier
from scrapers.extract.table_columns import (
    CELL_VALUE_RE,
    EARLIER,
    MEASURE_RE,
    PERIOD_ROW_RE,
    PLACEHOLDER_RE,
    RANK,
    VALUE_RE,
    Cell,
    ColumnKind,
    Columns,
    caption_gives_micrograms,
    change_of,
    generic_column,
    is_one_pollutant,
    is_period_row,
    is_row_name,
    named,
    worded_change,
)
from scrapers.extract.table_headers import join_wrapped_header

_CELL_RE = re.compile(r"[^|\t\n]+")
_EMPTY_CELL_RE = re.compile(r"(?<=[|\t])[ \u3000]*(?=[|\t])")
_FILLED_RE = re.compile(r"[^|\t\s]")
# a line of a bar alone between two cells a line, the next a number: an empty cell inside a row
_BAR_LINE_RE = re.compile(r"(?<=[^\S\n]\|\n)[ \t]*\|(?=[ \t]*\n[ \t]*[-+]?\d+(?:\.\d+)?%?[ \t]*\|)")


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends (its newline, or the end of ``text``)."""
    end = text.find("\n", pos)
    return end if end >= 0 else len(text)


_RANK_RE = re.compile(r"\s*\d{1,3}\s*$")
_RANK_HEADER_RE = re.compile(r"排名|排序|序号|名次|位次")
_TABLE_LINE_MAX = 24  # a line this short with no sentence punctuation can be a cell
# 二氧化氮(NO2)季度平均浓度(微克/立方米): a header cell naming a measure and its unit runs longer
_HEADER_LINE_MAX = 48
# (微克/立方米) / (%) / (微克每立方米): a unit, written with a slash, a per cent sign or 每
_UNIT_IN_BRACKETS_END_RE = re.compile(r"[(（][^()（）]*(?:/|%|％|每立方)[^()（）]*[)）]\s*$")
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
    change: Change | None = None
    year: int | None = None  # the year its column names, where the table names one per column
    period: str | None = None  # the period its column names (10月 | 1-10月 over pairs of columns)
    subject: str | None = None  # what a column no catalog code names counts (国控断面数), else the code's


def table_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of lines that look like a flattened table: lines with ``|`` or
    short lines with no sentence punctuation, at least eight cells in all."""
    regions: list[tuple[int, int]] = []
    run_start: int | None = None
    run_end = 0
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        tabular = (
            "|" in line
            or "\t" in line.strip()
            or (len(line.strip()) <= _TABLE_LINE_MAX and not _SENTENCE_RE.search(line))
            or _is_header_line(line)
            or is_spaced_row(line)
        )
        if tabular and line.strip():
            run_start = pos if run_start is None else run_start
            run_end = end
        elif line.strip():
            _close(text, regions, run_start, run_end)
            run_start = None
        pos = end + 1
    _close(text, regions, run_start, run_end)
    return regions


def _is_header_line(line: str) -> bool:
    """A header cell on a line of its own that names a catalog measure with its unit in brackets
    (二氧化硫(SO2)第一季度平均浓度(微克/立方米)), too long for the length rule."""
    words = line.strip()
    return (
        len(words) <= _HEADER_LINE_MAX
        and not _SENTENCE_RE.search(words)
        and _UNIT_IN_BRACKETS_END_RE.search(words) is not None
        and any(named(words))
    )


def _close(text: str, regions: list[tuple[int, int]], start: int | None, end: int) -> None:
    if start is not None and len(_cells(text, start, end)) >= _MIN_CELLS:
        regions.append((start, end))


# 排名 城市 综合指数 / 1 甲市 3.12: a row whose cells a page's text kept apart by spaces only.
_SPACED_ROW_RE = re.compile(r"[ \t]*[^\s|]{1,24}(?: +[^\s|]{1,24}){2,}[ \t]*")
_TOKEN_RE = re.compile(r"[^\s|]+")


_RULE_RE = re.compile(r"\s*:?[-—=]{3,}:?\s*")
_NUMBER_CELL_RE = re.compile(r"[-+]?\d+(?:\.\d+)?%?")


def is_spaced_row(line: str) -> bool:
    """Whether ``line`` is a table row whose cells only spaces keep apart: a header of three or
    more words (排名 城市 综合指数) or a row with two or more numbers (1 甲市 3.12 O3); not a PDF
    layer's line of prose (PM 2.5 浓度为, one number among words)."""
    if _SPACED_ROW_RE.fullmatch(line) is None or _SENTENCE_RE.search(line):
        return False
    numbers = sum(_NUMBER_CELL_RE.fullmatch(t) is not None for t in line.split())
    return numbers >= 2 or numbers == 0


_TWO_WORDS_RE = re.compile(r"[ \t]*[^\s|\d]{1,24} +[^\s|\d][^\s|]{0,23}[ \t]*")


def _header_goes_on(text: str, start: int, line: str) -> bool:
    """Whether ``line`` (at ``start``), two words, is the rest of a spaced header the line before
    began (县区 有效监测天数 优良天数 ¶ 优良天数比例(%) 排名): its cells, not one."""
    if _TWO_WORDS_RE.fullmatch(line) is None or _SENTENCE_RE.search(line) or start == 0:
        return False
    before = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    return is_spaced_row(before) and not any(_NUMBER_CELL_RE.fullmatch(t) for t in before.split())


def _cells(text: str, start: int, end: int) -> list[Cell]:
    out: list[Cell] = [
        Cell(m.start(), m.end(), "")  # 甲市 | 25 |  | 140: an empty cell between two cells of a line
        for m in _EMPTY_CELL_RE.finditer(text, start, end)
        if _FILLED_RE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
        and _FILLED_RE.search(text, m.end(), line_end(text, m.end()))
    ]
    out += [  # 均值 | ¶ | ¶ 84.9 |: a table a cell a line, one of a row's cells left empty
        Cell(m.start(), m.end(), "") for m in _BAR_LINE_RE.finditer(text, start, end)
    ]
    for m in _CELL_RE.finditer(text, start, end):
        if not m.group().strip() or _RULE_RE.fullmatch(m.group()):
            continue  # | --- | --- |: a markdown table's rule under its header
        whole_line = text[m.start() - 1 : m.start()] in ("", "\n") and text[m.end() : m.end() + 1] in (
            "",
            "\n",
        )
        if (
            whole_line
            and (is_spaced_row(m.group()) or _header_goes_on(text, m.start(), m.group()))
            and not _among_lone_cells(text, m.start(), m.end())
        ):
            # not a cell of a | or tab row (甲 州 市)
            out.extend(_spaced_cells(text, m.start(), m.end()))
        else:
            out.append(Cell(m.start(), m.end(), m.group().strip()))
    return sorted(out, key=lambda c: c.start)


def _among_lone_cells(text: str, start: int, end: int) -> bool:
    """Whether the line [start, end) of words is one cell a text layer spaced (环 境空 气质量综合指数)
    of a table that puts each cell on a line of its own, between blank lines: the lines before and
    after it hold a word each."""
    if not (text.startswith("\n\n", end) and text[max(start - 2, 0) : start] == "\n\n"):
        return False
    before = text[: start - 2].rstrip("\n")
    after = text[end:].lstrip("\n")
    neighbours = (before[before.rfind("\n") + 1 :], after[: after.find("\n")] if "\n" in after else after)
    return all(n.strip() and not _ANY_GAP_RE.search(n.strip()) for n in neighbours)


_ANY_GAP_RE = re.compile(r"[\s|]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_SPELLED_RE = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff])*")
# 城市 PM2.5 浓度 同比: a measure word a text layer set apart from the pollutant it is of
_MEASURE_WORD_RE = re.compile(r"(?:平均|年均|月均)?浓度(?:值)?")


def _spaced_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a row whose cells only spaces keep apart: one a word, except that 浓度 after a
    pollutant's name is part of its cell (PM2.5 浓度 heads one column), and so is each character
    of a name spelled out one by one (东 林 市)."""
    out: list[Cell] = []
    for t in _TOKEN_RE.finditer(text, start, end):
        joins_measure = out and _MEASURE_WORD_RE.fullmatch(t.group()) and is_one_pollutant(out[-1].text)
        # 东 林 市 30 …: a row's name a text layer spaced out character by character is one cell
        # (only the first cell: 城市 优 良 轻度污染 heads a column of each grade)
        joins_name = len(out) == 1 and _HAN_RE.fullmatch(t.group()) and _SPELLED_RE.fullmatch(out[0].text)
        if joins_measure or joins_name:
            out[-1] = Cell(out[-1].start, t.end(), text[out[-1].start : t.end()])
        else:
            out.append(Cell(t.start(), t.end(), t.group()))
    return out


def cells_of(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the flattened table in ``text[start:end]``, in order."""
    return _cells(text, start, end)


def table_values(text: str, start: int, end: int) -> tuple[list[TableValue], list[tuple[int, int]]]:
    """The values of the table in ``text[start:end]`` that its header gives a catalog code, and
    the cells read as rows (names, ranks, values), which the sentence rules should not read."""
    columns = Columns(caption_micrograms=caption_gives_micrograms(text, start))
    row: list[Cell] = []
    rows: list[tuple[Columns, list[Cell]]] = []
    used: list[tuple[int, int]] = []
    cells = join_wrapped_header(text, _cells(text, start, end))
    ranked = False  # whether rows carry a rank: a 排名 column, or a number before the first place
    line, seen = 0, start  # the header line a cell is on (a group's sub-columns are on a later one)
    for i, cell in enumerate(cells):
        line, seen = line + text.count("\n", seen, cell.start), cell.start
        if not cell.text:
            following = cells[i + 1].text if i + 1 < len(cells) else ""
            if row and rows and not _is_key(following, columns):  # | | 南城区: a tie's rank left empty
                row.append(cell)  # 甲市 | 25 |  | 140: a cell left empty keeps the columns after it in place
            continue  # | | 浓度(μg/m³) |: a header's empty cell over the names opens no column
        if PLACEHOLDER_RE.match(cell.text) and len(row) > 1:
            row.append(cell)  # 甲市 | 30 | — | 90.1: the empty cell keeps the columns after it in place
            continue
        if row and len(row) > 1 and worded_change(cell.text) is not None:
            row.append(cell)  # 甲市 | 25 | 下降3.8% / ↓3.8%: a change cell, its column's value
            used.append((cell.start, cell.end))
            continue
        if row and rows and columns.is_names_entry(cell.text):
            # 甲市 | 3.21 | 臭氧 | 6 | …: the row's main pollutant keeps its column's place, as — does
            row.append(cell)
            used.append((cell.start, cell.end))
            continue
        if row and rows and CELL_VALUE_RE.match(cell.text) is None and columns.is_text_entry(len(row) - 1):
            row.append(cell)  # 甲市 | 北部 | 25: the row's entry under a column of words
            used.append((cell.start, cell.end))
            continue
        if CELL_VALUE_RE.match(cell.text) is None:
            if (
                any(CELL_VALUE_RE.match(c.text) for c in row[1:])
                and MEASURE_RE.search(cell.text)
                and any(named(cell.text))
            ):
                columns, row = Columns(), []  # a header after rows starts a new table
            ranked = ranked or _RANK_HEADER_RE.search(cell.text) is not None
            if (
                not columns.take(cell, after_rows=bool(rows), line=line, alone=_alone(text, cell))
                and _is_key(cell.text, columns)
                and columns.named_any()
            ):
                if not rows:
                    # a rank before the first place: ranks open the rows; none (名称 | 优良率 | 综合指数排名
                    # ¶ 甲城区 | …): the ranks close them, and a number before a place is a value
                    ranked = i > 0 and _RANK_RE.match(cells[i - 1].text) is not None
                row = [cell]
                rows.append((columns, row))
                used.append((cell.start, cell.end))
            continue
        columns.seal()
        nxt = cells[i + 1].text if i + 1 < len(cells) else ""
        if ranked and len(row) > 1 and _RANK_RE.match(cell.text) and _is_key(nxt, columns):
            used.append((cell.start, cell.end))
            continue  # the rank of the next row (a row's first value is never a rank)
        if row:
            row.append(cell)
            used.append((cell.start, cell.end))
    values: list[TableValue] = []
    for cols, cells_of_row in rows:
        found = _row_values(cells_of_row, cols)
        values += found
        if not found and not (cols.percent or cols.bare):
            # 地区 | 问题数量(个) | 完成率(%): a row of a table no code names that did not line up
            # with its header is left to the sentence rules, which read its figures one by one
            row_cells = {(c.start, c.end) for c in cells_of_row}
            used = [u for u in used if u not in row_cells]
    values = _side_by_side_changes(text, rows, values)
    return (values, used) if len(values) >= 2 else ([], [])


def _alone(text: str, cell: Cell) -> bool:
    """Whether ``cell`` is the only cell of its line (a table flattened a cell a line)."""
    start = text.rfind("\n", 0, cell.start) + 1
    return text[start : line_end(text, cell.end)].strip() == cell.text


def _side_by_side_changes(
    text: str, rows: list[tuple[Columns, list[Cell]]], values: list[TableValue]
) -> list[TableValue]:
    """序号 | 县区 | 本月浓度 | 序号 | 县区 | 同比增减: a second ranking printed beside the first, of the
    same places' changes in another order. Each place's change goes to its value in the first."""
    if not rows:
        return values
    header = rows[0][0]
    kinds = [kind for kind, _ in header.order]
    first = next((i for i, kind in enumerate(kinds) if kind != "key"), None)
    second = next((i for i in range(first + 1, len(kinds)) if kinds[i] == "key"), None) if first else None
    if second is None:
        return values
    beside = [c for c in header.order[second:] if c[0] != "key"]
    if len(beside) != 1 or beside[0][0] not in ("change_percent", "change_points"):
        return values
    kind, how = beside[0]
    changes: dict[str, Change] = {}
    own = [row for columns, row in rows if columns is header]
    for k, row in enumerate(own):
        line_start = text.rfind("\n", 0, row[0].start) + 1
        if "|" in text[line_start : row[0].start]:
            beside_first = (
                len([c for c in _CELL_RE.findall(text, line_start, row[0].start) if c.strip()]) >= second
            )
        else:
            beside_first = k % 2 == 1  # a cell a line: the two rankings' rows take turns
        m = VALUE_RE.match(row[1].text) if len(row) == 2 else None
        if m is None or not beside_first:
            continue
        number = float(m.group("num").replace("−", "-"))
        if number != 0:
            unit = "percentage_point" if kind == "change_points" else "percent"
            basis: ChangeBasis | None = "yoy" if how is not None and "yoy" in how else None
            changes[_place(row[0])] = Change("down" if number < 0 else "up", abs(number), unit, basis)
    return [
        replace(v, change=changes[v.region]) if v.change is None and v.region in changes else v
        for v in values
    ]


def _row_values(row: list[Cell], columns: Columns) -> list[TableValue]:
    """A row's catalog values: by position when it fills every column the header opened (a
    column of bare percentages, a column of changes), else by kind (``_value``)."""
    by_position = columns.value_columns()
    if by_position and by_position[0][0] in ("change_percent", "change_points"):
        # 当月 | 去年同月 | 变化(百分点) | 优良率(%) | 名次 | …: a header of two levels
        # flattened (a change column before any measure's): its columns do not line up with the rows
        return []
    if len(row) - 1 == len(by_position) - 1 and ("other", RANK) in by_position:
        # 全市平均 | 94.0 |…: a row that gives no rank fills the other columns
        by_position = [c for c in by_position if c != ("other", RANK)]
    if len(row) - 1 == len(by_position) and any(
        k in ("percent", "bare") or generic_column(c) for k, c in by_position
    ):
        return _positional(row, by_position, columns)
    out: list[TableValue] = []
    for n in range(1, len(row)):
        out.extend(_value(row[:n], row[n], columns))
    return out


def _positional(
    row: list[Cell], by_position: list[tuple[ColumnKind, str | None]], columns: Columns
) -> list[TableValue]:
    """城市 | PM2.5浓度(微克/立方米) | 同比变化(%) | 优良天数比例(%) / 甲市 | 30 | -6.3 | 90.1: each
    value is its column's; a change column's value is the change of the column before it."""
    out: list[TableValue] = []
    last: int | None = None  # index in ``out`` of the value of the column before
    seen: dict[str, int] = {}  # how many columns of each code the row has filled (本月 | 累计)
    for (kind, code), cell in zip(by_position, row[1:], strict=True):
        m = CELL_VALUE_RE.match(cell.text)
        worded = worded_change(cell.text) if m is None else None
        generic = generic_column(code) if kind == "other" else None
        if generic is not None and m is not None and not m.group("num").startswith(("-", "−")):
            # 城市 | 国控断面数(个) | 优良比例(%) ¶ 甲市 | 12 | 91.7: a figure of a column no code names
            out.append(_generic_value(row, cell, m.group("num"), *generic))
            last = len(out) - 1
            continue
        if kind == "other" and code in (EARLIER, RANK):
            # 2022年 after 2023年: the figure's earlier value; 综合指数 | 排名 | 同比变化: the figure's
            # rank; a change after either is the figure's
            continue
        if m is None and (worded is None or kind not in ("change_percent", "change_points")):
            last = None
            continue
        number = float(m.group("num").replace("−", "-")) if m is not None else worded or 0.0
        target = change_of(code)
        if target is not None:  # 同比变化(%) ¶ … | PM2.5 | PM10: the change of the row's value of that code
            last = next((k for k in range(len(out) - 1, -1, -1) if out[k].code == target), None)
        if kind in ("change_percent", "change_points") and last is not None and number != 0:
            direction: ChangeDirection = "down" if number < 0 else "up"
            if code is not None and "fall" in code:
                direction = "up" if number < 0 else "down"  # 降幅(%) 6.3: a fall of 6.3%
            if code is not None and "judged" in code and not higher_is_better(out[last].code):
                direction = "up" if number < 0 else "down"  # PM2.5改善幅度 8.9: the concentration fell
            # a change column that names no unit beside a share: the share's points (同比变化 -1.1)
            unitless_share = code is not None and "unitless" in code and out[last].unit == "%"
            in_points = kind == "change_points" or unitless_share or "百分点" in cell.text
            change_unit = "percentage_point" if in_points else "percent"
            basis: ChangeBasis | None = "yoy" if code is not None and "yoy" in code else None
            out[last] = replace(out[last], change=Change(direction, abs(number), change_unit, basis))
            last = None
            continue
        unit = "%" if kind == "percent" else columns.unit_of(code) if code is not None else None
        if unit is None and m is not None and m.group("ug"):
            unit = "微克/立方米"  # 25μg/m³: the cell gives the unit
        if kind not in ("percent", "bare") or code is None or unit is None or number < 0:
            last = None  # -3.8 under a level's column: a change the header lost, no level
            continue
        year, month = _row_period(row[0])
        year = year or columns.year_of.get(code)
        seen[code] = seen.get(code, 0) + 1
        periods = columns.periods_of.get(code, [])
        if month is None and len(periods) >= seen[code]:
            month = periods[seen[code] - 1]
        out.append(_in_row(row, cell, code, number, unit, year, month))
        last = len(out) - 1
    return out


def _in_row(
    row: list[Cell],
    cell: Cell,
    code: str,
    value: float,
    unit: str,
    year: int | None,
    period: str | None,
    subject: str | None = None,
) -> TableValue:
    """The value ``cell`` holds in ``row``, of the row's place."""
    place = _place(row[0])
    return TableValue(
        code,
        value,
        unit,
        place,
        cell.start,
        cell.end,
        row[0].start,
        year=year,
        period=period,
        subject=subject,
    )


def _generic_value(row: list[Cell], cell: Cell, number: str, unit: str, what: str) -> TableValue:
    """The figure ``cell`` holds under a column of ``what``, measured in ``unit``, that no catalog
    code names: the code of its unit's kind, or of the words when they name an unscored one."""
    kind = UNITS[split_multiplier(unit)[1]].kind
    named_code = match_code(what, kind)
    code = named_code if named_code is not None and not catalog_by_code()[named_code].scored else None
    year, month = _row_period(row[0])
    value = float(number.replace("−", "-"))
    return _in_row(row, cell, code or GENERIC_BY_KIND[kind], value, unit, year, month, what)


def _value(row: list[Cell], cell: Cell, columns: Columns) -> list[TableValue]:
    """The catalog value ``cell`` holds as the next value of its kind in ``row``, if any."""
    m = CELL_VALUE_RE.match(cell.text)
    if m is None or m.group("num").startswith(("-", "−")):
        return []  # -3.8: a change, not a level of any column
    pct = m.group("pct") is not None
    same_kind = [
        c
        for c in row[1:]
        if (v := CELL_VALUE_RE.match(c.text)) is not None
        and (v.group("pct") is not None) == pct
        and not v.group("num").startswith(("-", "−"))
    ]
    kind_columns = columns.percent if pct else columns.bare
    if len(same_kind) >= len(kind_columns):
        return []
    code = kind_columns[len(same_kind)]
    unit = "%" if pct else columns.unit_of(code) or ("微克/立方米" if m.group("ug") else None)
    if unit is None:
        return []
    year, month = _row_period(row[0])
    year = year or columns.year_of.get(code)
    return [
        TableValue(
            code=code,
            value=float(m.group("num").replace("−", "-")),
            unit=unit,
            region=_place(row[0]),
            start=cell.start,
            end=cell.end,
            row_start=row[0].start,
            year=year,
            period=month,
        )
    ]


def _is_key(text: str, columns: Columns) -> bool:
    """A cell that starts a row: a place, or a year or month in a table of a place's periods
    (时间 | SO2 | … ¶ 2016年 | … / 月份 | … ¶ 3月 | …)."""
    return is_row_name(text) or (columns.by_period and is_period_row(text))


def _row_period(cell: Cell) -> tuple[int | None, str | None]:
    """The year and the month a period row names (2024年5月: 2024, 5月)."""
    if not is_period_row(cell.text):
        return None, None
    m = PERIOD_ROW_RE.fullmatch(cell.text)
    assert m is not None
    month = re.sub(r"\s", "", m.group("month")) if m.group("month") else None
    return (int(m.group("year")) if m.group("year") else None), month


def _place(cell: Cell) -> str:
    """The place a row is about, without the spaces that justified it (甲 州 市) or its footnote
    mark (南通市*, *南通市); none for a row of a year."""
    if is_period_row(cell.text):
        return ""
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|[*＊※△▲]$|^[*＊※△▲]", "", cell.text)
