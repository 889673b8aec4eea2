"""Loads of reference figures: per origin, idempotent, a new version replaces, all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine

from models.records import Rank
from models.reference import NATIONAL, ReferenceFigure, ReferenceSet, ReferenceSource
from scrapers.extract.catalog import load_catalog
from warehouse.reference import CURATED_ORIGIN, curated_text, load_curated, load_reference_sets, read_curated

T0 = datetime(2026, 1, 1, tzinfo=UTC)
UNITS = {e.code: (e.unit, e.unit_base) for e in load_catalog()}
SOURCE = ReferenceSource(
    "national_bulletin", "2024中国生态环境状况公报", "生态环境部", date(2025, 6, 5), None
)


def fig(code: str = "pm25_avg_concentration", value: float = 29.3, **changes: object) -> ReferenceFigure:
    base = ReferenceFigure(
        NATIONAL,
        code,
        2024,
        None,
        value,
        1,
        "μg/m³",
        value,
        "ug/m3",
        SOURCE,
        "unverified",
        ("https://m.example/a",),
    )
    return replace(base, **changes)


def stored(
    engine: Engine, sql: str = "SELECT origin, origin_version, code, value FROM reference_figures"
) -> list:
    with engine.connect() as conn:
        return sorted(tuple(r) for r in conn.exec_driver_sql(sql))


def test_loading_the_same_set_twice_changes_nothing(engine: Engine) -> None:
    page = ReferenceSet("https://www.mee.gov.cn/a.shtml", "sha1", (fig(), fig("good_air_days_ratio", 87.2)))
    assert load_reference_sets(engine, [page], now=T0) == {page.origin: "new"}
    before = stored(engine, "SELECT origin, figure_no, loaded_at FROM reference_figures")
    later = datetime(2026, 2, 1, tzinfo=UTC)
    assert load_reference_sets(engine, [page], now=later) == {page.origin: "unchanged"}
    assert stored(engine, "SELECT origin, figure_no, loaded_at FROM reference_figures") == before


def test_a_new_version_replaces_every_row_of_its_origin_and_no_other(engine: Engine) -> None:
    old = ReferenceSet(CURATED_ORIGIN, "v1", (fig(), fig("good_air_days_ratio", 87.2)))
    page = ReferenceSet("https://www.mee.gov.cn/a.shtml", "sha1", (fig(value=29.0),))
    load_reference_sets(engine, [old, page], now=T0)
    new = ReferenceSet(CURATED_ORIGIN, "v2", (fig(value=29.3),))
    assert load_reference_sets(engine, [new], now=T0) == {CURATED_ORIGIN: "replaced"}
    assert stored(engine) == [
        ("curated:figures.toml", "v2", "pm25_avg_concentration", 29.3),
        ("https://www.mee.gov.cn/a.shtml", "sha1", "pm25_avg_concentration", 29.0),
    ]


def test_changed_rows_under_an_unchanged_version_are_still_replaced(engine: Engine) -> None:
    load_reference_sets(engine, [ReferenceSet(CURATED_ORIGIN, "v1", (fig(),))], now=T0)
    result = load_reference_sets(engine, [ReferenceSet(CURATED_ORIGIN, "v1", (fig(value=30.0),))], now=T0)
    assert result == {CURATED_ORIGIN: "replaced"} and stored(engine)[0][3] == 30.0


def test_a_load_that_fails_half_way_writes_none_of_its_sets(engine: Engine) -> None:
    good = ReferenceSet("https://a.example/1", "x", (fig(),))
    broken = ReferenceSet("https://a.example/2", "y", (fig(code=None),))  # type: ignore[arg-type]
    with pytest.raises(Exception, match="NOT NULL"):
        load_reference_sets(engine, [good, broken], now=T0)
    assert stored(engine) == []


def test_ranks_and_sources_are_stored_as_native_types(engine: Engine) -> None:
    ranked = fig("better_than_class_ii_ratio", 91.7, scope_code="360000", ranks=(Rank("全国", 3),))
    load_reference_sets(engine, [ReferenceSet("o", "v", (ranked,))], now=T0)
    ((ranks, seen, published),) = stored(engine, "SELECT ranks, seen_at, published_on FROM reference_figures")
    assert ranks == [{"scope": "全国", "scope_kind": "national", "position": 3, "of_total": None}]
    assert seen == ["https://m.example/a"] and published == date(2025, 6, 5)


def test_the_shipped_file_loads_once_and_a_rerun_leaves_it_as_it_was(engine: Engine) -> None:
    assert load_curated(engine, UNITS, now=T0) == "new"
    assert load_curated(engine, UNITS, now=T0) == "unchanged"
    count = len(read_curated(curated_text(), UNITS).figures)
    assert stored(engine, "SELECT count(*), count(DISTINCT origin_version) FROM reference_figures") == [
        (count, 1)
    ]
