"""v_fact_check, v_reference_figures and v_indicator_compare's national fallback, on hand-built
episodes and reference figures (not the shipped file, so every expectation is set here)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from models.records import Change, Indicator, Rank
from models.reference import NATIONAL, ReferenceFigure, ReferenceSet, ReferenceSource
from tests.warehouse import factories as f
from tests.warehouse import sample_data as s
from warehouse.engine import open_writer
from warehouse.load import load_bundles, load_provinces
from warehouse.reference import load_reference_sets
from warehouse.schema import ensure_schema

PM25, GOOD, WATER, CLASS_II = (
    "pm25_avg_concentration",
    "good_air_days_ratio",
    "surface_water_good_ratio",
    "better_than_class_ii_ratio",
)
JIANGXI = "360000"
BULLETIN = ReferenceSource(
    "national_bulletin", "2024中国生态环境状况公报", "生态环境部", date(2025, 6, 5), None
)
REPORT = ReferenceSource(
    "government_report", "江西省人民政府关于2024年度环境状况的报告", "江西省人民政府", date(2025, 3, 25), None
)


def ref(scope: str, code: str, value: float, year: int = 2024, **changes: Any) -> ReferenceFigure:
    unit, base = ("μg/m³", "ug/m3") if code == PM25 else ("%", "%")
    written = str(value)
    decimals = 0 if written.endswith(".0") else len(written.split(".")[1])
    source = BULLETIN if scope == NATIONAL else REPORT
    fig = ReferenceFigure(
        scope, code, year, None, value, decimals, unit, value, base, source, "press", ("https://n/a",)
    )
    return replace(fig, **changes)


def figure(code: str, value: float, region: str = "江西省", year: int = 2024, **changes: Any) -> Indicator:
    unit = "μg/m³" if code == PM25 else "%"
    return replace(s.figure(code, value, unit, f"{region}{code}{value}", region=region, year=year), **changes)


EPISODE = (
    figure(PM25, 27, ranks=(Rank("中部", 1),)),  # 1: consistent, rank consistent, better than 29.3
    figure(GOOD, 96.1),  # 2: the record says 95.5
    figure(WATER, 97.7, ranks=(Rank("全国", 2),)),  # 3: consistent; the record ranks nothing
    figure(CLASS_II, 91.7, ranks=(Rank("全国", 3), Rank("中部六省", 1))),  # 4: 全国 is 2 in the record
    figure(PM25, 29, region="全国"),  # 5: a national figure, 29 against 29.3: rounding
    figure(PM25, 30, region="全国", year=2022),  # 6: 30 against 29: differs
    figure(PM25, 31, region="南昌市"),  # 7: a city: no reference
    figure("money", 12.5),  # 8: generic: not checked
    figure(PM25, 25, period="1-5月"),  # 9: part of a year: the record has the whole year only
    figure(GOOD, 90.0, year=2019),  # 10: no Jiangxi 2019 figure, but a national one
    s.change_only(PM25, "江西省PM2.5浓度同比下降7.1%", "江西省", Change("down", 7.1, "percent")),  # 11
)
RECORD = (
    ref(NATIONAL, PM25, 29.3),
    ref(NATIONAL, GOOD, 87.2),
    ref(NATIONAL, WATER, 90.4),
    ref(NATIONAL, PM25, 29.0, year=2022),
    ref(NATIONAL, GOOD, 82.0, year=2019),
    ref(JIANGXI, PM25, 27.0, ranks=(Rank("中部", 1),)),
    ref(JIANGXI, GOOD, 95.5),
    ref(JIANGXI, WATER, 97.7),
    ref(JIANGXI, CLASS_II, 91.7, ranks=(Rank("中部", 1), Rank("全国", 2))),
)


@pytest.fixture(scope="module")
def checked() -> Iterator[Engine]:
    engine = open_writer(":memory:")
    ensure_schema(engine)
    load_provinces(engine, s.province_rows())
    base = f.bundle()
    bundle = replace(base, episode=replace(base.episode, indicators=EPISODE))
    load_bundles(engine, [bundle], run_id="r1", now=s.NOW)
    load_reference_sets(engine, [ReferenceSet("curated:test", "v1", RECORD)], now=s.NOW)
    yield engine
    engine.dispose()


def rows(engine: Engine, sql: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.exec_driver_sql(sql).mappings()]


@pytest.fixture(scope="module")
def by_no(checked: Engine) -> dict[int, dict[str, Any]]:
    return {r["indicator_no"]: r for r in rows(checked, "SELECT * FROM v_fact_check")}


def test_every_catalog_figure_is_checked_and_generic_ones_are_left_out(by_no: dict[int, dict]) -> None:
    assert set(by_no) == {1, 2, 3, 4, 5, 6, 7, 9, 10, 11}


def test_a_change_only_statement_is_not_compared_with_the_record(by_no: dict[int, dict]) -> None:
    """江西省PM2.5浓度同比下降7.1% states no value: the record's 27.0 is shown, nothing differs."""
    change = by_no[11]
    assert (change["value"], change["reference_value"], change["verdict"]) == (None, 27.0, "change_only")
    assert change["difference"] is None and change["tolerance"] is None
    assert change["better_than_national"] is None


def test_a_provincial_figure_agreeing_with_its_province_record_is_consistent(by_no: dict[int, dict]) -> None:
    pm25 = by_no[1]
    assert (pm25["reference_scope_code"], pm25["reference_value"], pm25["verdict"]) == (
        JIANGXI,
        27.0,
        "consistent",
    )
    assert pm25["difference"] == 0 and pm25["tolerance"] == pytest.approx(0.5)
    assert pm25["reference_title"] == REPORT.title and pm25["reference_verification"] == "press"


