from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from models.records import QualityCheck
from models.tables import Base, SchemaVersionRow
from tests.warehouse.sample_data import apply_version_1
from warehouse.engine import open_writer
from warehouse.load import check_row
from warehouse.migrations import MIGRATIONS, sql_statements
from warehouse.rows import scope_kind
from warehouse.schema import SCHEMA_VERSION, current_version, ensure_schema

T0 = datetime(2025, 1, 1, tzinfo=UTC)


def live_schema(conn: Connection) -> dict[str, Any]:
    """Tables -> {column: (type, nullable, default)} and their primary keys, as DuckDB sees them."""
    columns: dict[str, dict[str, tuple[Any, ...]]] = {}
    for table, column, dtype, nullable, default in conn.exec_driver_sql("""
            SELECT table_name, column_name, data_type, is_nullable, column_default
            FROM duckdb_columns() WHERE NOT internal AND table_name IN
                (SELECT table_name FROM duckdb_tables() WHERE NOT internal)"""):
        columns.setdefault(table, {})[column] = (dtype, nullable, default)
    keys = {
        table: tuple(names)
        for table, names in conn.exec_driver_sql(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY'"
        )
    }
    return {"columns": columns, "primary_keys": keys}


def insert_version_1_rows(conn: Connection) -> None:
    conn.exec_driver_sql("""INSERT INTO provinces VALUES
        ('360000', '江西省', '江西', 'jiangxi', '中部', '江西省生态环境厅')""")
    conn.exec_driver_sql("""INSERT INTO raw_pages VALUES
        ('https://www.mee.gov.cn/ywdt/dfnews/202502/t1.shtml', 'aa', 'u', 200, '{}', 'utf-8', 'x'::BLOB,
         'mee', TIMESTAMPTZ '2025-01-01 00:00:00+00', 'r1'),
        ('https://www.mee.gov.cn/ywdt/dfnews/', 'bb', 'u', 200, '{}', 'utf-8', 'y'::BLOB,
         'mee', TIMESTAMPTZ '2025-01-01 00:00:00+00', 'r1'),
        ('https://www.mee.gov.cn/ywdt/dfnews/index_2.shtml', 'cc', 'u', 200, '{}', 'utf-8', 'z'::BLOB,
         'mee', TIMESTAMPTZ '2025-01-01 00:00:00+00', 'r1')""")
    conn.exec_driver_sql("""INSERT INTO episodes (episode_key, province_code, series_no, title, script,
        source, best_url, body_text, original_body, parser_version, raw_sha256, content_hash,
        first_seen, last_updated) VALUES ('360000-010', '360000', 10, 't', 'hans', 'mee', 'u', 'b', 'b',
        '0.9', 'aa', 'h', TIMESTAMPTZ '2025-01-01 00:00:00+00', TIMESTAMPTZ '2025-01-01 00:00:00+00')""")
    conn.exec_driver_sql("INSERT INTO questions VALUES ('360000-010', 1, 'highlights', '问', '答')")


def test_a_migrated_warehouse_has_exactly_the_schema_the_models_declare() -> None:
    migrated, declared = open_writer(":memory:"), open_writer(":memory:")
    ensure_schema(migrated)
    Base.metadata.create_all(declared)
    with migrated.connect() as a, declared.connect() as b:
        assert live_schema(a) == live_schema(b)
    # numbers are pre-assigned per branch, so a branch may hold 1-4 and 9: one row per migration
    assert current_version_of(migrated) == SCHEMA_VERSION == MIGRATIONS[-1].version


def current_version_of(engine: Engine) -> int | None:
    with engine.connect() as conn:
        return current_version(conn)


def test_a_version_1_warehouse_upgrades_in_place_and_keeps_its_data(tmp_path: Path) -> None:
    engine = open_writer(tmp_path / "old.duckdb")
    apply_version_1(engine)
    with engine.begin() as conn:
        insert_version_1_rows(conn)
    assert ensure_schema(engine) == SCHEMA_VERSION
    with engine.connect() as conn:
        kinds = dict(conn.exec_driver_sql("SELECT sha256, kind FROM raw_pages").fetchall())
        assert kinds == {"aa": "article", "bb": "listing", "cc": "listing"}
        assert conn.exec_driver_sql("SELECT answer FROM questions").scalar() == "答"
        assert conn.exec_driver_sql("SELECT n_questions FROM v_episodes").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM indicators").scalar() == 0
        versions = [r[0] for r in conn.exec_driver_sql("SELECT version FROM schema_version ORDER BY 1")]
    assert versions == [m.version for m in MIGRATIONS] and versions[-1] == SCHEMA_VERSION
    engine.dispose()


