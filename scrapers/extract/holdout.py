"""A held-back fifth of a real set: passages looked at only to check that a change generalises.

The fifth is fixed by the passage ids alone, never by their text or labels: within each script
(``hans``, ``hant``) the passages are ordered by the SHA-256 of their id and the first fifth
(rounded to the nearest whole passage) is held back. The rest is the development part. The same
file therefore always splits the same way, and adding a passage moves at most a few others.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any, get_args

from models.choices import EvalPart

PARTS: tuple[EvalPart, ...] = get_args(EvalPart)
_BY_NAME: dict[str, EvalPart] = {part: part for part in PARTS}


def _key(passage_id: str) -> str:
    return hashlib.sha256(passage_id.encode("utf-8")).hexdigest()


def held_back_ids(rows: Sequence[dict[str, Any]]) -> frozenset[str]:
    """The ids of the held-back fifth of ``rows``, a fifth of each script."""
    by_script: dict[str, list[str]] = {}
    for row in rows:
        by_script.setdefault(str(row.get("script", "hans")), []).append(str(row["id"]))
    held: set[str] = set()
    for ids in by_script.values():
        held.update(sorted(ids, key=_key)[: round(len(ids) / 5)])
    return frozenset(held)


def part_named(name: str) -> EvalPart:
    """The part called ``name``; a ValueError naming the known parts for any other name."""
    if name not in _BY_NAME:
        raise ValueError(f"unknown part {name!r}; known parts: {', '.join(PARTS)}")
    return _BY_NAME[name]


def select(rows: Sequence[dict[str, Any]], part: EvalPart) -> list[dict[str, Any]]:
    """The rows of one part: ``all``, ``dev`` (four fifths) or ``held-back`` (one fifth)."""
    part = part_named(part)
    if part == "all":
        return list(rows)
    held = held_back_ids(rows)
    return [r for r in rows if (str(r["id"]) in held) == (part == "held-back")]
