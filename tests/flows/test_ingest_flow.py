"""The Prefect flows end to end, under prefect_test_harness (one server for the session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.ingest import ingest
from flows.reparse import reparse
from tests.support.fault_server import Reply
from tests.support.fixture_site import fixture_site
from warehouse.query import run_readonly

pytestmark = pytest.mark.usefixtures("prefect_harness")
TABLES = (
    "episodes",
    "episode_sources",
    "questions",
    "answer_points",
    "indicators",
    "claims",
    "raw_pages",
    "reference_figures",
)


def snapshot(db: Path) -> dict[str, tuple]:
    return {t: run_readonly(db, f"SELECT * FROM {t} ORDER BY ALL").rows for t in TABLES}


def one(db: Path, sql: str) -> tuple:
    return run_readonly(db, sql).rows[0]


def test_the_sample_ingest_loads_jiangxi_once_with_its_three_source_urls(db_path: Path) -> None:
    state = ingest(db_path=str(db_path), mode="sample", return_state=True)
    assert state.is_completed() and state.name == "Partial"  # the album's second item is a wall
    result = state.result()
    assert (result["new"], result["blocked"], result["failed"]) == (1, 1, 0)
    assert one(db_path, "SELECT count(*) FROM episodes") == (1,)
    assert one(db_path, "SELECT episode_key, official_name, editor, source FROM episodes") == (
        "360000-010",
        "李军",
        "李夏菁",
        "wechat",
    )
    assert one(db_path, "SELECT count(*), count(DISTINCT source) FROM episode_sources") == (3, 3)
    assert run_readonly(db_path, "SELECT topic FROM questions ORDER BY q_no").rows == (
        ("highlights",),
        ("memorable",),
        ("priorities",),
    )
    assert one(db_path, "SELECT count(*) FROM provinces") == (32,)
    assert one(db_path, "SELECT value FROM indicators WHERE code = 'pm25_avg_concentration'") == (27.0,)
    assert one(db_path, "SELECT status FROM ingest_runs") == ("partial",)


def test_the_sample_ingest_checks_jiangxis_2024_figures_against_the_national_and_provincial_record(
    db_path: Path,
) -> None:
    ingest(db_path=str(db_path), mode="sample")
    checked = run_readonly(
        db_path,
        """SELECT code, value, reference_value, verdict, national_value, round(difference_from_national, 1),
                  better_than_national, rank_verdict
           FROM v_fact_check WHERE year = 2024 AND code IN (
               'pm25_avg_concentration', 'good_air_days_ratio', 'surface_water_good_ratio')
           ORDER BY indicator_no""",
    ).rows
    assert checked == (
        ("pm25_avg_concentration", 27.0, 27.0, "consistent", 29.3, -2.3, True, "consistent"),
        ("good_air_days_ratio", 95.5, 95.5, "consistent", 87.2, 8.3, True, "consistent"),
        ("surface_water_good_ratio", 97.7, 97.7, "consistent", 90.4, 7.3, True, None),
    )
    compared = run_readonly(
        db_path,
        "SELECT code, national_value, national_value_origin FROM v_indicator_compare "
        "WHERE national_value IS NOT NULL ORDER BY code",
    ).rows
    assert compared == (
        ("good_air_days_ratio", 87.2, "reference"),
        ("pm25_avg_concentration", 29.3, "reference"),
        ("surface_water_good_ratio", 90.4, "reference"),
    )


def test_rerunning_the_sample_ingest_changes_no_row(db_path: Path) -> None:
    ingest(db_path=str(db_path), mode="sample")
    before = snapshot(db_path)
    result = ingest(db_path=str(db_path), mode="sample")
    assert (result.get("new"), result.get("updated"), result.get("fetched", 0)) == (0, 0, 0)
    assert snapshot(db_path) == before


def test_a_run_that_dies_mid_load_leaves_the_warehouse_as_it_was(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(db_path=str(db_path), mode="sample")
    before = snapshot(db_path)
    monkeypatch.setattr("warehouse.load.content_hash", lambda bundle: "forces-an-update")

    def crash(bundle):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full (simulated)")

    monkeypatch.setattr("warehouse.load.claim_rows", crash)
    state = ingest(db_path=str(db_path), mode="sample", return_state=True)
    assert state.is_failed()
    assert snapshot(db_path) == before
    assert run_readonly(db_path, "SELECT status, message FROM ingest_runs ORDER BY started_at").rows[-1] == (
        "failed",
        "RuntimeError: disk full (simulated)",
    )


def test_a_broken_page_fails_only_its_own_task_and_the_run_ends_partial(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with fixture_site(5) as site:
        for key, value in site.env().items():
            monkeypatch.setenv(key, value)
        broken = site.episodes[0]
        site.wechat.route(
            broken.wechat_path,
            Reply(
                headers={"Content-Type": "text/html; charset=utf-8"},
                body=f"<h1>{broken.title}</h1><p>正文丢失</p>".encode(),
            ),
        )
        state = ingest(db_path=str(db_path), mode="live", return_state=True)
    assert state.is_completed() and state.name == "Partial"
    result = state.result()
    assert result["failed"] == 1 and result["new"] == 5  # its MEE copy still loads the episode
    assert result["skipped"] == 1  # the mirror's link under /private/ is refused by robots.txt
    assert one(db_path, "SELECT count(*) FROM quarantine WHERE status = 'error'") == (1,)
    assert one(db_path, "SELECT status, failed, skipped FROM ingest_runs") == ("partial", 1, 1)


def test_reparse_reads_only_the_archive_and_rewrites_nothing_unchanged(db_path: Path) -> None:
    ingest(db_path=str(db_path), mode="sample")
    before = snapshot(db_path)
    result = reparse(db_path=str(db_path))
    assert result["status"] == "success" and result["updated"] == 0 and result["new"] == 0
    assert snapshot(db_path) == before


def test_a_run_publishes_its_summary_page_table_and_quality_artifacts(db_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    state = ingest(db_path=str(db_path), mode="sample", return_state=True)
    run_filter = ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id]))
    with get_client(sync_client=True) as client:
        artifacts = {a.key: a for a in client.read_artifacts(artifact_filter=run_filter)}
    assert set(artifacts) == {"ingest-summary", "ingest-pages", "ingest-data-quality"}
    assert "blocked" in str(artifacts["ingest-summary"].data)
    assert "jiangxi" in str(artifacts["ingest-pages"].data)
