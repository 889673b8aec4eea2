"""The curated reference file (``figures.toml`` beside this module), read into a ``ReferenceSet``.

Pure: text in, typed records out; every problem of the file is collected and raised at once
(``CuratedFileError``), each naming the figure or source it is about, so a bad edit is fixed in
one pass and loads nothing. The file's layout and how to maintain it: docs/reference-figures.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any

from models.records import Rank
from models.reference import (
    NATIONAL,
    SOURCE_KINDS,
    VERIFICATIONS,
    ReferenceFigure,
    ReferenceSet,
    ReferenceSource,
    decimals_of,
)

CURATED_ORIGIN = "curated:figures.toml"
CatalogUnits = Mapping[str, tuple[str, str]]  # code -> (unit, unit_base), from the indicator catalog

_SOURCE_KEYS = {"id", "kind", "title", "publisher", "published", "url", "verification", "seen_at", "note"}
_FIGURE_KEYS = {"source", "scope", "year", "period", "code", "value", "unit", "ranks", "verification",
                "seen_at", "note"}  # fmt: skip
_SCOPE = re.compile(r"\d{2}0000")
_URL = re.compile(r"https?://\S+")


class CuratedFileError(ValueError):
    """The curated file cannot be used; ``problems`` lists every one, each with where it is."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(f"{len(problems)} problem(s) in the curated reference file: " + "; ".join(problems))


def curated_text() -> str:
    """The curated file shipped with the package."""
    return resources.files(__package__).joinpath("figures.toml").read_text(encoding="utf-8")


def curated_version(text: str) -> str | None:
    """The ``version`` a curated file declares (None when it declares none or is not TOML)."""
    try:
        version = tomllib.loads(text).get("version")
    except tomllib.TOMLDecodeError:
        return None
    return version if isinstance(version, str) else None


