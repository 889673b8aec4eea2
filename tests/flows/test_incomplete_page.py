"""An incomplete copy in the ingest stages: a non-ok page quarantined with its reason, never a
crash and never loaded over the complete copy."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from flows.parsing import parse_archived
from flows.runtime import RunContext
from flows.stages import load_outcomes, record_outcomes
from models.outcomes import ArchivedPage, PageKind, RunMode
from models.records import FetchedPage, PageStatus
from models.settings_load import load_settings
from scrapers.provinces import default_registry
from tests.scrapers.articles_support import SAMPLE_PAGES

WECHAT_URL = "https://mp.weixin.qq.com/s?__biz=MzkwMDAwMDAwMA==&mid=2650001010&idx=1"
MEE_URL = "https://www.mee.gov.cn/ywdt/dfnews/202502/t20250219_1100010.shtml"


def _archived(url: str, body: bytes, source: str) -> ArchivedPage:
    page = FetchedPage(
        url, url, 200, (("Content-Type", "text/html"),), body, datetime(2025, 3, 1, tzinfo=UTC)
    )
    return ArchivedPage(page, source, PageKind.FETCHED)


def test_a_cut_copy_is_quarantined_as_incomplete_and_the_complete_copy_is_loaded(engine: Engine) -> None:
    ctx = RunContext(load_settings(env={}), None, engine, default_registry(), "run-1", RunMode.LIVE)
    wechat = (SAMPLE_PAGES / "jiangxi-10.wechat.html").read_bytes()
    cut = parse_archived(_archived(WECHAT_URL, wechat[: len(wechat) // 2], "wechat"), ctx.registry)
    mee = parse_archived(
        _archived(MEE_URL, (SAMPLE_PAGES / "jiangxi-10.mee.shtml").read_bytes(), "mee"), ctx.registry
    )
    record_outcomes(ctx, [cut, mee])
    assert cut.kind == PageKind.INCOMPLETE
    assert cut.parsed is not None and cut.parsed.status is PageStatus.INCOMPLETE
    assert cut.reason == "truncated: the HTML ends before </body> and </html>"
    with engine.connect() as conn:
        quarantined = conn.exec_driver_sql("SELECT url, status, reason FROM quarantine").fetchall()
    assert [tuple(row) for row in quarantined] == [(WECHAT_URL, "incomplete", cut.reason)]
    assert load_outcomes(ctx, [cut, mee])["episodes"] == 1
    with engine.connect() as conn:
        best = conn.exec_driver_sql("SELECT best_url FROM episodes").scalar()
        families = conn.exec_driver_sql("SELECT url, family FROM episode_sources").fetchall()
    assert best == MEE_URL
    assert [tuple(row) for row in families] == [(MEE_URL, "mee")]
