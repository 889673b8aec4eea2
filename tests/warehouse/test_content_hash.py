"""The content hash decides whether a load rewrites an episode: it must see every change, nothing
else, and the hashes older versions stored must not make unchanged episodes look updated."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from tests.warehouse import factories as f
from warehouse.load import load_bundles
from warehouse.rows import CONTENT_HASH_PREFIX, content_hash, is_legacy_hash, legacy_content_hash

T0 = datetime(2026, 1, 1, tzinfo=UTC)
T1 = datetime(2026, 1, 2, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def stored(engine: Engine) -> tuple[str, datetime]:
    with engine.connect() as conn:
        digest, last_updated = conn.exec_driver_sql("SELECT content_hash, last_updated FROM episodes").one()
    return digest, last_updated


def store_legacy_hash(engine: Engine, digest: str) -> None:
    """What a warehouse written before the msgpack hash holds."""
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE episodes SET content_hash = ?", (digest,))


def test_equal_bundles_built_apart_hash_equal_and_carry_the_version_prefix() -> None:
    a, b = f.bundle(), f.bundle()
    assert a is not b
    assert content_hash(a) == content_hash(b)
    assert content_hash(a).startswith(CONTENT_HASH_PREFIX) and not is_legacy_hash(content_hash(a))
    assert is_legacy_hash(legacy_content_hash(a))


def test_a_change_deep_inside_an_indicator_or_a_check_changes_the_hash() -> None:
    base = f.bundle()
    [ind] = base.episode.indicators
    assert ind.change is not None
    flipped = replace(ind.change, direction="down" if ind.change.direction != "down" else "up")
    deeper = replace(base, episode=replace(base.episode, indicators=(replace(ind, change=flipped),)))
    [check] = base.checks
    other_check = replace(base, checks=(replace(check, status="fail"),))
    no_change = replace(base, episode=replace(base.episode, indicators=(replace(ind, change=None),)))
    hashes = {content_hash(b) for b in (base, deeper, other_check, no_change)}
    assert len(hashes) == 4


def test_the_hash_is_the_same_in_a_process_with_another_string_hash_seed() -> None:
    code = "from tests.warehouse import factories as f; from warehouse.rows import content_hash; print(content_hash(f.bundle()))"
    seen = set()
    for seed in ("1", "2"):
        out = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        )
        seen.add(out.stdout.strip())
    assert seen == {content_hash(f.bundle())}


def test_an_unchanged_episode_stored_with_a_legacy_hash_stays_unchanged_and_gets_the_new_hash(
    engine: Engine,
) -> None:
    load_bundles(engine, [f.bundle()], run_id="r1", now=T0)
    store_legacy_hash(engine, legacy_content_hash(f.bundle()))
    assert load_bundles(engine, [f.bundle()], run_id="r2", now=T1) == {"360000-010": "unchanged"}
    assert stored(engine) == (content_hash(f.bundle()), T0)
    assert load_bundles(engine, [f.bundle()], run_id="r3", now=T1) == {"360000-010": "unchanged"}


def test_a_changed_episode_stored_with_a_legacy_hash_is_updated(engine: Engine) -> None:
    load_bundles(engine, [f.bundle()], run_id="r1", now=T0)
    store_legacy_hash(engine, legacy_content_hash(f.bundle()))
    changed = f.bundle(editor="另一位编辑")
    assert load_bundles(engine, [changed], run_id="r2", now=T1) == {"360000-010": "updated"}
    assert stored(engine) == (content_hash(changed), T1)
