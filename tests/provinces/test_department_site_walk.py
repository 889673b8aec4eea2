"""The department-site walk on real local HTTP servers: the Jiangxi repost found on its JCMS list
merges into the one 360000-010 episode, and access hazards become per-province outcomes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from flows.runtime import RunContext, province_row
from flows.stages import PageBatch, load_packages, settle_batch
from models.outcomes import RunMode
from models.records import FetchedPage
from models.settings import Settings
from models.settings_load import load_settings
from scrapers.crawl import discover
from scrapers.fetch.http import PoliteClient
from scrapers.provinces import default_registry
from scrapers.provinces.walk import discover_department_sites
from tests.provinces.support import recorded
from tests.support.fault_server import FaultServer, Reply, html, robots_txt
from tests.support.fixture_site import FixtureSite, fixture_site
from tests.support.offline import department_sites_off
from warehouse.archive import archive_page
from warehouse.load import load_provinces

LIST = "/jxssthjt/col/col42066/index.html?uid=380055&pageNum=1"
PAGE2 = "/jxssthjt/col/col42066/index.html?uid=380055&pageNum=2"
REPOST = "/art/2025/2/19/art_42066_5860010.html"


def _jiangxi_env(base_url: str) -> dict[str, str]:
    """Only Jiangxi's site, on ``base_url`` (sites enabled by default would reach the internet)."""
    return department_sites_off() | {
        "MEE_INTERVIEWS__PROVINCES__JIANGXI__BASE_URL": base_url,
        "MEE_INTERVIEWS__PROVINCES__JIANGXI__ENABLED": "true",
        "MEE_INTERVIEWS__PROVINCES__JIANGXI__MIN_DELAY_SECONDS": "0.0",
        # a site's requests are spaced by the larger of its own delay and [http]'s
        "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0.0",
        "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0.0",
        "MEE_INTERVIEWS__PROVINCES__JIANGXI__ENTRY_POINTS": f'["{LIST}"]',
    }


@pytest.fixture
def department() -> Iterator[FaultServer]:
    with FaultServer() as server:
        server.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
        server.route(LIST, html(recorded("jiangxi.list.html")))
        server.route(PAGE2, html(recorded("jiangxi.list-page2.html")))
        server.route(REPOST, html(recorded("jiangxi.article.html")))
        yield server


@pytest.fixture
def site() -> Iterator[FixtureSite]:
    with fixture_site(4, with_faults=False) as s:
        yield s


def rows(engine: Engine, sql: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]


def test_the_jiangxi_repost_is_discovered_on_its_jcms_list_and_merges_into_one_episode_of_four_sources(
    site: FixtureSite, department: FaultServer, engine: Engine
) -> None:
    settings = load_settings(env=site.env() | _jiangxi_env(department.base_url))
    discovered = _ingest_without_prefect(settings, engine)
    assert discovered >= 1
    sources = rows(
        engine, "SELECT source FROM episode_sources WHERE episode_key = '360000-010' ORDER BY source"
    )
    assert sources == [("mee",), ("province",), ("tw_mirror",), ("wechat",)]
    assert rows(engine, "SELECT url FROM episode_sources WHERE source = 'province'") == [
        ("https://sthjt.jiangxi.gov.cn" + REPOST,)
    ]
    assert rows(engine, "SELECT count(*) FROM episodes WHERE province_code = '360000'") == [(1,)]
    # only the column's episode was fetched from the list, and the list was walked to page 2
    assert department.count(REPOST) == 1 and department.count(PAGE2) == 1
    assert department.count("/art/2025/2/18/art_42066_5860001.html") == 0
    load_provinces(engine, [province_row(s) for s in default_registry()])
    coverage = rows(
        engine,
        "SELECT n_department_site_copies, department_site_listing_pages, department_site_last_status "
        "FROM v_province_coverage WHERE slug = 'jiangxi'",
    )
    assert coverage == [(1, 2, 200)]


def _ingest_without_prefect(settings: Settings, engine: Engine) -> int:
    """The ingest flow's own stages (discover, one page batch staged, load) called without Prefect, so
    province tests stay quick; returns how many episode links discovery found."""
    client = PoliteClient(settings)
    ctx = RunContext(settings, client, engine, default_registry(), "r1", RunMode.LIVE)

    def archive_listing(page: FetchedPage, source: str) -> None:  # as the flow's discover task does
        archive_page(engine, page, source=source, kind="listing", run_id="r1")

    found = discover(client, settings, known=set(), on_page=archive_listing)
    staged = settle_batch(ctx, PageBatch(1, tuple(found.items)))
    load_packages(ctx, [staged.package] if staged.package else [])
    client.close()
    return len(found.items)


def _walk(server: FaultServer) -> list:
    no_browser = {
        "MEE_INTERVIEWS__BROWSER__ENABLED": "false"
    }  # the plain-HTTP verdicts (browser: test_list_browser)
    settings = load_settings(
        env=_jiangxi_env(server.base_url) | {"MEE_INTERVIEWS__HTTP__RETRIES": "0"} | no_browser
    )
    archived: list[tuple[FetchedPage, str]] = []
    found = discover_department_sites(settings, known=set(), on_page=lambda p, s: archived.append((p, s)))
    assert all(source == "province_jiangxi" for _page, source in archived)  # archived before reading
    return found.reports


@pytest.mark.parametrize(
    ("reply", "outcome", "reason"),
    [
        (Reply(status=412, body=b"<html><script>$_ts=1</script></html>"), "blocked", "HTTP 412 (WAF)"),
        (
            Reply(
                headers={"Content-Type": "text/html", "Set-Cookie": "__jsl_clearance=1; path=/"},
                body=b"<html><script>document.cookie='__jsl_clearance=1';location.reload()</script></html>",
            ),
            "blocked",
            "CDN/anti-bot challenge (__jsl_clearance)",
        ),
        (
            Reply(
                headers={"Content-Type": "text/html"},
                body=b'<html><body><iframe src="/list.html"></iframe></body></html>',
            ),
            "needs_browser",
            "iframe shell: list is in /list.html",
        ),
        (
            Reply(
                headers={"Content-Type": "text/html"},
                body=b'<html><body><ul id="list"></ul><script>$.ajax({url: "/api/list"})</script></body></html>',
            ),
            "needs_browser",
            "list built by JavaScript (no links in the HTML)",
        ),
    ],
    ids=["waf-412", "cdn-challenge", "iframe-shell", "javascript-list"],
)
def test_an_access_hazard_on_a_department_list_is_a_per_province_outcome_not_content(
    reply: Reply, outcome: str, reason: str
) -> None:
    with FaultServer() as server:
        server.route("/robots.txt", robots_txt("User-agent: *\nAllow: /\n"))
        server.route(LIST, reply)
        [report] = _walk(server)
    assert (report.slug, report.outcome, report.items) == ("jiangxi", outcome, 0)
    assert report.reason.endswith(f"{reason} (no browser: [browser] enabled = false)")
