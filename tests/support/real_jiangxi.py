"""The real 2025 Jiangxi list page (``../shared/data/real-sites/``) served on a local site.

The page is read from ``../shared`` (never copied into the repo); tests that need it skip with the
reason when it is absent. ``with_episode`` injects the column's episode as one more record of the
page's own ``var listData = {articleList: [...]}``, shaped like the real records (``urls`` as a JSON
string, ``showTitle`` with ``<p>``). ``serve`` answers the list, the episode's ``content_<id>.html``
(the bundled sample's episode markup), ``POST /queryList`` (no further records) and, optionally, a
JavaScript cookie challenge in front of everything: the ~1 KB kind the live site answered plain HTTP
clients with, whose script sets a cookie and reloads.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import pytest

from tests.support.fault_server import FaultServer, RecordedRequest, Reply, robots_txt
from tests.support.offline import department_sites_off

REAL_PAGE = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "data"
    / "real-sites"
    / "jiangxi-sthjt-col42150-list.html"
)
LIST = "/jxssthjt/col/col42150/index.html"
RECORDS = 50  # article objects in the real page's listData (50 "pubDate" keys, 50 content_<id>.html)
EPISODE_ID = "1892000000000000010"
EPISODE_PATH = f"/jxssthjt/col/col42150/content/content_{EPISODE_ID}.html"
EPISODE_TITLE = "厅局长请回答⑩ | 李军:推进美丽江西建设底色更亮、成色更足、特色更明"
COOKIE = "mee_test_clearance"
CHALLENGE = (
    "<html><head><script>document.cookie='" + COOKIE + "=passed; path=/';"
    "location.reload();</script></head><body></body></html>"
)


def real_page() -> str:
    """The real list page's text, or skip the test with the reason."""
    if not REAL_PAGE.is_file():
        pytest.skip(f"the real Jiangxi list page is not here ({REAL_PAGE.resolve()}); it lives in ../shared")
    return REAL_PAGE.read_text(encoding="utf-8")


def with_episode(page: str) -> str:
    """The page with the column's episode as the first record of its ``articleList``."""
    record = {
        "title": EPISODE_TITLE,
        "showTitle": f"<p>{EPISODE_TITLE}</p>",
        "pubDate": "2025-02-19 18:00",
        "contentSource": "江西省生态环境厅",
        "urls": json.dumps({"pc": EPISODE_PATH}),
        "id": EPISODE_ID,
    }
    marker = "articleList: ["
    assert page.count(marker) == 1
    return page.replace(marker, marker + json.dumps(record, ensure_ascii=False) + ",")


def episode_page() -> bytes:
    """The episode's article page: the bundled sample's markup of episode ⑩."""
    pages = resources.files("mee_interviews").joinpath("sample", "pages")
    return pages.joinpath("jiangxi-10.mee.shtml").read_bytes()


def jiangxi_env(base_url: str, *, browser: bool) -> dict[str, str]:
    """Only Jiangxi's department site, on ``base_url``, at the real column; no source entry point."""
    no_sources = {f"MEE_INTERVIEWS__SOURCES__{n.upper()}__ENTRY_POINTS": "[]" for n in ("mee",)}
    return (
        department_sites_off()
        | no_sources
        | {
            "MEE_INTERVIEWS__PROVINCES__JIANGXI__BASE_URL": base_url,
            "MEE_INTERVIEWS__PROVINCES__JIANGXI__ENABLED": "true",
            "MEE_INTERVIEWS__PROVINCES__JIANGXI__MIN_DELAY_SECONDS": "0.0",
            "MEE_INTERVIEWS__PROVINCES__JIANGXI__ENTRY_POINTS": f'["{LIST}"]',
            "MEE_INTERVIEWS__HTTP__RETRIES": "0",
            "MEE_INTERVIEWS__BROWSER__ENABLED": "true" if browser else "false",
        }
    )


def page(body: str | bytes) -> Reply:
    """A whole HTML document as served (``fault_server.html`` wraps a fragment)."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Reply(headers={"Content-Type": "text/html; charset=utf-8"}, body=data)


def behind_challenge(reply: Reply) -> Callable[[RecordedRequest], Reply]:
    """``reply`` for requests carrying the challenge's cookie; the challenge page for the others."""

    def answer(request: RecordedRequest) -> Reply:
        if f"{COOKIE}=passed" in (request.header("cookie") or ""):
            return reply
        return page(CHALLENGE)

    return answer


@contextmanager
def serve(list_page: str, *, challenge: bool = False) -> Iterator[FaultServer]:
    """The Jiangxi site on 127.0.0.1 (see the module docstring)."""
    no_more = Reply(
        headers={"Content-Type": "application/json"}, body=b'{"data": {"results": [], "total": 0}}'
    )
    with FaultServer() as server:
        server.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
        for path, reply in (
            (LIST, page(list_page)),
            (EPISODE_PATH, page(episode_page())),
            ("/queryList", no_more),
        ):
            server.route(path, behind_challenge(reply) if challenge else reply)
        yield server
