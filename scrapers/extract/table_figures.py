"""Indicators from flattened tables (``tables``), and the text the sentence rules read instead:
the table's rows blanked out (same length), so a row is not read as a run of odd sentences."""

from __future__ import annotations

import re
from decimal import Decimal

from models.records import Indicator
from scrapers.extract.catalog import catalog_by_code
from scrapers.extract.indicator_rows import indicator_row_values, period_row_values, place_column_values
from scrapers.extract.numbers import split_multiplier, to_base
from scrapers.extract.table_columns import CUMULATIVE
from scrapers.extract.tables import TableValue, line_end, table_regions, table_values
from scrapers.extract.years import YearIndex, find_period

_CAPTION_REACH = 600  # characters before a row in which a caption may name its period


def table_figures(text: str, years: YearIndex) -> tuple[list[Indicator], str]:
    """The catalog figures of every flattened table in ``text``, and ``text`` with their rows blanked."""
    figures: list[Indicator] = []
    chars = list(text)
    for start, end in table_regions(text):
        values, used = table_values(text, start, end)
        periods = period_row_values(text, start, end)
        if not values or any(v.change is not None for v in periods):
            # 考核项目 | 2025年1-6月 | 2024年1-6月 | 同比变化(%): indicators down the side; 时间 | PM2.5 | … ¶
            # 2024年5月 | … ¶ 2023年5月 | … ¶ 同比变化(%) | …: the first period's figures, with the changes;
            # 项目 | 甲市 | 乙市 ¶ PM2.5(μg/m3) | 25 | 29: places across the top
            values = (
                indicator_row_values(text, start, end) or place_column_values(text, start, end) or periods
            )
            used = [(v.row_start, line_end(text, v.row_start)) for v in values]
        figures.extend(_indicator(text, v, years, start) for v in values)
        for a, b in used:
            chars[a:b] = " " * (b - a)
    return figures, "".join(chars) if figures else text


def _indicator(text: str, v: TableValue, years: YearIndex, table_start: int) -> Indicator:
    value_base, unit_base = to_base(Decimal(str(v.value)), *split_multiplier(v.unit))
    return Indicator(
        code=v.code,
        subject=v.subject or catalog_by_code()[v.code].name,
        value=v.value,
        unit=v.unit,
        value_base=value_base,
        unit_base=unit_base,
        year=v.year if v.year is not None else years.fallback(v.start),
        region=v.region or None,
        change=v.change,
        previous_value=None,
        ranks=(),
        record=(),
        streak_years=None,
        quote=text[v.row_start : v.end],
        start=v.row_start,
        end=v.end,
        q_no=None,
        point_no=None,
        period=_period(text, v, table_start),
    )


def _period(text: str, v: TableValue, table_start: int) -> str | None:
    """The value's period: its column's or row's, else the last one named before it (a caption's
    10月); a column of the year to date (累计) under a caption's 10月 is 1-10月."""
    if v.period is not None and v.period != CUMULATIVE:
        return v.period
    named = find_period(text, max(v.row_start - _CAPTION_REACH, table_start - _CAPTION_REACH, 0), v.start)
    if v.period == CUMULATIVE:
        month = re.fullmatch(r"(\d{1,2})月", named or "")
        return f"1-{month.group(1)}月" if month else named
    return named
