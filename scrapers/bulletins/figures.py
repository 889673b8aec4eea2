"""A bulletin's main text into reference figures, by the same extractor that reads interviews (pure).

``scrapers.extract.extract_text`` finds the indicators; a figure is kept when its code is a
catalog indicator (not a generic one such as money or count), it has a year, and its area is the
bulletin's own scope: 全国 for the national record, the province (its name, or 全省/全区/全市, or
no area at all) for a provincial one. A city's or a basin's figure is left out: the record holds
national and provincial figures. The first figure of each (scope, code, year, period) is kept.
Quotes and offsets index the normalised main text (``extract_text``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

from models.records import Indicator
from models.reference import NATIONAL, ReferenceFigure, ReferenceSource, decimals_of
from scrapers.extract import extract_text
from scrapers.extract.catalog import catalog_by_code
from scrapers.provinces import Registry

_OWN_AREA = ("全省", "全区", "全市", "本省", "全域")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def bulletin_figures(
    text: str,
    *,
    scope_code: str,
    source: ReferenceSource,
    verification: str,
    seen_at: str,
    registry: Registry,
) -> tuple[ReferenceFigure, ...]:
    """The figures of a bulletin's main ``text`` whose scope is the bulletin's (see the module docstring)."""
    indicators, _ = extract_text(text)
    kept: dict[tuple[str, str, int, str | None], ReferenceFigure] = {}
    for ind, scope in _scoped(indicators, scope_code, registry):
        assert ind.year is not None
        key = (scope, ind.code, ind.year, ind.period)
        if key in kept or ind.value is None or ind.unit is None:
            continue  # a change-only statement states no figure to record
        kept[key] = ReferenceFigure(
            scope_code=scope,
            code=ind.code,
            year=ind.year,
            period=ind.period,
            value=ind.value,
            decimals=written_decimals(ind.quote, ind.value),
            unit=ind.unit,
            value_base=ind.value_base,
            unit_base=ind.unit_base,
            source=source,
            verification=verification,
            seen_at=(seen_at,),
            ranks=ind.ranks,
            quote=ind.quote,
            start=ind.start,
            end=ind.end,
        )
    return tuple(kept.values())


def _scoped(
    indicators: tuple[Indicator, ...], scope_code: str, registry: Registry
) -> Iterator[tuple[Indicator, str]]:
    """Each catalog figure with a year, with the scope its area stands for (others left out)."""
    catalog = catalog_by_code()
    for ind in indicators:
        entry = catalog.get(ind.code)
        if entry is None or entry.generic or ind.year is None:
            continue
        scope = _scope_of(ind.region, scope_code, registry)
        if scope == scope_code:
            yield ind, scope


def _scope_of(region: str | None, page_scope: str, registry: Registry) -> str | None:
    if region is None or region in _OWN_AREA:
        return page_scope
    if region == "全国":
        return NATIONAL
    unit = next((u for u in registry if region in (u.name, u.short_name)), None)
    return unit.code if unit is not None else None


def written_decimals(quote: str, value: float) -> int:
    """Digits after the point of ``value`` as the quote writes it (27.0 in "为27.0%" → 1)."""
    for m in _NUMBER.finditer(quote):
        try:
            if Decimal(m.group()) == Decimal(str(value)):
                return decimals_of(m.group())
        except InvalidOperation:
            continue
    return 0 if value == int(value) else decimals_of(repr(value))
