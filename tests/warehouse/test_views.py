from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from scrapers.extract.catalog import load_catalog
from tests.warehouse import sample_data as s
from warehouse.engine import open_writer
from warehouse.views import VIEWS


@pytest.fixture(scope="module")
def sample() -> Iterator[Engine]:
    """An in-memory warehouse holding the sample data (read only: shared by the module)."""
    engine = s.load_sample(open_writer(":memory:"))
    yield engine
    engine.dispose()


def rows(engine: Engine, sql: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.exec_driver_sql(sql).mappings()]


def test_every_view_column_has_a_comment_and_every_comment_a_column(engine: Engine) -> None:
    for view in VIEWS:
        live = [
            r["column_name"]
            for r in rows(
                engine,
                f"""
            SELECT column_name FROM duckdb_columns()
            WHERE table_name = '{view.name}' ORDER BY column_index""",
            )
        ]
        assert live == list(view.columns), view.name
        assert all(comment.strip() for comment in view.columns.values()), view.name


def test_every_view_is_named_v_and_states_its_grain() -> None:
    for view in VIEWS:
        assert view.name.startswith("v_") and view.grain and "Grain:" in view.comment


def test_v_episodes_has_one_row_per_episode_with_sources_counted(sample: Engine) -> None:
    got = {r["episode_key"]: r for r in rows(sample, "SELECT * FROM v_episodes")}
    assert set(got) == {"360000-010", "360000-005", "420000-012"}
    jiangxi = got["360000-010"]
    assert jiangxi["province_name"] == "江西省" and jiangxi["region"] == "中部"
    assert jiangxi["n_sources"] == 2 and jiangxi["is_removed"] is False
    assert str(jiangxi["published_date"]) == "2025-02-19"


def test_v_indicators_extracts_national_and_regional_ranks(sample: Engine) -> None:
    (first,) = rows(
        sample, "SELECT * FROM v_indicators WHERE episode_key = '360000-010' AND indicator_no = 1"
    )
    assert first["national_rank"] == 3 and first["regional_rank"] == 1 and first["is_record"] is True
    assert first["source_url"] == s.f.WECHAT_URL and first["quote"].startswith("好于Ⅱ类")


def test_the_matrix_keeps_the_latest_published_value_per_province_year_and_code(sample: Engine) -> None:
    got = rows(
        sample,
        """
        SELECT province_code, value, n_candidates FROM v_indicator_matrix
        WHERE code = 'pm25_avg_concentration' AND year = 2024 ORDER BY province_code""",
    )
    assert got == [
        {"province_code": "000000", "value": 29.3, "n_candidates": 1},
        {"province_code": "360000", "value": 27.0, "n_candidates": 2},
        {"province_code": "420000", "value": 33.0, "n_candidates": 1},
    ]


def test_a_change_only_statement_keeps_its_change_in_v_indicators_but_fills_no_matrix_cell(
    sample: Engine,
) -> None:
    (stated,) = rows(sample, f"SELECT * FROM v_indicators WHERE quote = '{s.HUBEI_CHANGE_QUOTE}'")
    assert (stated["code"], stated["value"], stated["unit"], stated["value_base"]) == (
        "pm25_avg_concentration",
        None,
        None,
        None,
    )
    assert (stated["change_direction"], stated["change_value"], stated["change_unit"]) == (
        "down",
        5.7,
        "percent",
    )
    # the change-only statement comes first in the Hubei body, yet the cell holds the stated 33
    (cell,) = rows(
        sample,
        "SELECT value, quote, n_candidates FROM v_indicator_matrix "
        "WHERE province_code = '420000' AND code = 'pm25_avg_concentration' AND year = 2024",
    )
    assert cell == {"value": 33.0, "quote": "湖北PM2.5平均浓度33", "n_candidates": 1}


def test_the_matrix_leaves_out_generic_codes_and_city_figures(sample: Engine) -> None:
    codes = {r["code"] for r in rows(sample, "SELECT DISTINCT code FROM v_indicator_matrix")}
    assert "money" not in codes and "better_than_class_ii_ratio" in codes
    quotes = {r["quote"] for r in rows(sample, "SELECT quote FROM v_indicator_matrix")}
    assert not any("南昌" in q for q in quotes)


def test_the_matrix_excludes_exactly_the_catalogs_generic_codes(engine: Engine) -> None:
    sql = next(v.sql for v in VIEWS if v.name == "v_indicator_matrix")
    assert "is_core_code(i.code)" in sql
    with engine.connect() as conn:
        for entry in load_catalog():
            core = conn.exec_driver_sql("SELECT is_core_code(?)", (entry.code,)).scalar()
            assert core is not entry.generic, entry.code


def test_v_province_coverage_lists_all_32_provinces_with_missing_flags(sample: Engine) -> None:
    got = {r["province_code"]: r for r in rows(sample, "SELECT * FROM v_province_coverage")}
    assert len(got) == 32
    assert got["360000"]["n_episodes"] == 2 and got["360000"]["latest_series_no"] == 10
    assert got["110000"]["is_missing"] is True and got["110000"]["n_episodes"] == 0


def test_v_qa_and_v_claims_carry_text_points_and_source(sample: Engine) -> None:
    qa = rows(sample, "SELECT * FROM v_qa WHERE episode_key = '360000-010'")
    assert qa[0]["n_points"] == 1 and "PM2.5" in qa[0]["answer"]
    (claim,) = rows(sample, "SELECT * FROM v_claims")
    assert claim["topic"] == "highlights" and claim["source_url"] == s.f.WECHAT_URL


def test_timestamps_are_shown_in_china_time_beside_their_china_date(sample: Engine) -> None:
    (row,) = rows(
        sample,
        "SELECT published_at, published_date FROM v_indicators WHERE indicator_no = 1 AND series_no = 10",
    )
    assert row["published_at"].isoformat() == "2025-02-19T18:00:00+08:00"
    assert str(row["published_date"]) == "2025-02-19"
