"""Replay: recorded snapshots served through the same PoliteClient path as a live run."""

from __future__ import annotations

import gzip
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from models.settings_load import load_settings
from scrapers.fetch.http import PoliteClient
from scrapers.fetch.replay import MISS_HEADER, Snapshot, SnapshotError, load_snapshot, mount_replay
from tests.support import FakeClock
from tests.support.fault_server import FaultServer, conditional, html, redirect

MEE = "https://www.mee.gov.cn"
PAGE = "<html><head><meta charset='utf-8'></head><body><p>江西省生态环境厅厅长答记者问</p></body></html>"

Replayer = Callable[..., PoliteClient]


def write_snapshot(directory: Path, entries: list[dict[str, object]], bodies: dict[str, bytes]) -> Path:
    (directory / "pages").mkdir(parents=True, exist_ok=True)
    for name, body in bodies.items():
        (directory / "pages" / name).write_bytes(body)
    manifest = {"description": "test snapshot", "entries": entries}
    (directory / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return directory


def entry(url: str, body: str, status: int = 200, **headers: str) -> dict[str, object]:
    return {
        "url": url,
        "status": status,
        "headers": {"Content-Type": "text/html", **headers},
        "body": f"pages/{body}",
        "capture": "faithful",
        "note": "",
    }


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def replayer(clock: FakeClock) -> Iterator[Replayer]:
    sessions: list[requests.Session] = []

    def make(snapshot: Snapshot, **http: str) -> PoliteClient:
        env = {f"MEE_INTERVIEWS__HTTP__{k.upper()}": v for k, v in http.items()}
        session = requests.Session()
        sessions.append(session)
        mount_replay(session, snapshot)
        return PoliteClient(
            load_settings(env=env),
            session=session,
            sleep=clock.sleep,
            monotonic=clock.monotonic,
            rng=random.Random(1),
        )

    yield make
    for session in sessions:
        session.close()


def test_a_snapshot_is_served_through_the_polite_client(tmp_path, replayer):
    snap = load_snapshot(
        write_snapshot(tmp_path, [entry(f"{MEE}/a.shtml", "a.html")], {"a.html": PAGE.encode()})
    )
    page = replayer(snap).fetch(f"{MEE}/a.shtml")
    assert (page.status_code, page.body, page.final_url) == (200, PAGE.encode(), f"{MEE}/a.shtml")
    assert "答记者问" in page.text
    assert snap.served == [f"{MEE}/a.shtml"]
    assert snap.misses == [f"{MEE}/robots.txt"]  # a miss means "no robots.txt": allow all


def test_an_unknown_url_is_a_404_marked_as_a_replay_miss(tmp_path, replayer):
    snap = load_snapshot(write_snapshot(tmp_path, [], {}))
    page = replayer(snap, obey_robots="false").fetch(f"{MEE}/nope")
    assert page.status_code == 404
    assert page.header(MISS_HEADER) == "1"


def test_urls_match_despite_amp_escapes_fragments_and_parameter_order(tmp_path, replayer):
    recorded = "https://mp.weixin.qq.com/s?__biz=MzA&amp;mid=22&amp;idx=1&amp;sn=ab#rd"
    snap = load_snapshot(write_snapshot(tmp_path, [entry(recorded, "a.html")], {"a.html": PAGE.encode()}))
    page = replayer(snap, obey_robots="false").fetch(
        "https://mp.weixin.qq.com/s?sn=ab&idx=1&mid=22&__biz=MzA"
    )
    assert page.status_code == 200


def test_a_recorded_redirect_is_followed_like_a_live_one(tmp_path, replayer):
    entries = [
        {**entry(f"{MEE}/old", "empty.bin", status=301), "headers": {"Location": "/new"}},
        entry(f"{MEE}/new", "a.html"),
    ]
    snap = load_snapshot(write_snapshot(tmp_path, entries, {"empty.bin": b"", "a.html": PAGE.encode()}))
    page = replayer(snap, obey_robots="false").fetch(f"{MEE}/old")
    assert (page.status_code, page.final_url) == (200, f"{MEE}/new")


def test_a_gzip_body_kept_byte_for_byte_is_decoded_like_a_live_one(tmp_path, replayer):
    raw = gzip.compress(PAGE.encode())
    snap = load_snapshot(
        write_snapshot(tmp_path, [entry(f"{MEE}/z", "z.bin", **{"Content-Encoding": "gzip"})], {"z.bin": raw})
    )
    assert replayer(snap, obey_robots="false").fetch(f"{MEE}/z").body == PAGE.encode()


def test_conditional_get_against_a_snapshot_is_not_modified(tmp_path, replayer):
    snap = load_snapshot(
        write_snapshot(tmp_path, [entry(f"{MEE}/a", "a.html", ETag='"v1"')], {"a.html": PAGE.encode()})
    )
    page = replayer(snap, obey_robots="false").fetch(f"{MEE}/a", etag='"v1"')
    assert (page.status_code, page.not_modified, page.body) == (304, True, b"")


def test_replay_never_sleeps_but_the_client_still_paces_requests(tmp_path, replayer, clock):
    snap = load_snapshot(write_snapshot(tmp_path, [entry(f"{MEE}/a", "a.html")], {"a.html": PAGE.encode()}))
    client = replayer(snap, obey_robots="false", min_delay_seconds="3", delay_jitter_seconds="0")
    client.fetch(f"{MEE}/a")
    client.fetch(f"{MEE}/a")
    assert clock.sleeps == [3.0]


def test_a_live_fetch_recorded_and_written_replays_identically(tmp_path, replayer):
    with FaultServer() as srv:
        srv.route("/a", redirect("/c"))
        srv.route("/c", conditional(html("正文 第1期", charset=None, encoding="gbk", meta="gbk"), etag='"e"'))
        env = {
            "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": srv.base_url,
            "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0",
            "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0",
        }
        with PoliteClient(load_settings(env=env)) as live_client:
            live = live_client.fetch(f"{MEE}/a")
    recorder = Snapshot(description="江西 第1期")
    recorder.record(live, "faithful", note="录制")
    recorder.write(tmp_path)
    assert "江西 第1期" in (tmp_path / "manifest.json").read_text(encoding="utf-8")

    replayed = replayer(load_snapshot(tmp_path), obey_robots="false").fetch(f"{MEE}/a")
    assert (replayed.body, replayed.status_code, replayed.final_url, replayed.encoding) == (
        live.body,
        live.status_code,
        live.final_url,
        live.encoding,
    )
    assert replayed.header("etag") == '"e"'


def test_a_snapshot_loads_from_a_zip_traversable(tmp_path, replayer):
    archive = tmp_path / "snap.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        manifest = {"description": "", "entries": [entry(f"{MEE}/a", "a.html")]}
        zf.writestr("snap/manifest.json", json.dumps(manifest))
        zf.writestr("snap/pages/a.html", PAGE.encode())
    snap = load_snapshot(zipfile.Path(archive, "snap/"))
    assert replayer(snap, obey_robots="false").fetch(f"{MEE}/a").body == PAGE.encode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"body": "../secret"}, "body path"),
        ({"capture": "guess"}, "capture"),
        ({"body": "pages/none"}, "cannot read body"),
    ],
)
def test_invalid_manifest_entries_are_rejected_with_the_entry_named(tmp_path, change, message):
    write_snapshot(tmp_path, [{**entry(f"{MEE}/a", "a.html"), **change}], {"a.html": b"x"})
    with pytest.raises(SnapshotError, match=message) as err:
        load_snapshot(tmp_path)
    assert f"{MEE}/a" in str(err.value)


def test_recording_a_not_modified_page_is_refused(tmp_path, replayer):
    entries = [entry(f"{MEE}/a", "a.html", ETag='"v1"')]
    snap = load_snapshot(write_snapshot(tmp_path, entries, {"a.html": b"x"}))
    page = replayer(snap, obey_robots="false").fetch(f"{MEE}/a", etag='"v1"')
    with pytest.raises(SnapshotError):
        Snapshot().record(page)
