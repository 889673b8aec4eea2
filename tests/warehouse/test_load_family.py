"""``episode_sources.family``: which article parser read each copy, kept up to date on reload."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy.engine import Engine

from models.records import SourceFamily
from tests.warehouse import factories as f
from warehouse.load import load_bundles

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _families(engine: Engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT url, family FROM episode_sources").fetchall())


def test_each_copy_records_the_family_that_parsed_it_and_a_reparse_updates_it(engine: Engine) -> None:
    base = f.bundle()
    wechat, mee = base.sources
    first = replace(base, sources=(replace(wechat, family=SourceFamily.WECHAT), mee))
    load_bundles(engine, [first], run_id="r1", now=T0)
    assert _families(engine) == {f.WECHAT_URL: "wechat", f.MEE_URL: None}
    second = replace(
        base,
        sources=(replace(wechat, family=SourceFamily.WECHAT), replace(mee, family=SourceFamily.GENERIC)),
    )
    load_bundles(engine, [second], run_id="r2", now=T0)
    assert _families(engine) == {f.WECHAT_URL: "wechat", f.MEE_URL: "generic"}
