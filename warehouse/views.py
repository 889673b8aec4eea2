"""Analyst views: stable names (``v_*``), documented grain, comments on every column."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class View:
    name: str
    comment: str
    sql: str
    columns: dict[str, str] = field(default_factory=dict)


VIEWS: tuple[View, ...] = ()
