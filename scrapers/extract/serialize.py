"""The JSON shape of indicators and claims (``parse --json``, ``extract --json``), derived from
the records' own fields, so a field added to a record reaches the JSON without a second list."""

from __future__ import annotations

from dataclasses import asdict, fields, is_dataclass
from typing import Any

from models.records import Claim, Indicator


def _keys(record: type, after: dict[str, str] | None = None) -> tuple[str, ...]:
    """The record's field names in order, with each key of ``after`` moved behind its value."""
    names = [f.name for f in fields(record)]
    for name, anchor in (after or {}).items():
        names.remove(name)
        names.insert(names.index(anchor) + 1, name)
    return tuple(names)


# ``period`` is read with ``year`` (the year and the part of it a figure covers), so it sits there.
INDICATOR_KEYS = _keys(Indicator, after={"period": "year"})
CLAIM_KEYS = _keys(Claim)


def _plain(value: Any) -> Any:
    """Nested records become objects, tuples lists; scalars stay."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def indicator_to_json(ind: Indicator) -> dict[str, Any]:
    """An indicator with exactly its record's fields; change is an object or null."""
    return {key: _plain(getattr(ind, key)) for key in INDICATOR_KEYS}


def claim_to_json(claim: Claim) -> dict[str, Any]:
    """A claim: kind (first | programme), text, quote and where the quote sits."""
    return {key: _plain(getattr(claim, key)) for key in CLAIM_KEYS}
