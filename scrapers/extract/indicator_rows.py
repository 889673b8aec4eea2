"""Tables whose rows are indicators and whose columns are periods (a monthly report's
year-on-year table) or places (``place_column_values``).

    考核项目 | 2025年1-6月 | 2024年1-6月 | 同比变化(%) |
    PM10(微克/立方米) | 47 | 53 | -12.1 |

Each row names one catalog indicator (and its unit); its figure is the value under the first
period column, the header's year is its year, and a column of changes gives it its change (a
negative value is a fall; ``%`` unless the header says 百分点). The other periods' values are
earlier values, which the labelling convention leaves to a note. Rows are lines cut by ``|``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.records import Change, ChangeBasis
from scrapers.extract.naming import codes_in_order
from scrapers.extract.numbers import INDEX_UNIT
from scrapers.extract.table_columns import (
    CELL_VALUE_RE,
    INDEX_CODE,
    MICROGRAM_CODES,
    PLACEHOLDER_RE,
    VALUE_RE,
    is_row_name,
    worded_change,
)
from scrapers.extract.tables import TableValue, cells_of
from scrapers.extract.years import find_period

# 2024年1-8月 / 本月 / 上年同期 / 1~2月 / 2023年: a column of one period's values
_PERIOD_RE = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年(?:度)?)?\s*(?:\d{1,2}\s*(?:[-—~～至]\s*\d{1,2}\s*)?月(?:份)?)?$"
    r"|^(?:本月|当月|本年|本期|累计|上年同期|去年同期|上月|上年)$"
)
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
# 与上年同期比(%) / 同比变化(%) / 变化幅度(百分点) / 增减率: the column of changes
_CHANGE_RE = re.compile(r"同比|同期比|比较|变化|变幅|增幅|降幅|增减|升降")
_UNIT_RE = re.compile(r"[(（][^()（）]*[)）]")
_KINDS = ("concentration", "percent", "index", "days")
_PREVIOUS_MONTH_RE = re.compile(r"环比|上月")


@dataclass(frozen=True, slots=True)
class _Header:
    first_period: int  # the cell index (0 = the indicator's) of the current period
    change: int | None  # the cell index of the column of changes
    points: bool  # changes in percentage points
    year: int | None
    basis: ChangeBasis  # 与上月比 / 环比: month on month; else year on year
    unitless: bool = False  # 同比: the column of changes names no unit (a share's change is in points)


def indicator_row_values(text: str, start: int, end: int) -> list[TableValue]:
    """The figures of an indicator-row table in ``text[start:end]`` (lines cut by ``|``), or none."""
    header: _Header | None = None
    pollutants = _names_pollutants(text, start, end)
    periods: list[str] = []
    pairs: list[_Pair] = []
    out: list[TableValue] = []
    for pos, line in _lines(text, start, end):
        cells = _cells(line, pos)
        if len(cells) < 3:
            continue
        if header is None:
            header = _header([c for _, _, c in cells])
            periods = [c for _, _, c in cells[1:]]
            continue
        if not pairs and not out and (found := _pairs([c for _, _, c in cells], periods, header)):
            pairs = found  # 项目 | 10月 | 1-10月 ¶ 浓度 | 同比增减(%) | …: a period over each pair
            continue
        if pairs:
            out.extend(_paired_row(cells, pairs, header, pollutants))
            continue
        value = _row(cells, header, pollutants)
        if value is not None:
            out.append(value)
    return out if len(out) >= 2 else []


def _names_pollutants(text: str, start: int, end: int) -> bool:
    """Whether three lines or more of ``text[start:end]`` open on a pollutant measured in μg/m³."""
    keys = (_row_code(line.split("|", 1)[0].strip()) for _, line in _lines(text, start, end) if "|" in line)
    return sum(code in MICROGRAM_CODES for code in keys) >= 3


@dataclass(frozen=True, slots=True)
class _Pair:
    value: int  # the cell index of a period's value in a row (0 = the indicator's)
    change: int  # and of its change
    points: bool
    period: str | None  # the period over the pair (11月 / 1-11月), when it names one


# 监测值 / 浓度 / 数值: the value under a period; its change follows in the next column
_VALUE_HEAD_RE = re.compile(r"^(?:监测值|浓度|浓度值|数值|实测值|均值|平均值)(?:[(（][^()（）]*[)）])?$")
# an earlier period over a pair is an earlier value, which the labelling convention leaves to a note
_EARLIER_PERIOD_RE = re.compile(r"上年|去年|前年|上月")


def _pairs(cells: list[str], periods: list[str], header: _Header) -> list[_Pair]:
    """The (value, change) column pairs of a second header line under a line of periods."""
    if len(cells) < 4 or len(cells) % 2 or header.change is not None:
        return []
    found: list[_Pair] = []
    for i in range(0, len(cells), 2):
        value, change = cells[i].replace(" ", ""), cells[i + 1].replace(" ", "")
        if not (_VALUE_HEAD_RE.match(value) and _CHANGE_RE.search(change)):
            return []
        period = periods[i // 2] if i // 2 < len(periods) else ""
        if _EARLIER_PERIOD_RE.search(period):
            continue
        named = find_period(period, 0, len(period)) if period else None
        found.append(_Pair(i + 1, i + 2, "百分点" in change, named))
    return found


def _paired_row(
    cells: list[tuple[int, int, str]], pairs: list[_Pair], header: _Header, pollutants: bool = False
) -> list[TableValue]:
    key = cells[0][2]
    code = _row_code(key)
    if code is None:
        return []
    out: list[TableValue] = []
    for pair in pairs:
        if len(cells) <= pair.change:
            break
        raw = cells[pair.value][2]
        m = CELL_VALUE_RE.match(raw)
        unit = _unit(code, key, pollutants) or ("微克/立方米" if m is not None and m.group("ug") else None)
        if m is None or unit is None:
            continue
        change = _signed_change(cells[pair.change][2], pair.points, header.basis)
        out.append(_value(code, m, unit, cells, pair.value, change, header.year, pair.period))
    return out


def _row_code(key: str) -> str | None:
    """The one catalog code a row's name names (PM10(微克/立方米)), else None; a share's name
    (优良天数比例(%)) names its share, not the count of days its words hold too."""
    name = _UNIT_RE.sub("", key)
    kinds = ("percent",) if _SHARE_NAME_RE.search(name) or "%" in key else _KINDS
    codes = {c for kind in kinds for c in codes_in_order(name, kind)}
    return codes.pop() if len(codes) == 1 else None


_SHARE_NAME_RE = re.compile(r"比例|比率|占比|[^指]率$")


def _value(
    code: str,
    m: re.Match[str],
    unit: str,
    cells: list[tuple[int, int, str]],
    at: int,
    change: Change | None,
    year: int | None,
    period: str | None = None,
) -> TableValue:
    start, stop, _ = cells[at]
    value = float(m.group("num").replace("−", "-"))
    return TableValue(code, value, unit, "", start, stop, cells[0][0], change, year, period)


def _cells(line: str, pos: int) -> list[tuple[int, int, str]]:
    return [
        (pos + m.start(), pos + m.end(), m.group().strip())
        for m in re.finditer(r"[^|]+", line)
        if m.group().strip()
    ]


def _header(cells: list[str]) -> _Header | None:
    periods = [i for i, c in enumerate(cells) if i > 0 and _PERIOD_RE.match(c.replace(" ", ""))]
    if not periods and len(cells) > 2 and _VALUE_HEAD_RE.match(cells[1].replace(" ", "")):
        periods = [1]  # 污染物 | 浓度 | 同比变化: the one value column is the current period's
    if not periods or periods[0] != 1:
        return None
    changes = [i for i, c in enumerate(cells) if i > periods[0] and _CHANGE_RE.search(c.replace(" ", ""))]
    change = changes[0] if changes else None
    current = _latest_year_column(cells, [p for p in periods if change is None or p < change])
    first = cells[current]
    year = _YEAR_RE.search(first)
    points = change is not None and "百分点" in cells[change]
    basis: ChangeBasis = (
        "vs_period" if change is not None and _PREVIOUS_MONTH_RE.search(cells[change]) else "yoy"
    )
    unitless = change is not None and re.search(r"%|％|百分", cells[change]) is None
    return _Header(current, change, points, int(year.group()) if year else None, basis, unitless)


def _latest_year_column(cells: list[str], periods: list[int]) -> int:
    """The column of the current figures among the period columns: the first, unless every one
    names a year and a later column names a later one (指标 | 2023年 | 2024年 | 同比)."""
    years = [_YEAR_RE.search(cells[i]) for i in periods]
    if len(periods) < 2 or any(y is None for y in years):
        return periods[0]
    values = [int(y.group()) for y in years if y is not None]
    return periods[values.index(max(values))]


def _row(cells: list[tuple[int, int, str]], header: _Header, pollutants: bool = False) -> TableValue | None:
    key = cells[0][2]
    code = _row_code(key)
    if code is None or len(cells) <= header.first_period:
        return None
    raw = cells[header.first_period][2]
    m = CELL_VALUE_RE.match(raw)
    unit = _unit(code, key, pollutants)
    if m is not None and m.group("ug"):
        unit = unit or "微克/立方米"  # 31微克/立方米: the cell gives the unit
    if m is None or unit is None or (m.group("pct") is not None and unit != "%"):
        return None  # 52% in a row of a concentration: not this table's kind
    return _value(code, m, unit, cells, header.first_period, _change(cells, header, unit), header.year)


def _unit(code: str, key: str, pollutants: bool = False) -> str | None:
    """The row's unit: the one its name gives in brackets (PM10(微克/立方米)), % for a share; in a
    table whose rows name three pollutants or more (``pollutants``), μg/m³ for a pollutant measured
    in it (PM2.5 | 31 | 33 | -6.1%), as bulletins print them."""
    if code.endswith(("_ratio", "_share")) or "%" in key:
        return "%"
    if re.search(r"微克|μg|µg|ug", key) or (pollutants and code in MICROGRAM_CODES and "毫克" not in key):
        return "微克/立方米"
    if code == INDEX_CODE:
        return INDEX_UNIT
    if code.endswith("_count") and "天" in key:
        return "天"
    return None


def _change(cells: list[tuple[int, int, str]], header: _Header, unit: str | None = None) -> Change | None:
    """The row's change; a bare number under a column that names no unit (同比 | 3.2) is a share's
    change in points."""
    if header.change is None or len(cells) <= header.change:
        return None
    cell = cells[header.change][2]
    points = header.points or (unit == "%" and header.unitless and "%" not in cell and "％" not in cell)
    return _signed_change(cell, points, header.basis)


def _signed_change(cell: str, points: bool = False, basis: ChangeBasis = "yoy") -> Change | None:
    """The change a signed cell of a column or row of changes states (-12.1: a fall; +3.3个百分点:
    a rise in points), none for 0."""
    m = VALUE_RE.match(cell) or _POINTS_CELL_RE.match(cell)
    number = float(m.group("num").replace("−", "-")) if m else 0.0
    if m is None and (worded := worded_change(cell)) is not None:
        number = worded  # 下降6.1% / 上升0.8个百分点: the word gives the sign
    if number == 0:
        return None
    in_points = points or "百分点" in cell
    return Change(
        "down" if number < 0 else "up", abs(number), "percentage_point" if in_points else "percent", basis
    )


_POINTS_CELL_RE = re.compile(r"\s*(?P<num>[-−+]?\d+(?:\.\d+)?)\s*个?百分点\s*$")


def place_column_values(text: str, start: int, end: int) -> list[TableValue]:
    """The figures of a table whose rows are indicators and whose columns are places, lines cut by
    ``|`` (项目 | 甲市 | 乙市 | 全省 ¶ PM2.5(μg/m3) | 25 | 29 | 27): each row's values, one a place."""
    lines = [(pos, line) for pos, line in _lines(text, start, end) if "|" in line]
    if len(lines) < 3:
        return []
    head = [c for _, _, c in _cells(lines[0][1], lines[0][0])]
    if not head:
        return []  # | | |: a line of empty cells heads nothing
    places = head[1:] if _PLACES_KEY_RE.match(head[0].replace(" ", "")) else head
    if len(places) < 2 or not all(is_row_name(p) for p in places):
        return []
    pollutants = _names_pollutants(text, start, end)
    out: list[TableValue] = []
    for pos, line in lines[1:]:
        cells = _cells(line, pos)
        code = _row_code(cells[0][2]) if cells else None
        unit = _unit(code, cells[0][2], pollutants) if code is not None else None
        if code is None or unit is None or len(cells) != len(places) + 1:
            continue
        for (a, b, raw), place in zip(cells[1:], places, strict=True):
            m = VALUE_RE.match(raw)
            if m is not None and not m.group("num").startswith(("-", "−")):
                out.append(TableValue(code, float(m.group("num")), unit, place, a, b, cells[0][0]))
    return out if len(out) >= 2 else []


