"""A full crawl of the fixture site (three hosts, pagination, faults), then an incremental one,
each through the real ingest flow under the Prefect test harness."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from flows.ingest import ingest
from tests.support.fault_server import Reply
from tests.support.fixture_site import FixtureSite, fixture_site
from warehouse.engine import open_writer
from warehouse.schema import ensure_schema

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[FixtureSite]:
    with fixture_site(8) as s:
        for key, value in s.env().items():
            monkeypatch.setenv(key, value)
        yield s


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """The warehouse file the flow writes, opened by the test (same process, shared database)."""
    e = open_writer(db_path)
    ensure_schema(e)
    yield e
    e.dispose()


@dataclass
class Run:
    counts: Counter[str]
    requests: int
    listing_pages: int


def run_flow(db_path: Path) -> Run:
    """One live ingest of the site the environment points at."""
    result = ingest(db_path=str(db_path), mode="live", return_state=True).result()
    counts = Counter({k: v for k, v in result.items() if isinstance(v, int)})
    return Run(counts, counts["requests_sent"], counts["listing_pages"])


def rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]


def test_a_full_crawl_loads_every_episode_once_despite_faults(
    site: FixtureSite, engine: Engine, db_path: Path
) -> None:
    run = run_flow(db_path)
    assert rows(engine, "SELECT count(*) FROM episodes") == [(8,)]
    assert run.counts["new"] == 8
    # the gated WeChat copy is blocked, yet its MEE copy still loads the episode
    assert run.counts["blocked"] == 1
    gated = next(p for p, kind in site.faults.items() if kind == "gate")
    assert rows(
        engine, f"SELECT count(*) FROM episode_sources WHERE url LIKE '%{gated.split('mid=')[1][:10]}%'"
    ) == [(0,)]
    assert rows(engine, "SELECT count(*) FROM quarantine WHERE status = 'blocked'") == [(1,)]
    # Jiangxi: WeChat, MEE and the mirror are one episode with three URLs
    assert rows(engine, "SELECT count(*) FROM episode_sources WHERE episode_key = '360000-010'") == [(3,)]


def test_transient_errors_are_retried_and_the_robots_disallowed_link_is_never_requested(
    site: FixtureSite, engine: Engine, db_path: Path
) -> None:
    run_flow(db_path)
    flaky = next(p for p, kind in site.faults.items() if kind == "503x2")
    limited = next(p for p, kind in site.faults.items() if kind == "429")
    assert site.wechat.count(flaky) == 3
    assert site.wechat.count(limited) == 2
    assert site.mirror.count("/private/a/1") == 0
    assert rows(engine, "SELECT count(*) FROM quarantine WHERE reason LIKE 'robots_disallowed%'") == [(1,)]


def test_every_request_carries_the_identifiable_user_agent(
    site: FixtureSite, engine: Engine, db_path: Path
) -> None:
    run_flow(db_path)
    agents = {r.header("user-agent") for srv in (site.wechat, site.mee, site.mirror) for r in srv.requests}
    assert len(agents) == 1 and agents.pop().startswith("mee-interviews/")


def test_an_incremental_run_sends_only_listing_pages_and_conditional_gets(
    site: FixtureSite, engine: Engine, db_path: Path
) -> None:
    first = run_flow(db_path)
    before = rows(engine, "SELECT * FROM episodes ORDER BY episode_key")
    for srv in (site.wechat, site.mee, site.mirror):
        srv.clear()
    second = run_flow(db_path)
    gated = next(p for p, kind in site.faults.items() if kind == "gate")
    article_requests = [
        r
        for srv in (site.wechat, site.mee, site.mirror)
        for r in srv.requests
        if r.path.startswith(("/s?", "/ywdt/dfnews/2025", "/a/")) and r.path != gated
    ]
    assert article_requests and all(r.header("if-none-match") for r in article_requests)
    assert second.counts["fetched"] == 0 and second.counts["new"] == 0 and second.counts["updated"] == 0
    assert second.listing_pages < first.listing_pages  # stopped at the first all-known page
    assert second.requests < first.requests
    assert rows(engine, "SELECT * FROM episodes ORDER BY episode_key") == before


def test_a_page_deleted_later_is_recorded_and_the_episode_keeps_its_data(
    site: FixtureSite, engine: Engine, db_path: Path
) -> None:
    run_flow(db_path)
    jiangxi = next(ep for ep in site.episodes if ep.series_no == 10)
    deleted = '<html><body><div class="weui-msg"><h2 class="weui-msg__title">该内容已被发布者删除</h2></div></body></html>'
    site.wechat.route(
        jiangxi.wechat_path,
        Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=deleted.encode()),
    )
    run = run_flow(db_path)
    assert run.counts["deleted"] == 1
    removed = rows(
        engine, "SELECT removed_at IS NOT NULL FROM episode_sources WHERE url LIKE '%mp.weixin%2650001010%'"
    )
    assert removed == [(True,)]
    assert rows(engine, "SELECT count(*) FROM questions WHERE episode_key = '360000-010'") == [(3,)]


def test_a_verification_wall_never_overwrites_a_loaded_episode(
    site: FixtureSite, engine: Engine, db_path: Path
) -> None:
    run_flow(db_path)
    before = rows(engine, "SELECT * FROM episodes ORDER BY episode_key")
    for ep in site.episodes:
        site.wechat.route(
            ep.wechat_path,
            Reply(
                headers={"Content-Type": "text/html; charset=utf-8"},
                body="<h2>环境异常</h2><p>完成验证后即可继续访问</p>".encode(),
            ),
        )
    run = run_flow(db_path)
    assert run.counts["blocked"] == len(site.episodes)
    assert rows(engine, "SELECT * FROM episodes ORDER BY episode_key") == before
