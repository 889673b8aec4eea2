"""A richer warehouse than ``factories``: all 32 provinces, core indicators, a national figure.

Built on the factories' Jiangxi bundle; used by the view, export, report and doctor tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from models.records import EpisodeBundle, Indicator, ProvinceRef
from models.tables import SchemaVersionRow
from scrapers.provinces import default_registry
from tests.warehouse import factories as f
from warehouse.engine import open_writer
from warehouse.load import load_bundles, load_provinces
from warehouse.migrations import MIGRATIONS
from warehouse.schema import ensure_schema

NOW = datetime(2026, 1, 1, tzinfo=UTC)
HUBEI = ProvinceRef(code="420000", name="湖北省", slug="hubei")
HUBEI_URL = "https://www.mee.gov.cn/ywdt/dfnews/202503/t20250301_2.shtml"
PM25_QUOTE = "全省PM2.5平均浓度27微克/立方米"
NATIONAL_PM25_QUOTE = "全国PM2.5平均浓度29.3微克/立方米"


def province_rows() -> list[dict[str, str]]:
    """The 32 provinces as rows of the provinces table."""
    keys = ("code", "name", "short_name", "slug", "region", "department")
    return [{k: getattr(s, k) for k in keys} for s in default_registry()]


def figure(
    code: str, value: float, unit: str, quote: str, region: str = "江西省", year: int = 2024
) -> Indicator:
    """A figure like the factories' one, with another code, value, area and quote."""
    return replace(
        f.indicator(),
        code=code,
        subject=quote[:8],
        value=value,
        unit=unit,
        value_base=value,
        unit_base=unit,
        region=region,
        year=year,
        change=None,
        previous_value=None,
        ranks=(),
        record=(),
        quote=quote,
    )


def jiangxi_bundle() -> EpisodeBundle:
    """Jiangxi ⑩ with the three charted indicators, national figures and a generic amount."""
    base = f.bundle()
    extra = (
        figure("pm25_avg_concentration", 27, "μg/m³", PM25_QUOTE),
        figure("pm25_avg_concentration", 29.3, "μg/m³", NATIONAL_PM25_QUOTE, region="全国"),
        figure("good_air_days_ratio", 96.1, "%", "空气优良天数比率96.1%"),
        figure("good_air_days_ratio", 87.2, "%", "全国空气优良天数比率87.2%", region="全国"),
        figure("surface_water_good_ratio", 96.5, "%", "国考断面水质优良比例96.5%"),
        figure("money", 12.5, "亿元", "投入资金12.5亿元"),
        figure("pm25_avg_concentration", 31, "μg/m³", "南昌市PM2.5平均浓度31", region="南昌市"),
    )
    return replace(base, episode=replace(base.episode, indicators=(*base.episode.indicators, *extra)))


def older_jiangxi_bundle() -> EpisodeBundle:
    """An earlier Jiangxi episode stating a different 2024 PM2.5 (the later episode must win)."""
    base = f.bundle(series_no=5, published_at=datetime(2024, 6, 1, tzinfo=UTC))
    old = (figure("pm25_avg_concentration", 99, "μg/m³", "PM2.5平均浓度99"),)
    return replace(base, episode=replace(base.episode, indicators=old, claims=()))


def hubei_bundle() -> EpisodeBundle:
    """A Hubei episode with a PM2.5 figure, so charts have two bars."""
    base = f.bundle(series_no=12, province=HUBEI, url=HUBEI_URL, title="厅局长请回答⑫ | 湖北")
    ep = replace(
        base.episode,
        indicators=(figure("pm25_avg_concentration", 33, "μg/m³", "湖北PM2.5平均浓度33", region="湖北省"),),
        claims=(),
    )
    sources = (replace(base.sources[1], url=HUBEI_URL),)
    return replace(base, episode=ep, sources=sources, checks=())


def load_sample(engine: Engine) -> Engine:
    """Bring ``engine``'s warehouse to the current schema and load the provinces and bundles."""
    ensure_schema(engine)
    load_provinces(engine, province_rows())
    load_bundles(engine, [jiangxi_bundle(), older_jiangxi_bundle(), hubei_bundle()], run_id="r1", now=NOW)
    return engine


def build_warehouse(path: Path) -> Path:
    """Create a warehouse file at ``path`` holding the sample data."""
    load_sample(open_writer(path)).dispose()
    return path


def apply_version_1(engine: Engine) -> None:
    """A warehouse as migration 1 left it, recorded as version 1."""
    with engine.begin() as conn:
        MIGRATIONS[0].apply(conn)
        conn.execute(
            sa.insert(SchemaVersionRow.__table__).values(version=1, applied_at=NOW, description="v1")
        )
