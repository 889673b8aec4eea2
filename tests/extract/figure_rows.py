"""What the form tests compare: each figure of a text as (code, value, change direction, change
value, year), generic counts left out."""

from __future__ import annotations

from scrapers.extract import extract_text

Row = tuple[str, float | None, str | None, float | None, int | None]


def figure_rows(text: str) -> list[Row]:
    """(code, value, change direction, change value, year) of every figure but a generic count."""
    return [
        (
            i.code,
            i.value,
            i.change.direction if i.change else None,
            i.change.value if i.change else None,
            i.year,
        )
        for i in extract_text(text)[0]
        if i.code != "count"
    ]


def figures(text: str) -> list[tuple[str, float | None]]:
    """(code, value) of every figure of ``text``, generic counts included."""
    return [(i.code, i.value) for i in extract_text(text)[0]]


def changes(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    """(code, value, change direction, change value) of every figure with a change."""
    return [
        (i.code, i.value, i.change.direction, i.change.value)
        for i in extract_text(text)[0]
        if i.change is not None
    ]


def placed(text: str) -> list[tuple[str, float | None, str | None]]:
    """(code, value, region) of every figure of ``text``, generic counts included."""
    return [(i.code, i.value, i.region) for i in extract_text(text)[0]]


PlacedChange = tuple[str, float | None, str | None, str | None, float | None, str | None]
DatedChange = tuple[str, float | None, str | None, int | None, str | None, float | None, str | None]


def dated_changes(text: str) -> list[DatedChange]:
    """(code, value, region, year, change direction, change value, change unit) of every figure."""
    return [
        (
            i.code,
            i.value,
            i.region,
            i.year,
            i.change.direction if i.change else None,
            i.change.value if i.change else None,
            i.change.unit if i.change else None,
        )
        for i in extract_text(text)[0]
    ]


def placed_changes(text: str) -> list[PlacedChange]:
    """(code, value, region, change direction, change value, change unit) of every figure."""
    return [(code, value, region, *change) for code, value, region, _, *change in dated_changes(text)]


def with_changes(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    """(code, value, change direction, change value) of every figure, with a change or not."""
    return [
        (i.code, i.value, i.change.direction if i.change else None, i.change.value if i.change else None)
        for i in extract_text(text)[0]
    ]