def read_curated(text: str, units: CatalogUnits) -> ReferenceSet:
    """The file's figures, each with its source; ``units`` (the catalog) checks codes and units."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CuratedFileError([f"not TOML: {exc}"]) from exc
    problems = [f"unknown top-level key {k!r}" for k in sorted(set(data) - {"version", "source", "figure"})]
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        problems.append("`version` must be a non-empty string (bump it on every change)")
    sources = _sources(data.get("source", []), problems)
    figures = [
        f
        for n, raw in enumerate(data.get("figure", []), start=1)
        if (f := _figure(n, raw, sources, units, problems)) is not None
    ]
    problems += _duplicates(figures)
    if problems:
        raise CuratedFileError(problems)
    return ReferenceSet(CURATED_ORIGIN, str(version), tuple(figures))


def _sources(raws: list[Any], problems: list[str]) -> dict[str, tuple[ReferenceSource, str, tuple[str, ...]]]:
    """Sources by id, each with its default verification and the pages it was read on."""
    found: dict[str, tuple[ReferenceSource, str, tuple[str, ...]]] = {}
    for n, raw in enumerate(raws, start=1):
        where = f"source #{n} ({raw.get('id', '?')})"
        problems += [f"{where}: unknown key {k!r}" for k in sorted(set(raw) - _SOURCE_KEYS)]
        missing = [k for k in ("id", "kind", "title", "publisher", "verification") if not raw.get(k)]
        problems += [f"{where}: missing {k!r}" for k in missing]
        if raw.get("kind") not in SOURCE_KINDS:
            problems.append(f"{where}: kind must be one of {', '.join(SOURCE_KINDS)}")
        if raw.get("verification") not in VERIFICATIONS:
            problems.append(f"{where}: verification must be one of {', '.join(VERIFICATIONS)}")
        published = raw.get("published")
        if not isinstance(published, date) and not (published is None and raw.get("note")):
            problems.append(f"{where}: `published` must be a date (or be left out with a `note` saying why)")
        url = raw.get("url")
        if url is not None and not _URL.fullmatch(str(url)):
            problems.append(f"{where}: url must be an http(s) URL")
        seen = _urls(raw.get("seen_at", []), where, problems)
        if raw.get("id") in found:
            problems.append(f"{where}: duplicate id")
        source = ReferenceSource(
            kind=str(raw.get("kind")),
            title=str(raw.get("title", "")),
            publisher=str(raw.get("publisher", "")),
            published_on=published if isinstance(published, date) else None,
            url=str(url) if url else None,
            note=raw.get("note"),
        )
        found[str(raw.get("id"))] = (source, str(raw.get("verification")), seen)
    return found


def _figure(
    n: int,
    raw: dict[str, Any],
    sources: Mapping[str, tuple[ReferenceSource, str, tuple[str, ...]]],
    units: CatalogUnits,
    problems: list[str],
) -> ReferenceFigure | None:
    where = f"figure #{n} ({raw.get('scope', '?')} {raw.get('code', '?')} {raw.get('year', '?')})"
    before = len(problems)
    problems += [f"{where}: unknown key {k!r}" for k in sorted(set(raw) - _FIGURE_KEYS)]
    cited = sources.get(str(raw.get("source")))
    if cited is None:
        problems.append(f"{where}: cites no known source (`source` must name a [[source]] id)")
    if not _SCOPE.fullmatch(str(raw.get("scope", ""))):
        problems.append(f"{where}: scope must be {NATIONAL} or a province code such as 360000")
    year = raw.get("year")
    if not isinstance(year, int) or not 1990 <= year <= 2100:
        problems.append(f"{where}: year must be a year such as 2024")
    code = str(raw.get("code"))
    if code not in units:
        problems.append(f"{where}: code is not in the indicator catalog")
    elif raw.get("unit", units[code][0]) != units[code][0]:
        problems.append(f"{where}: unit must be the catalog unit of {code}, {units[code][0]}")
    value = _number(raw.get("value"))
    if value is None:
        problems.append(f'{where}: value must be a number written as a string, e.g. "29.3"')
    verification = raw.get("verification", cited[1] if cited else None)
    if verification not in VERIFICATIONS and (cited is not None or "verification" in raw):
        problems.append(f"{where}: verification must be one of {', '.join(VERIFICATIONS)}")
    seen = _urls(raw["seen_at"], where, problems) if "seen_at" in raw else (cited[2] if cited else ())
    if cited is not None and not (seen or cited[0].url):
        problems.append(f"{where}: neither its source's url nor any seen_at page says where it can be read")
    ranks = _ranks(raw.get("ranks", []), where, problems)
    if len(problems) > before or cited is None or value is None:
        return None
    unit, unit_base = units[code]
    return ReferenceFigure(
        scope_code=str(raw["scope"]),
        code=code,
        year=int(raw["year"]),
        period=raw.get("period"),
        value=float(value),
        decimals=decimals_of(str(raw["value"])),
        unit=unit,
        value_base=float(value),
        unit_base=unit_base,
        source=cited[0],
        verification=str(verification),
        seen_at=seen,
        ranks=ranks,
        note=raw.get("note"),
    )


def _number(raw: object) -> Decimal | None:
    if not isinstance(raw, str):
        return None
    try:
        number = Decimal(raw.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _urls(raw: object, where: str, problems: list[str]) -> tuple[str, ...]:
    urls = raw if isinstance(raw, list) else [raw]
    bad = [u for u in urls if not isinstance(u, str) or not _URL.fullmatch(u)]
    problems += [f"{where}: seen_at must list http(s) URLs, got {u!r}" for u in bad]
    return tuple(str(u) for u in urls if u not in bad)


def _ranks(raw: object, where: str, problems: list[str]) -> tuple[Rank, ...]:
    ranks = []
    for item in raw if isinstance(raw, list) else [raw]:
        if not isinstance(item, dict) or not item.get("scope") or not isinstance(item.get("position"), int):
            problems.append(f"{where}: each rank needs a scope and an integer position, got {item!r}")
            continue
        ranks.append(Rank(str(item["scope"]), int(item["position"]), item.get("of_total")))
    return tuple(ranks)


def _duplicates(figures: list[ReferenceFigure]) -> list[str]:
    seen: set[tuple[object, ...]] = set()
    problems = []
    for f in figures:
        key = (f.source.title, f.scope_code, f.code, f.year, f.period)
        if key in seen:
            problems.append(
                f"{f.scope_code} {f.code} {f.year}: stated twice for one source ({f.source.title})"
            )
        seen.add(key)
    return problems
