"""quality_checks without a key index (migration 14): every check belongs to its episode, so a
reload replaces all of an episode's results and check ids stay unique without ON CONFLICT."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from models.records import EpisodeBundle, PageStatus, QualityCheck, SourceFamily
from scrapers.merge import merge_parsed
from scrapers.parse import parse_document
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import SAMPLE_PAGES
from tests.warehouse import factories as f
from warehouse.health import duplicate_keys
from warehouse.load import load_bundle_chunks, load_bundles

T0 = datetime(2026, 1, 1, tzinfo=UTC)
T1 = datetime(2026, 1, 2, tzinfo=UTC)
WECHAT_URL = "https://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMA==&mid=2650001010&idx=1"
MIRROR_URL = "https://mirror.example/jiangxi-10.html"


def cross_source(bundle: EpisodeBundle, detail: str) -> EpisodeBundle:
    check = QualityCheck(
        "cross_source", "fail", bundle.episode.key, bundle.episode.indicators[0].code, detail
    )
    return replace(bundle, checks=(*bundle.checks, check))


def checks(engine: Engine) -> list[tuple[str | None, str, str]]:
    with engine.connect() as conn:
        sql = "SELECT episode_key, check_name, detail FROM quality_checks ORDER BY check_name, detail"
        return [tuple(r) for r in conn.exec_driver_sql(sql).all()]  # type: ignore[misc]


def test_cross_source_checks_of_two_copies_carry_the_episode_the_copies_are() -> None:
    data = (SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes()
    parsed = parse_document(data, WECHAT_URL, registry=default_registry(), family=SourceFamily.WECHAT)
    assert parsed.status is PageStatus.OK and parsed.episode is not None
    [bundle] = merge_parsed([parsed, replace(parsed, url=MIRROR_URL)], ("wechat",))
    across = [c for c in bundle.checks if c.check == "cross_source"]
    assert across, "two copies with the same figures give cross-source checks"
    assert {c.episode_key for c in across} == {parsed.episode.key}
    assert {c.status for c in across} == {"pass"}


def test_reloading_a_changed_episode_replaces_its_cross_source_result(engine: Engine) -> None:
    load_bundles(engine, [cross_source(f.bundle(), "2024 江西省: a = 91.7; b = 91.6")], run_id="r1", now=T0)
    changed = cross_source(f.bundle(editor="另一位编辑"), "2024 江西省: a = 91.7; b = 91.7")
    load_bundles(engine, [changed], run_id="r2", now=T1)
    assert checks(engine) == [
        ("360000-010", "cross_source", "2024 江西省: a = 91.7; b = 91.7"),
        ("360000-010", "percent_bounds", "91.7 in [0, 100]"),
    ]


def test_a_check_repeated_within_a_chunk_is_written_once_and_no_key_repeats(engine: Engine) -> None:
    twice = cross_source(cross_source(f.bundle(), "same"), "same")
    other = cross_source(f.bundle(series_no=11), "same")
    load_bundle_chunks(engine, [[twice], [other]], run_id="r1", now=T0)
    load_bundle_chunks(engine, [[twice], [other]], run_id="r2", now=T1)
    assert [c for c in checks(engine) if c[1] == "cross_source"] == [
        ("360000-010", "cross_source", "same"),
        ("360000-011", "cross_source", "same"),
    ]
    assert duplicate_keys(engine)["quality_checks"] == 0
