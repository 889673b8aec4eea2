"""Parquet exports keep DuckDB's types and carry the meaning of every column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from tests.warehouse import sample_data as s
from warehouse.engine import MEMORY, open_writer
from warehouse.export import NOT_EXPORTED, export_parquet
from warehouse.runs import start_run
from warehouse.schema import SCHEMA_VERSION
from warehouse.views import VIEWS


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample warehouse with one run in its ledger, exported to Parquet."""
    root = tmp_path_factory.mktemp("parquet")
    engine = s.load_sample(open_writer(root / "w.duckdb"))
    start_run(engine, run_id="20260101T000000Z-abcdef", mode="sample", now=s.NOW)
    engine.dispose()
    export_parquet(root / "w.duckdb", root / "out")
    return root


def duck(sql: str) -> list[tuple[Any, ...]]:
    engine = open_writer(MEMORY)
    with engine.connect() as conn:
        found = [tuple(r) for r in conn.exec_driver_sql(sql)]
    engine.dispose()
    return found


def relation_types(db: Path, relation: str) -> list[tuple[str, str]]:
    return [
        (r[0], r[1]) for r in duck(f"ATTACH '{db}' AS w (READ_ONLY); DESCRIBE SELECT * FROM w.{relation}")
    ]


@pytest.mark.parametrize(
    "relation", ["indicators", "v_indicators", "v_episodes", "v_indicator_compare", "episodes"]
)
def test_duckdb_reads_back_the_same_types_and_values_it_exported(exported: Path, relation: str) -> None:
    db, parquet = exported / "w.duckdb", exported / "out" / f"{relation}.parquet"
    assert [r[:2] for r in duck(f"DESCRIBE SELECT * FROM '{parquet}'")] == relation_types(db, relation)
    difference = duck(f"""ATTACH '{db}' AS w (READ_ONLY);
        SELECT count(*) FROM (
            (SELECT * FROM w.{relation} EXCEPT ALL SELECT * FROM '{parquet}')
            UNION ALL (SELECT * FROM '{parquet}' EXCEPT ALL SELECT * FROM w.{relation}))""")
    assert difference == [(0,)]


def test_the_native_types_survive_in_duckdb_after_the_round_trip(exported: Path) -> None:
    parquet = exported / "out" / "v_indicators.parquet"
    types = dict(r[:2] for r in duck(f"DESCRIBE SELECT * FROM '{parquet}'"))
    assert (
        types["ranks"]
        == 'STRUCT("scope" VARCHAR, scope_kind VARCHAR, "position" INTEGER, of_total INTEGER)[]'
    )
    assert types["record_flags"] == "VARCHAR[]" and types["published_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["published_date"] == "DATE"
    (rank,) = duck(f"""SELECT r.position FROM '{parquet}', unnest(ranks) AS u(r)
        WHERE r.scope = '全国' AND episode_key = '360000-010' AND indicator_no = 1""")
    assert rank == (3,)


def test_pyarrow_sees_lists_structs_china_time_and_descriptions(exported: Path) -> None:
    table = pq.read_table(exported / "out" / "v_indicators.parquet")
    schema = table.schema
    assert schema.field("ranks").type == pa.list_(
        pa.struct(
            [
                ("scope", pa.string()),
                ("scope_kind", pa.string()),
                ("position", pa.int32()),
                ("of_total", pa.int32()),
            ]
        )
    )
    assert schema.field("change").type.field("basis").type == pa.string()
    assert schema.field("published_at").type == pa.timestamp("us", tz="Asia/Shanghai")
    first = table.filter(
        pc.and_(pc.equal(table["indicator_no"], 1), pc.equal(table["episode_key"], "360000-010"))
    )
    assert first["published_at"][0].as_py().isoformat() == "2025-02-19T18:00:00+08:00"
    expected = next(v for v in VIEWS if v.name == "v_indicators").columns
    for name in table.column_names:
        assert schema.field(name).metadata[b"description"].decode() == expected[name], name


def test_every_parquet_file_carries_its_column_descriptions_as_key_value_metadata(exported: Path) -> None:
    for parquet in (exported / "out").glob("*.parquet"):
        metadata = pq.read_metadata(parquet).metadata
        names = pq.read_schema(parquet).names
        assert metadata[b"mee.relation"], parquet.stem
        assert all(metadata[f"mee.column.{n}".encode()] for n in names), parquet.stem
    kv = dict(
        duck(f"""SELECT decode(key), decode(value)
        FROM parquet_kv_metadata('{exported / "out" / "quality_checks.parquet"}')""")
    )
    assert kv["mee.column.status"] == "pass | warn | fail."


def test_the_manifest_names_the_run_the_time_the_version_the_counts_and_each_views_sql(
    exported: Path,
) -> None:
    manifest = json.loads((exported / "out" / "manifest.json").read_text())
    assert manifest["run_id"] == "20260101T000000Z-abcdef" and manifest["run"]["status"] == "running"
    assert manifest["exported_at"].endswith("+08:00") and manifest["schema_version"] == SCHEMA_VERSION
    relations = manifest["relations"]
    assert relations["v_episodes"]["rows"] == 3 and relations["provinces"]["rows"] == 32
    for view in VIEWS:
        if view.name in NOT_EXPORTED:  # v_raw_pages: its tables are exported instead
            assert view.name not in relations and manifest["not_exported"][view.name]
            continue
        assert relations[view.name]["sql"] == view.sql and relations[view.name]["description"] == view.comment
    assert "sql" not in relations["episodes"]
