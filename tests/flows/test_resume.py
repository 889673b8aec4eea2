"""A run killed between two page batches (a real ingest process, ``kill -9``) leaves its work
usable: the next run loads the packages it staged and fetches none of the pages in them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitUpdate
from prefect.settings import PREFECT_API_URL

from flows.ingest import ingest
from flows.writer import WRITER_LIMIT
from tests.support.fault_server import Reply
from tests.support.fixture_site import BIZ, FixtureSite, fixture_site
from warehouse.packages import package_root, run_packages, staged_runs
from warehouse.query import run_readonly
from warehouse.runs import ABANDONED

pytestmark = pytest.mark.usefixtures("prefect_harness")
ROOT = Path(__file__).resolve().parents[2]
MIRROR_PAGE = f"/a/{BIZ}/2650001010/1"
RUN = {"MEE_INTERVIEWS__FLOW__BATCH_SIZE": "2", "MEE_INTERVIEWS__FLOW__MAX_WORKERS": "1"}


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[FixtureSite]:
    with fixture_site(6, with_faults=False) as s:
        for key, value in (s.env() | RUN).items():
            monkeypatch.setenv(key, value)
        yield s


def hang_the_mirror_page(site: FixtureSite) -> None:
    """The mirror's page answers only after the test is over: its batch can never fill."""
    site.mirror.route(
        MIRROR_PAGE, Reply(headers={"Content-Type": "text/plain"}, body=b"late", delay_before_headers=600)
    )


def start_ingest(db: Path) -> subprocess.Popen[str]:
    """A real ingest flow run in its own process, against the session's Prefect server."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PREFECT_API_URL": str(PREFECT_API_URL.value()),
        "MEE_INTERVIEWS__HTTP__READ_TIMEOUT_SECONDS": "600",
        "MEE_INTERVIEWS__HTTP__TOTAL_TIMEOUT_SECONDS": "600",
    }
    script = f"from flows.ingest import ingest; ingest(db_path={str(db)!r}, mode='live')"
    return subprocess.Popen([sys.executable, "-c", script], env=env, text=True, stderr=subprocess.DEVNULL)


def wait_for_packages_to_settle(db: Path, proc: subprocess.Popen[str], site: FixtureSite) -> tuple[str, int]:
    """Once the hanging page is asked for and no batch has been staged for a while, the run is
    waiting between two batches: (its run id, how many it staged)."""
    root, seen, quiet_since = package_root(db), -1, time.monotonic()
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the ingest ended before it could be killed"
        runs = staged_runs(root)
        count = len(run_packages(root, runs[0])) if runs else 0
        if count != seen:
            seen, quiet_since = count, time.monotonic()
        elif count >= 2 and site.mirror.count(MIRROR_PAGE) == 1 and time.monotonic() - quiet_since > 2:
            return runs[0], count
        time.sleep(0.1)
    raise AssertionError(f"the ingest staged {seen} packages and never settled")


def free_the_writer_slot() -> None:
    """A killed flow keeps its Prefect `warehouse-writer` slot (the ops issue's subject); freed
    here by hand, as `prefect gcl update` would."""
    with get_client(sync_client=True) as client:
        client.update_global_concurrency_limit(WRITER_LIMIT, GlobalConcurrencyLimitUpdate(active_slots=0))


def test_a_run_killed_between_batches_is_finished_by_the_next_without_fetching_its_pages_again(
    site: FixtureSite, db_path: Path
) -> None:
    mirror_reply = site.mirror._routes[MIRROR_PAGE]
    hang_the_mirror_page(site)
    proc = start_ingest(db_path)
    try:
        dead, staged = wait_for_packages_to_settle(db_path, proc, site)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    packages = run_packages(package_root(db_path), dead)
    settled = {row["url"]: row["kind"] for p in packages for row in p.outcomes()}
    assert len(packages) == staged and len(settled) == 2 * staged
    assert run_readonly(db_path, "SELECT count(*) FROM episodes").rows == ((0,),)  # nothing loaded

    site.mirror.route(MIRROR_PAGE, mirror_reply)
    free_the_writer_slot()
    result = ingest(db_path=str(db_path), mode="live", return_state=True).result()

    assert f"resumed run {dead}: {staged} batches reused" in result["notes"]
    ledger = dict(run_readonly(db_path, "SELECT run_id, message FROM ingest_runs").rows)
    assert ledger[dead] == ABANDONED
    # every page a staged batch fetched was asked for once in all, by the dead run
    servers = {
        "mp.weixin.qq.com": site.wechat,
        "www.mee.gov.cn": site.mee,
        "mirror.zh-hant.invalid": site.mirror,
    }
    for url, kind in settled.items():
        host, path = url.split("://", 1)[1].split("/", 1)
        if kind == "fetched":
            assert servers[host].count("/" + path) == 1, url
    assert sum(1 for kind in settled.values() if kind == "fetched") >= 2 * staged - 1
    assert result["new"] == 6 and result["failed"] == 0
    assert run_readonly(db_path, "SELECT count(*) FROM episodes").rows == ((6,),)
    loaded = run_readonly(
        db_path,
        f"SELECT count(*) FROM load_packages WHERE run_id = '{dead}' AND loaded_run_id = '{result['run_id']}'",
    ).rows
    assert loaded == ((staged,),)
    assert staged_runs(package_root(db_path)) == []  # loaded packages are removed
