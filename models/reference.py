"""Reference figures: what the official record says, with where it says it.

A ``ReferenceFigure`` is one figure of an official publication (a 生态环境状况公报, a press
release, a government's annual environment report) for one scope (the country, ``000000``, or a
province), code, year and period. Figures come in ``ReferenceSet``s: every figure of one origin,
the curated file (``warehouse/reference/figures.toml``, one version) or one crawled bulletin page
(one body). Loading a set replaces the rows of its origin (``warehouse.reference.load``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.records import Rank

NATIONAL = "000000"  # the scope code of a national figure, as in v_indicator_matrix
SOURCE_KINDS = ("national_bulletin", "provincial_bulletin", "press_release", "government_report")
# Where a figure was read: on an official (government) website, in a news organisation's report
# of the publication, or only on mirror and aggregator copies.
VERIFICATIONS = ("verified", "press", "unverified")


@dataclass(frozen=True, slots=True)
class ReferenceSource:
    """The official publication a figure cites."""

    kind: str  # one of SOURCE_KINDS
    title: str
    publisher: str
    published_on: date | None  # None only when no copy read states the date (said in ``note``)
    url: str | None  # the publication on the official site, when known
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ReferenceFigure:
    """One official figure; ``quote``/``start``/``end`` are set for figures read from a page."""

    scope_code: str  # NATIONAL or a province's GB/T 2260 code
    code: str  # indicator_catalog.code
    year: int
    period: str | None  # a part of the year (1-5月), None for the whole year
    value: float
    decimals: int  # digits after the decimal point as written: the figure's stated precision
    unit: str
    value_base: float | None
    unit_base: str | None
    source: ReferenceSource
    verification: str  # one of VERIFICATIONS
    seen_at: tuple[str, ...] = ()  # the pages the figure was read on
    ranks: tuple[Rank, ...] = ()
    note: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class ReferenceSet:
    """Every figure of one origin (the curated file, or one bulletin page) at one version."""

    origin: str
    version: str
    figures: tuple[ReferenceFigure, ...]


def decimals_of(written: str) -> int:
    """Digits after the decimal point of a number as written (``"28.0"`` → 1, ``"30"`` → 0)."""
    _, dot, fraction = written.strip().partition(".")
    return len(fraction) if dot else 0
