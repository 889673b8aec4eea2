"""Page batches: a batch's retry refetches only its transient failures; reparse spreads batches
over worker processes and still rewrites nothing unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.ingest import ingest
from flows.reparse import reparse
from tests.support.fault_server import Reply
from tests.support.fixture_site import fixture_site
from warehouse.query import run_readonly

pytestmark = pytest.mark.usefixtures("prefect_harness")
TABLES = ("episodes", "episode_sources", "questions", "indicators", "quarantine")


def test_a_batch_retry_refetches_only_the_page_whose_fetch_failed_transiently(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with fixture_site(5, with_faults=False) as site:
        for key, value in site.env(retries=1).items():
            monkeypatch.setenv(key, value)
        flaky, steady = site.episodes[0], site.episodes[1]
        page = Reply(
            headers={"Content-Type": "text/html; charset=utf-8"}, body=site.bodies[flaky.wechat_path].encode()
        )
        # the client tries twice (retries=1) and gives up; the batch task's retry then succeeds
        site.wechat.route(flaky.wechat_path, [Reply(status=503), Reply(status=503), page])
        result = ingest(db_path=str(db_path), mode="live", return_state=True).result()
        assert site.wechat.count(flaky.wechat_path) == 3
        assert site.wechat.count(steady.wechat_path) == 1
    assert result["failed"] == 0 and result["new"] == 5
    assert run_readonly(db_path, "SELECT count(*) FROM quarantine WHERE status = 'failed'").rows == ((0,),)


def test_reparse_in_worker_processes_over_one_page_batches_rewrites_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(db_path=str(db_path), mode="sample")
    before = {t: run_readonly(db_path, f"SELECT * FROM {t} ORDER BY ALL").rows for t in TABLES}
    monkeypatch.setenv("MEE_INTERVIEWS__FLOW__BATCH_SIZE", "1")
    monkeypatch.setenv("MEE_INTERVIEWS__FLOW__PARSE_PROCESSES", "2")
    result = reparse(db_path=str(db_path))
    assert result["status"] == "success" and (result["new"], result["updated"]) == (0, 0)
    assert result["unchanged"] == 3 and result["blocked"] == 1  # three copies of Jiangxi, one wall
    assert {t: run_readonly(db_path, f"SELECT * FROM {t} ORDER BY ALL").rows for t in TABLES} == before