def test_a_warehouse_created_before_migration_1_was_frozen_also_upgrades() -> None:
    engine = open_writer(":memory:")
    Base.metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(
            sa.insert(SchemaVersionRow.__table__).values(version=1, applied_at=T0, description="old")
        )
    assert ensure_schema(engine) == SCHEMA_VERSION
    assert current_version_of(engine) == SCHEMA_VERSION


def test_migration_files_split_into_statements_without_their_comments() -> None:
    text = "-- a comment; with a semicolon\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (y INT);\n"
    assert sql_statements(text) == ["CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)"]


def warehouse_at(version: int) -> Engine:
    """An in-memory warehouse migrated up to ``version`` only, and recorded as such."""
    engine = open_writer(":memory:")
    with engine.begin() as conn:
        for migration in MIGRATIONS[:version]:
            migration.apply(conn)
        conn.execute(
            sa.insert(SchemaVersionRow.__table__),
            [
                {"version": m.version, "applied_at": T0, "description": m.description}
                for m in MIGRATIONS[:version]
            ],
        )
    return engine


def test_a_version_2_warehouse_keeps_its_figures_and_gains_original_offsets() -> None:
    engine = warehouse_at(2)
    with engine.begin() as conn:
        conn.exec_driver_sql("""INSERT INTO indicators (episode_key, indicator_no, code, subject, value, unit,
            ranks_json, record_flags, quote, start_offset, end_offset)
            VALUES ('360000-010', 1, 'pm25_avg_concentration', 'PM2.5平均浓度', 27, '微克/立方米', '[]', '[]',
                    'PM2.5平均浓度27微克/立方米', 0, 18)""")
    assert ensure_schema(engine) == SCHEMA_VERSION
    with engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT value, quote, original_start_offset, original_end_offset FROM indicators"
        ).one()
    assert tuple(row) == (27.0, "PM2.5平均浓度27微克/立方米", None, None)


def version_4_warehouse() -> Engine:
    """A warehouse at schema version 4 (JSON ranks and flags, three change columns), with figures."""
    engine = warehouse_at(4)
    with engine.begin() as conn:
        conn.exec_driver_sql("""INSERT INTO indicators (episode_key, indicator_no, code, subject, value, unit,
            change_direction, change_value, change_unit, ranks_json, record_flags, quote, start_offset, end_offset)
            VALUES ('360000-010', 1, 'better_than_class_ii_ratio', '好于Ⅱ类', 91.7, '%', 'up', 4.6,
                    'percentage_point', '[{"scope": "全国", "position": 3}, {"scope": "中部", "position": 1}]',
                    '["首次超过"]', 'q', 0, 1),
                   ('360000-010', 2, 'count', '个数', 5, '项', NULL, NULL, NULL,
                    '[{"scope": "全省", "position": 2}, {"scope": "南昌市", "position": 1}]', '[]', 'q', 1, 2)""")
    return engine


def test_a_version_4_warehouse_converts_json_ranks_flags_and_changes_to_native_types() -> None:
    engine = version_4_warehouse()
    assert ensure_schema(engine) == SCHEMA_VERSION
    with engine.connect() as conn:
        types = dict(
            conn.exec_driver_sql(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'indicators'"
            ).fetchall()
        )
        got = conn.exec_driver_sql(
            "SELECT change, ranks, record_flags, period FROM indicators ORDER BY indicator_no"
        ).fetchall()
    assert (
        types["ranks"]
        == 'STRUCT("scope" VARCHAR, scope_kind VARCHAR, "position" INTEGER, of_total INTEGER)[]'
    )
    assert types["record_flags"] == "VARCHAR[]"
    assert types["change"] == 'STRUCT(direction VARCHAR, "value" DOUBLE, unit VARCHAR, basis VARCHAR)'
    assert "ranks_json" not in types and "change_direction" not in types
    first, second = got
    assert first[0] == {"direction": "up", "value": 4.6, "unit": "percentage_point", "basis": None}
    assert [(r["scope"], r["scope_kind"], r["position"]) for r in first[1]] == [
        ("全国", "national", 3),
        ("中部", "regional", 1),
    ]
    assert first[2] == ["首次超过"] and first[3] is None
    assert second[0] is None and second[2] == []
    assert [(r["scope"], r["scope_kind"]) for r in second[1]] == [("全省", "provincial"), ("南昌市", "city")]


