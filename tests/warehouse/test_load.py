from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.warehouse import factories as f
from warehouse.archive import archive_page, latest_raw_page
from warehouse.load import load_bundles, mark_removed, quarantine_page
from warehouse.runs import validators

T0 = datetime(2026, 1, 1, tzinfo=UTC)
T1 = datetime(2026, 1, 2, tzinfo=UTC)
TABLES = (
    "episodes",
    "episode_sources",
    "questions",
    "answer_points",
    "indicators",
    "claims",
    "quality_checks",
)


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {
            t: sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {t}").fetchall()), key=repr)
            for t in TABLES
        }


def test_a_new_episode_loads_with_its_children_and_every_source(engine: Engine) -> None:
    assert load_bundles(engine, [f.bundle()], run_id="r1", now=T0) == {"360000-010": "new"}
    rows = snapshot(engine)
    assert len(rows["episodes"]) == 1
    assert {r[1] for r in rows["episode_sources"]} == {f.WECHAT_URL, f.MEE_URL}
    assert len(rows["questions"]) == 1 and len(rows["answer_points"]) == 1
    assert len(rows["indicators"]) == 1 and len(rows["claims"]) == 1
    with engine.connect() as conn:
        best = conn.exec_driver_sql("SELECT url FROM episode_sources WHERE is_best").scalar()
        ind = conn.exec_driver_sql("SELECT change, previous_value, ranks, record_flags FROM indicators").one()
    assert best == f.WECHAT_URL
    assert ind[0] == {"direction": "up", "value": 4.6, "unit": "percentage_point", "basis": None}
    assert ind[1] == pytest.approx(87.1)
    assert ind[2] == [
        {"scope": "全国", "scope_kind": "national", "position": 3, "of_total": None},
        {"scope": "中部", "scope_kind": "regional", "position": 1, "of_total": None},
    ]
    assert ind[3] == ["首次超过"]


def test_loading_the_same_bundle_twice_changes_no_row(engine: Engine) -> None:
    load_bundles(engine, [f.bundle()], run_id="r1", now=T0)
    before = snapshot(engine)
    assert load_bundles(engine, [f.bundle()], run_id="r2", now=T1) == {"360000-010": "unchanged"}
    assert snapshot(engine) == before


def test_changed_content_updates_the_episode_but_keeps_first_seen(engine: Engine) -> None:
    load_bundles(engine, [f.bundle()], run_id="r1", now=T0)
    changed = f.bundle(editor="另一位编辑")
    assert load_bundles(engine, [changed], run_id="r2", now=T1) == {"360000-010": "updated"}
    with engine.connect() as conn:
        editor, first, last = conn.exec_driver_sql(
            "SELECT editor, first_seen, last_updated FROM episodes"
        ).one()
    assert editor == "另一位编辑"
    assert first == T0 and last == T1


def test_a_load_that_fails_half_way_leaves_the_previous_state_intact(engine: Engine) -> None:
    load_bundles(engine, [f.bundle()], run_id="r1", now=T0)
    before = snapshot(engine)
    broken = f.bundle(series_no=11, editor="x")
    broken = replace(broken, episode=replace(broken.episode, questions=(None,)))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        load_bundles(engine, [f.bundle(editor="changed"), broken], run_id="r2", now=T1)
    assert snapshot(engine) == before


def test_a_page_body_is_archived_once_per_url_and_feeds_conditional_gets(engine: Engine) -> None:
    assert archive_page(engine, f.page(), source="wechat", kind="article", run_id="r1") is True
    assert archive_page(engine, f.page(), source="wechat", kind="article", run_id="r2") is False
    assert archive_page(engine, f.page(body=b"<html>2</html>"), source="wechat", kind="article", run_id="r2")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM raw_pages").scalar() == 2
        stored = latest_raw_page(conn, f.WECHAT_URL)
    assert stored is not None and stored.body in (b"<html>1</html>", b"<html>2</html>")
    assert validators(engine, f.WECHAT_URL)[0] == '"v1"'


def test_a_deleted_copy_is_recorded_and_the_episode_keeps_its_data(engine: Engine) -> None:
    load_bundles(engine, [f.bundle()], run_id="r1", now=T0)
    assert mark_removed(engine, f.WECHAT_URL, now=T1) == 1
    with engine.connect() as conn:
        removed, body = conn.exec_driver_sql("SELECT removed_at, body_text FROM episodes").one()
        n_questions = conn.exec_driver_sql("SELECT count(*) FROM questions").scalar()
    assert removed == T1 and body and n_questions == 1


def test_quarantine_keeps_the_first_sighting_of_a_page(engine: Engine) -> None:
    for run in ("r1", "r2"):
        quarantine_page(
            engine,
            url="u",
            raw_sha256="s",
            status="blocked",
            reason="环境异常",
            source="wechat",
            run_id=run,
            now=T0,
        )
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT run_id FROM quarantine")).all() == [("r1",)]
