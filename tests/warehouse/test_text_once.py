"""The episode text stored once: answers and points are spans of episodes.body_text, and the
views, the Parquet export and an upgraded warehouse give every text back unchanged."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from models.records import EpisodeBundle, PageStatus, SourceFamily
from models.tables import SchemaVersionRow
from scrapers.merge import merge_parsed
from scrapers.parse import parse_document
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import SAMPLE_PAGES
from tests.warehouse import factories as f
from warehouse.engine import open_writer
from warehouse.export import export_parquet
from warehouse.load import load_bundles
from warehouse.migrations import MIGRATIONS
from warehouse.rows import point_rows, question_rows
from warehouse.schema import ensure_schema
from warehouse.text_spans import rebuilt, spans_in

NOW = datetime(2026, 1, 1, tzinfo=UTC)
WECHAT_URL = "https://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMA==&mid=2650001010&idx=1"


def jiangxi() -> EpisodeBundle:
    """The real Jiangxi ⑩ sample page, parsed."""
    data = (SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes()
    parsed = parse_document(data, WECHAT_URL, registry=default_registry(), family=SourceFamily.WECHAT)
    assert parsed.status == PageStatus.OK
    [bundle] = merge_parsed([parsed], ("wechat",))
    return bundle


def rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).all()]


def test_each_answer_of_the_real_episode_is_one_span_of_its_body_that_gives_it_back() -> None:
    bundle = jiangxi()
    body = bundle.episode.body_text
    for q, row in zip(bundle.episode.questions, question_rows(bundle), strict=True):
        spans = [(s["start_offset"], s["end_offset"]) for s in row["answer_spans"]]
        assert row["answer"] is None and len(spans) == 1
        assert rebuilt(body, spans) == q.answer


def test_each_point_is_an_offset_pair_into_the_body() -> None:
    bundle = jiangxi()
    body = bundle.episode.body_text
    points = [p for q in bundle.episode.questions for p in q.points]
    assert len(points) == 11
    for p, row in zip(points, point_rows(bundle), strict=True):
        assert row["text"] is None and body[row["start_offset"] : row["end_offset"]] == p.text


def test_answer_lines_apart_in_the_body_become_several_spans() -> None:
    body = "问:甲?\n答:第一段。\n问:插话\n第二段。"
    assert spans_in(body, "第一段。\n第二段。") == [(7, 11), (17, 21)]
    assert spans_in(body, "第一段。\n第三段。") is None


def test_a_text_that_is_not_in_the_body_keeps_its_own_copy() -> None:
    bundle = f.bundle()
    episode = bundle.episode
    odd = EpisodeBundle(
        episode=type(episode)(
            **{**{s: getattr(episode, s) for s in episode.__slots__}, "body_text": "另一段正文"}
        ),
        parser_version=bundle.parser_version,
        raw_sha256=bundle.raw_sha256,
        sources=bundle.sources,
    )
    [question] = question_rows(odd)
    [point] = point_rows(odd)
    assert (question["answer"], question["answer_spans"]) == (episode.questions[0].answer, None)
    assert (point["text"], point["start_offset"]) == (episode.questions[0].points[0].text, None)


def test_the_views_give_the_answers_and_points_back() -> None:
    bundle = jiangxi()
    engine = open_writer(":memory:")
    ensure_schema(engine)
    load_bundles(engine, [bundle], run_id="r1", now=NOW)
    answers = rows(engine, "SELECT answer, answer_chars FROM v_qa ORDER BY q_no")
    assert answers == [(q.answer, len(q.answer)) for q in bundle.episode.questions]
    points = rows(engine, "SELECT text, marker FROM v_points ORDER BY q_no, point_no")
    assert points == [(p.text, p.marker) for q in bundle.episode.questions for p in q.points]
    assert rows(engine, "SELECT count(*) FROM questions WHERE answer IS NOT NULL") == [(0,)]
    engine.dispose()


def test_the_parquet_export_carries_the_answer_and_point_texts(tmp_path: Path) -> None:
    bundle = jiangxi()
    path = tmp_path / "w.duckdb"
    engine = open_writer(path)
    ensure_schema(engine)
    load_bundles(engine, [bundle], run_id="r1", now=NOW)
    engine.dispose()
    export_parquet(path, tmp_path / "out")
    questions = pq.read_table(tmp_path / "out" / "questions.parquet").to_pylist()
    assert [q["answer"] for q in questions] == [q.answer for q in bundle.episode.questions]
    points = pq.read_table(tmp_path / "out" / "answer_points.parquet").to_pylist()
    assert [p["text"] for p in points] == [p.text for q in bundle.episode.questions for p in q.points]


def test_migration_8_moves_stored_texts_to_spans_and_keeps_what_it_cannot_locate(tmp_path: Path) -> None:
    path = tmp_path / "v7.duckdb"
    old = open_writer(path)
    with old.begin() as conn:
        for migration in MIGRATIONS[:7]:
            migration.apply(conn)
        conn.execute(
            sa.insert(SchemaVersionRow.__table__),
            [{"version": m.version, "applied_at": NOW, "description": m.description} for m in MIGRATIONS[:7]],
        )
        body = "导语。\n问:亮点?\n一是甲。二是乙。\n三是丙。"
        for key, answer in (("360000-010", "一是甲。二是乙。\n三是丙。"), ("360000-011", "不在正文里的答案")):
            conn.exec_driver_sql(
                "INSERT INTO episodes (episode_key, province_code, series_no, title, script, source, best_url, "
                "body_text, original_body, parser_version, raw_sha256, content_hash, first_seen, last_updated) "
                "VALUES (?, '360000', 10, 't', 'hans', 'wechat', 'u', ?, ?, '1', 's', 'h', ?, ?)",
                (key, body, body, NOW, NOW),
            )
            conn.exec_driver_sql(
                "INSERT INTO questions VALUES (?, 1, 'highlights', '亮点?', ?)", (key, answer)
            )
        for n, text in ((1, "一是甲。"), (2, "二是乙。"), (3, "三是丙。")):
            conn.exec_driver_sql(
                "INSERT INTO answer_points VALUES ('360000-010', 1, ?, ?, 'h', ?)", (n, text[:2], text)
            )
    old.dispose()
    engine = open_writer(path)
    ensure_schema(engine)
    assert rows(engine, "SELECT episode_key, answer, answer_spans FROM questions ORDER BY episode_key") == [
        ("360000-010", None, [{"start_offset": 10, "end_offset": 23}]),  # 导语。\n问:亮点?\n is 10
        ("360000-011", "不在正文里的答案", None),
    ]
    assert rows(engine, "SELECT text, start_offset, end_offset FROM answer_points ORDER BY point_no") == [
        (None, 10, 14),
        (None, 14, 18),
        (None, 19, 23),
    ]
    assert rows(engine, "SELECT answer FROM v_qa ORDER BY episode_key") == [
        ("一是甲。二是乙。\n三是丙。",),
        ("不在正文里的答案",),
    ]
    assert rows(engine, "SELECT text FROM v_points ORDER BY point_no") == [
        ("一是甲。",),
        ("二是乙。",),
        ("三是丙。",),
    ]
    engine.dispose()
