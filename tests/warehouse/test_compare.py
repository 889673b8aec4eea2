"""v_indicator_compare, v_claims scopes and v_indicators' new columns, on a several-province warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from models.records import Change, Claim, EpisodeBundle, ProvinceRef
from tests.warehouse import factories as f
from tests.warehouse import sample_data as s
from warehouse.engine import open_writer
from warehouse.load import load_bundles, load_catalog, load_provinces
from warehouse.schema import ensure_schema

HUNAN = ProvinceRef(code="430000", name="湖南省", slug="hunan")
PM25 = "pm25_avg_concentration"
GOOD_DAYS = "good_air_days_ratio"


def catalog_row(code: str, unit_base: str, domain: str) -> dict[str, object]:
    return {
        "code": code, "name": code, "synonyms": "[]", "unit": unit_base, "unit_base": unit_base,
        "domain": domain, "min_value": None, "max_value": None, "description": code,
    }  # fmt: skip


def province_bundle(province: ProvinceRef, series_no: int, figures: tuple[Any, ...]) -> EpisodeBundle:
    url = f"https://www.mee.gov.cn/ywdt/dfnews/2025/t{province.code}.shtml"
    base = f.bundle(series_no=series_no, province=province, url=url, title=f"厅局长请回答 | {province.name}")
    claims = (
        Claim("first", "全国率先开展试点", "在全国率先开展试点", 0, 9, 1, None),
        Claim("first", "首次实现全省全覆盖", "首次实现全省全覆盖", 0, 9, 1, None),
        Claim("first", "长江流域率先建立机制", "在长江流域率先建立机制", 0, 9, 1, None),
        Claim(
            "first", "首次荣获全国环境保护科技进步二等奖", "首次荣获全国环境保护科技进步二等奖", 0, 9, 1, None
        ),
        Claim("programme", "“三服务”机制", "“三服务”机制", 0, 6, 1, None),
    )
    ep = replace(base.episode, indicators=figures, claims=claims)
    return replace(base, episode=ep, sources=(replace(base.sources[1], url=url),), checks=())


def figure(code: str, value: float, region: str, year: int = 2024, **changes: Any) -> Any:
    unit = "μg/m³" if code == PM25 else "%"
    return replace(s.figure(code, value, unit, f"{region}{code}{value}", region=region, year=year), **changes)


@pytest.fixture(scope="module")
def several() -> Iterator[Engine]:
    """Jiangxi, Hubei and Hunan report PM2.5 for 2024 (Jiangxi for 2023 too); Jiangxi states the
    national PM2.5 and good-days ratio; only Jiangxi and Hubei report the good-days ratio."""
    engine = open_writer(":memory:")
    ensure_schema(engine)
    load_provinces(engine, s.province_rows())
    load_catalog(engine, [catalog_row(PM25, "ug/m3", "air"), catalog_row(GOOD_DAYS, "%", "air")])
    jiangxi = (
        figure(PM25, 27, "江西省", change=Change("down", 10.0, "percent"), previous_value=30.0),
        figure(PM25, 31, "江西省", year=2023),
        figure(PM25, 29.3, "全国"),
        figure(GOOD_DAYS, 96.1, "江西省"),
        figure(GOOD_DAYS, 87.2, "全国"),
        figure(PM25, 35, "南昌市"),
        figure(PM25, 25, "江西省", period="1-5月"),
    )
    hubei = (figure(PM25, 33, "湖北省"), figure(GOOD_DAYS, 85.0, "湖北省"))
    hunan = (figure(PM25, 27, "湖南省"),)
    bundles = [
        province_bundle(s.f.JIANGXI, 10, jiangxi),
        province_bundle(s.HUBEI, 12, hubei),
        province_bundle(HUNAN, 7, hunan),
    ]
    load_bundles(engine, bundles, run_id="r1", now=s.NOW)
    yield engine
    engine.dispose()


def rows(engine: Engine, sql: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.exec_driver_sql(sql).mappings()]


def compare(engine: Engine, code: str, year: int = 2024) -> dict[str, dict[str, Any]]:
    got = rows(engine, f"SELECT * FROM v_indicator_compare WHERE code = '{code}' AND year = {year}")
    return {r["province_short_name"]: r for r in got}


def test_each_province_sits_beside_the_national_figure_of_the_same_code_and_year(several: Engine) -> None:
    pm25 = compare(several, PM25)
    assert set(pm25) == {"江西", "湖北", "湖南"}  # no national row, no city, no part-year figure
    assert {k: r["national_value"] for k, r in pm25.items()} == {"江西": 29.3, "湖北": 29.3, "湖南": 29.3}
    assert pm25["湖北"]["difference_from_national"] == pytest.approx(3.7)
    assert (
        pm25["江西"]["is_better_than_national"] is True and pm25["湖北"]["is_better_than_national"] is False
    )
    assert pm25["湖北"]["national_episode_key"] == "360000-010"


def test_lower_is_better_for_concentrations_and_ties_share_a_rank(several: Engine) -> None:
    pm25 = compare(several, PM25)
    assert {r["direction_good"] for r in pm25.values()} == {"lower"}
    assert {k: r["rank_among_provinces"] for k, r in pm25.items()} == {"江西": 1, "湖南": 1, "湖北": 3}
    assert {r["n_provinces_reporting"] for r in pm25.values()} == {3}


def test_higher_is_better_for_ratios_ranked_among_the_provinces_that_reported_them(several: Engine) -> None:
    days = compare(several, GOOD_DAYS)
    assert {k: (r["direction_good"], r["rank_among_provinces"]) for k, r in days.items()} == {
        "江西": ("higher", 1),
        "湖北": ("higher", 2),
    }
    assert days["湖北"]["n_provinces_reporting"] == 2 and days["湖北"]["is_better_than_national"] is False


def test_a_province_sees_its_own_previous_year_and_its_stated_change(several: Engine) -> None:
    jiangxi = compare(several, PM25)["江西"]
    assert (jiangxi["previous_year"], jiangxi["previous_year_value"]) == (2023, 31.0)
    assert jiangxi["change_from_previous_year"] == pytest.approx(-4.0)
    assert jiangxi["stated_previous_value"] == 30.0 and jiangxi["stated_change_direction"] == "down"
    assert compare(several, PM25)["湖南"]["previous_year"] is None


def test_a_year_without_a_national_figure_leaves_the_national_columns_empty(several: Engine) -> None:
    (jiangxi_2023,) = compare(several, PM25, 2023).values()
    assert jiangxi_2023["national_value"] is None and jiangxi_2023["is_better_than_national"] is None
    assert jiangxi_2023["rank_among_provinces"] == 1 and jiangxi_2023["n_provinces_reporting"] == 1


def test_v_indicators_states_domain_scope_kind_and_period(several: Engine) -> None:
    got = rows(
        several, "SELECT area, scope_kind, domain, period FROM v_indicators WHERE episode_key = '360000-010'"
    )
    kinds = {(r["area"], r["period"]): (r["scope_kind"], r["domain"]) for r in got}
    assert kinds[("全国", None)] == ("national", "air")
    assert kinds[("江西省", None)] == ("provincial", "air")
    assert kinds[("南昌市", None)] == ("city", "air")
    assert ("江西省", "1-5月") in kinds


def test_v_claims_separates_national_regional_and_provincial_firsts(several: Engine) -> None:
    got = rows(
        several,
        "SELECT text, kind, scope, scope_kind, first_marker FROM v_claims WHERE province_code = '430000'",
    )
    scopes = {r["text"]: (r["scope"], r["scope_kind"], r["first_marker"]) for r in got}
    assert scopes == {
        "全国率先开展试点": ("全国", "national", "率先"),
        "首次实现全省全覆盖": ("全省", "provincial", "首次"),
        "长江流域率先建立机制": ("区域", "regional", "率先"),
        "首次荣获全国环境保护科技进步二等奖": ("未注明", "unstated", "首次"),  # 全国 names the award
        "“三服务”机制": (None, None, None),
    }