# 项目 / 指标 / 污染物 / 监测项目: the cell over a column of indicators' names
_PLACES_KEY_RE = re.compile(r"^(?:项目|指标|污染物|监测项目|考核指标|评价指标|类别|名称)?$")


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines of ``text[start:end]``, each with where it starts."""
    out, pos = [], start
    for line in text[start:end].split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def period_row_values(text: str, start: int, end: int) -> list[TableValue]:
    """The figures of a table whose rows are periods and whose columns are indicators, cells one
    a line or cut by ``|`` (年月 | 二氧化硫 | … | 2024年5月 | 7 | … | 2023年5月 | 8 | … |
    同比变化(%) | -13.6 | …): the first period row's values, its year the row's, each with the
    change the row of changes gives it by position; the other periods' rows are earlier values."""
    cells = cells_of(text, start, end)
    first = next(
        (i for i, c in enumerate(cells) if i > 1 and _PERIOD_RE.match(c.text.replace(" ", ""))), None
    )
    if first is None or VALUE_RE.match(cells[0].text):
        return []
    columns = [_column_code(c.text) for c in cells[1:first]]
    if sum(code is not None for code in columns) < 2:
        return []
    width = len(columns)
    rows = [cells[i : i + width + 1] for i in range(first, len(cells) - width, width + 1)]
    if not rows:
        return []  # a header cut off before its first full row (a page that stops mid-table)
    figures, changes = rows[0], next((r for r in rows[1:] if _CHANGE_RE.search(r[0].text)), None)
    if any(VALUE_RE.match(c.text) is None for c in figures[1:] if not PLACEHOLDER_RE.match(c.text)):
        return []  # the row is not as wide as the header: not this kind of table
    year = _YEAR_RE.search(figures[0].text)
    unit = "微克/立方米" if _MICROGRAMS_RE.search(text, max(start - 200, 0), figures[0].start) else None
    out: list[TableValue] = []
    for n, code in enumerate(columns):
        m = VALUE_RE.match(figures[n + 1].text)
        code_unit = INDEX_UNIT if code == INDEX_CODE else unit
        if code is None or m is None or code_unit is None:
            continue
        out.append(
            TableValue(
                code=code,
                value=float(m.group("num").replace("−", "-")),
                unit=code_unit,
                region="",
                start=figures[n + 1].start,
                end=figures[n + 1].end,
                row_start=figures[0].start,
                change=_signed_change(changes[n + 1].text) if changes is not None else None,
                year=int(year.group()) if year else None,
            )
        )
    return out if len(out) >= 2 else []


_MICROGRAMS_RE = re.compile(r"[μµu]g/m[3³]|微克/立方米")


def _column_code(cell: str) -> str | None:
    codes = [c for kind in ("concentration", "index") for c in codes_in_order(_UNIT_RE.sub("", cell), kind)]
    return codes[0] if len(set(codes)) == 1 else None