def test_figures_that_disagree_beyond_their_stated_precision_differ(by_no: dict[int, dict]) -> None:
    good = by_no[2]
    assert (good["reference_value"], good["verdict"]) == (95.5, "differs")
    assert good["difference"] == pytest.approx(0.6) and good["tolerance"] == pytest.approx(0.05)
    assert by_no[6]["verdict"] == "differs" and by_no[6]["difference"] == pytest.approx(1.0)


def test_a_rounder_figure_is_consistent_within_its_own_precision(by_no: dict[int, dict]) -> None:
    national = by_no[5]  # 29 said, 29.3 published: half a unit of the coarser figure is 0.5
    assert (national["reference_scope_code"], national["verdict"]) == (NATIONAL, "consistent")
    assert national["national_value"] is None and national["better_than_national"] is None


def test_cities_parts_of_a_year_and_unrecorded_years_have_no_reference(by_no: dict[int, dict]) -> None:
    assert (by_no[7]["scope_kind"], by_no[7]["reference_scope_code"], by_no[7]["verdict"]) == (
        "city",
        None,
        "no_reference",
    )
    assert by_no[9]["period"] == "1-5月" and by_no[9]["verdict"] == "no_reference"
    assert by_no[10]["verdict"] == "no_reference" and by_no[10]["reference_value"] is None


def test_each_provincial_figure_sits_beside_the_national_record_in_its_good_direction(
    by_no: dict[int, dict],
) -> None:
    assert (by_no[1]["national_value"], by_no[1]["direction_good"], by_no[1]["better_than_national"]) == (
        29.3,
        "lower",
        True,
    )
    assert by_no[1]["difference_from_national"] == pytest.approx(-2.3)
    assert (by_no[2]["national_value"], by_no[2]["better_than_national"]) == (87.2, True)
    assert (by_no[3]["national_value"], by_no[3]["national_title"]) == (90.4, BULLETIN.title)
    assert by_no[10]["national_value"] == 82.0 and by_no[10]["better_than_national"] is True
    assert by_no[4]["national_value"] is None and by_no[4]["better_than_national"] is None


def test_stated_ranks_are_checked_against_the_ranks_the_record_states(by_no: dict[int, dict]) -> None:
    assert (by_no[1]["rank_verdict"], by_no[1]["n_ranks_checked"]) == ("consistent", 1)
    assert (by_no[4]["rank_verdict"], by_no[4]["n_ranks_checked"]) == ("differs", 2)  # 中部六省 is 中部
    assert by_no[3]["rank_verdict"] == "no_reference"
    assert by_no[2]["rank_verdict"] is None and by_no[2]["stated_ranks"] == []


def test_the_preferred_reference_is_the_best_read_then_a_bulletin_then_the_latest(engine: Engine) -> None:
    release = replace(BULLETIN, kind="press_release", title="新闻发布会", published_on=date(2025, 1, 20))
    older = replace(BULLETIN, title="2024中国生态环境状况公报（摘要）", published_on=date(2025, 6, 1))
    record = (
        ref(NATIONAL, PM25, 29.0, source=release, verification="unverified"),
        ref(NATIONAL, PM25, 29.2, source=release),
        ref(NATIONAL, PM25, 29.3, source=BULLETIN),
        ref(NATIONAL, PM25, 29.4, source=older),
    )
    load_reference_sets(engine, [ReferenceSet("o", "v", record)], now=s.NOW)
    got = rows(
        engine,
        "SELECT value, is_preferred, n_sources, n_distinct_values, scope_name FROM v_reference_figures",
    )
    assert [r["value"] for r in got if r["is_preferred"]] == [29.3]
    assert {(r["n_sources"], r["n_distinct_values"], r["scope_name"]) for r in got} == {(4, 4, "全国")}


def test_the_national_value_of_the_comparison_falls_back_to_the_record(checked: Engine) -> None:
    compare = {r["code"]: r for r in rows(checked, "SELECT * FROM v_indicator_compare WHERE year = 2024")}
    water = compare[WATER]
    assert (water["national_value"], water["national_value_origin"]) == (90.4, "reference")
    assert water["national_source_title"] == BULLETIN.title and water["is_better_than_national"] is True
    assert (
        water["difference_from_national"] == pytest.approx(7.3)
        and water["national_source_url"] == "https://n/a"
    )
    pm25 = compare[PM25]  # an episode states the national PM2.5: it wins over the record
    assert (pm25["national_value"], pm25["national_value_origin"]) == (29.0, "episode")
    assert compare[CLASS_II]["national_value"] is None and compare[CLASS_II]["national_value_origin"] is None


def test_a_warehouse_with_no_reference_figures_checks_nothing(engine: Engine) -> None:
    load_provinces(engine, s.province_rows())
    load_bundles(engine, [f.bundle()], run_id="r1", now=s.NOW)
    got = rows(engine, "SELECT verdict, national_value FROM v_fact_check")
    assert got == [{"verdict": "no_reference", "national_value": None}]


def test_loaded_at_is_the_load_time(checked: Engine) -> None:
    got = rows(checked, "SELECT DISTINCT loaded_at FROM reference_figures")
    assert [r["loaded_at"].astimezone(UTC) for r in got] == [datetime(2026, 1, 1, tzinfo=UTC)]