def test_a_version_9_warehouse_frees_value_and_unit_and_keeps_only_the_change_of_old_change_rows() -> None:
    engine = warehouse_at(9)
    with engine.begin() as conn:
        conn.exec_driver_sql("""INSERT INTO indicators (episode_key, indicator_no, code, subject, value, unit,
            value_base, unit_base, change, ranks, record_flags, quote, start_offset, end_offset)
            VALUES ('360000-010', 1, 'pm25_avg_concentration', 'PM2.5平均浓度', 27, '微克/立方米', 27, 'ug/m3',
                    NULL, [], [], 'PM2.5平均浓度27微克/立方米', 0, 18),
                   ('360000-010', 2, 'change', '二氧化碳排放', 3.4, '%', 3.4, '%',
                    {'direction': 'down', 'value': 3.4, 'unit': 'percent', 'basis': 'yoy'}, [], [],
                    '二氧化碳排放同比下降3.4%', 19, 32)""")
    assert ensure_schema(engine) == SCHEMA_VERSION
    with engine.begin() as conn:
        got = conn.exec_driver_sql(
            "SELECT value, unit, value_base, unit_base, change.value FROM indicators ORDER BY indicator_no"
        ).fetchall()
        conn.exec_driver_sql("""INSERT INTO indicators (episode_key, indicator_no, code, subject, value, unit,
            change, ranks, record_flags, quote, start_offset, end_offset)
            VALUES ('360000-010', 3, 'pm10_avg_concentration', 'PM10', NULL, NULL,
                    {'direction': 'down', 'value': 5.0, 'unit': 'percent', 'basis': 'yoy'}, [], [], 'q', 33, 40)""")
    assert [tuple(r) for r in got] == [
        (27.0, "微克/立方米", 27.0, "ug/m3", None),
        (None, None, None, None, 3.4),
    ]


def test_the_migration_classifies_rank_scopes_as_the_loader_does() -> None:
    """Migration 005 freezes warehouse.rows.scope_kind in SQL: both must agree on every kind of scope."""
    scopes = [
        "全国",
        "全国重点城市",
        "中部",
        "长江经济带",
        "汾渭平原",
        "全省",
        "全区",
        "南昌市",
        "恩施州",
        "同类",
    ]
    engine = warehouse_at(4)
    with engine.begin() as conn:
        ranks = json.dumps([{"scope": s, "position": 1} for s in scopes], ensure_ascii=False)
        conn.exec_driver_sql(
            "INSERT INTO indicators (episode_key, indicator_no, code, subject, value, unit, ranks_json, "
            "record_flags, quote, start_offset, end_offset) VALUES ('k', 1, 'c', 's', 1, '%', ?, '[]', 'q', 0, 1)",
            (ranks,),
        )
        MIGRATIONS[4].apply(conn)
        (migrated,) = conn.exec_driver_sql("SELECT ranks FROM indicators").one()
    assert [r["scope_kind"] for r in migrated] == [scope_kind(s) for s in scopes]
    assert [scope_kind(s) for s in scopes] == [
        "national", "national", "regional", "regional", "regional",
        "provincial", "provincial", "city", "city", "other",
    ]  # fmt: skip


def test_a_version_13_warehouse_gives_each_old_cross_source_check_the_episode_it_quotes() -> None:
    engine = warehouse_at(13)
    with engine.begin() as conn:
        conn.exec_driver_sql("""INSERT INTO indicators (episode_key, indicator_no, code, subject, value, unit,
            ranks, record_flags, quote, start_offset, end_offset)
            VALUES ('360000-010', 1, 'pm25_avg_concentration', 'PM2.5', 27, '微克/立方米', [], [],
                    'PM2.5平均浓度27微克/立方米', 0, 18)""")
        conn.exec_driver_sql("""INSERT INTO quality_checks VALUES
            ('old-1', NULL, 'cross_source', 'fail', 'pm25_avg_concentration', '2024 None: a = 27; b = 28',
             'PM2.5平均浓度27微克/立方米', 'r1'),
            ('old-2', NULL, 'cross_source', 'pass', 'pm25_avg_concentration', '2023 None: a = 30; b = 30',
             'PM2.5平均浓度30微克/立方米', 'r1'),
            ('kept', '360000-010', 'plausible_range', 'pass', 'pm25_avg_concentration', '27 in [0, 500]',
             NULL, 'r1')""")
    assert ensure_schema(engine) == SCHEMA_VERSION
    with engine.connect() as conn:
        got = conn.exec_driver_sql(
            "SELECT check_id, episode_key, detail FROM quality_checks ORDER BY detail"
        ).fetchall()
        indexed = conn.exec_driver_sql(
            "SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'quality_checks' "
            "AND constraint_type = 'PRIMARY KEY'"
        ).scalar()
    attributed = check_row(
        QualityCheck(
            "cross_source", "fail", "360000-010", "pm25_avg_concentration", "2024 None: a = 27; b = 28"
        ),
        "r1",
    )
    assert [tuple(r) for r in got] == [
        ("old-2", None, "2023 None: a = 30; b = 30"),  # no episode quotes it: left as it was
        (attributed["check_id"], "360000-010", "2024 None: a = 27; b = 28"),
        ("kept", "360000-010", "27 in [0, 500]"),
    ]
    assert indexed == 0
