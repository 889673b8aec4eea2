"""Conditional-GET validators come from the archive, except for a body that was cut short."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from models.records import FetchedPage
from warehouse.archive import archive_page, validators_of
from warehouse.load import quarantine_row, record_page_states

URL = "https://mp.weixin.qq.com/s?__biz=X&mid=1&idx=1"
WHEN = datetime(2025, 3, 1, tzinfo=UTC)


def _archive(engine: Engine, body: bytes, etag: str) -> FetchedPage:
    headers = (("ETag", etag), ("Last-Modified", "Sat, 01 Mar 2025 00:00:00 GMT"))
    page = FetchedPage(URL, URL, 200, headers, body, WHEN)
    archive_page(engine, page, source="wechat", kind="article", run_id="run-1")
    return page


def test_the_latest_archived_body_gives_its_etag_and_last_modified(engine: Engine) -> None:
    _archive(engine, b"<html>whole</html>", '"v1"')
    with engine.connect() as conn:
        assert validators_of(conn, [URL]) == {URL: ('"v1"', "Sat, 01 Mar 2025 00:00:00 GMT")}


def test_a_body_quarantined_as_incomplete_gives_no_validators_so_the_page_is_fetched_in_full(
    engine: Engine,
) -> None:
    page = _archive(engine, b"<html>cut", '"v1"')
    row = quarantine_row(
        url=URL,
        raw_sha256=page.sha256,
        status="incomplete",
        reason="truncated",
        source="wechat",
        run_id="run-1",
        now=WHEN,
    )
    record_page_states(engine, quarantined=[row], now=WHEN)
    with engine.connect() as conn:
        assert validators_of(conn, [URL]) == {}


def test_an_incomplete_older_body_does_not_cost_the_latest_body_the_validators_of_the_latest_body(
    engine: Engine,
) -> None:
    _archive(engine, b"<html>whole</html>", '"v2"')
    row = quarantine_row(
        url=URL, raw_sha256="other", status="incomplete", reason="x", source="wechat", run_id="r", now=WHEN
    )
    record_page_states(engine, quarantined=[row], now=WHEN)
    with engine.connect() as conn:
        assert validators_of(conn, [URL])[URL][0] == '"v2"'
