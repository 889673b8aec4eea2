"""The run's Chromium (scrapers/fetch/browser.py) on a real local site: it passes a JavaScript
cookie challenge, and every request it makes obeys the HTTP client's allow-list and robots.txt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models.settings import BrowserSettings, Settings
from scrapers.fetch.browser import Browser, BrowserUnavailable, browser_problem
from scrapers.fetch.hosts import HostMap
from scrapers.fetch.http import PoliteClient
from tests.support.fault_server import FaultServer, robots_txt
from tests.support.offline import mee_on
from tests.support.real_jiangxi import COOKIE, behind_challenge, page

NO_CHROMIUM = browser_problem(BrowserSettings())
pytestmark = pytest.mark.skipif(NO_CHROMIUM is not None, reason=f"no browser here: {NO_CHROMIUM}")
CANONICAL = "https://site.example.gov.cn"
LIST = "<html><body><ul><li><a href='/a/1.html'>一篇文章的标题足够长</a></li></ul></body></html>"


def _settings(server: FaultServer, **browser: object) -> Settings:
    return mee_on(server.base_url, sources__mee={"canonical_host": "site.example.gov.cn"}, browser=browser)


@pytest.fixture
def server() -> Iterator[FaultServer]:
    with FaultServer() as srv:
        srv.route("/robots.txt", robots_txt("User-agent: *\nDisallow: /private/\n"))
        yield srv


def _render(settings: Settings, path: str, browser: Browser) -> object:
    with PoliteClient(settings) as client:
        return browser.render(CANONICAL + path, client, HostMap(settings.fetch_sources))


def test_the_browser_passes_a_javascript_cookie_challenge_and_returns_the_dom_and_its_cookie(
    server: FaultServer,
) -> None:
    server.route("/list/", behind_challenge(page(LIST)))
    settings = _settings(server)
    with Browser(settings) as browser:
        rendered = _render(settings, "/list/", browser)
    assert "一篇文章的标题足够长" in rendered.page.text
    assert rendered.page.final_url == CANONICAL + "/list/" and rendered.page.status_code == 200
    assert COOKIE in rendered.cookie_names
    assert server.count("/list/") == 2  # the challenge, then the page with the cookie


def test_the_browser_loads_nothing_from_a_host_that_is_not_configured(server: FaultServer) -> None:
    with FaultServer() as elsewhere:
        foreign = (
            f"<script src='{elsewhere.url('/tracker.js')}'></script><img src='{elsewhere.url('/p.png')}'>"
        )
        server.route("/list/", page(f"<html><body>{foreign}{LIST}</body></html>"))
        settings = _settings(server)
        with Browser(settings) as browser:
            rendered = _render(settings, "/list/", browser)
        assert elsewhere.count() == 0
    assert any("host_not_allowed" in r for r in rendered.refused)


def test_a_navigation_robots_txt_disallows_is_refused(server: FaultServer) -> None:
    server.route("/list/", page("<html><script>location.href='/private/list/'</script></html>"))
    server.route("/private/list/", page(LIST))
    settings = _settings(server)
    with Browser(settings) as browser:
        rendered = _render(settings, "/list/", browser)
    assert server.count("/private/list/") == 0
    assert any("robots_disallowed" in r for r in rendered.refused)


def test_the_page_cap_stops_rendering_for_the_rest_of_the_run(server: FaultServer) -> None:
    server.route("/list/", page(LIST))
    settings = _settings(server, max_pages=1)
    with Browser(settings) as browser:
        _render(settings, "/list/", browser)
        with pytest.raises(BrowserUnavailable, match="page cap reached"):
            _render(settings, "/list/", browser)


def test_a_missing_or_disabled_browser_says_why() -> None:
    assert browser_problem(BrowserSettings(enabled=False)) == "[browser] enabled = false"
    assert "no Chromium at /nope" in (browser_problem(BrowserSettings(executable="/nope")) or "")


def test_each_navigation_waits_for_the_hosts_turn_while_a_pages_scripts_load_with_it(
    server: FaultServer,
) -> None:
    scripts = "".join(f"<script src='/s{i}.js'></script>" for i in range(4))
    server.route("/list/", behind_challenge(page(f"<html><body>{scripts}{LIST}</body></html>")))
    for i in range(4):
        server.route(f"/s{i}.js", page("var x = 1;"))
    settings = mee_on(
        server.base_url,
        sources__mee={"canonical_host": "site.example.gov.cn"},
        http={"min_delay_seconds": 0.8},
    )
    with Browser(settings) as browser:
        _render(settings, "/list/", browser)
    challenge, real = server.requests_to("/list/")
    assert real.at - challenge.at >= 0.7  # the reload is a navigation: paced (0.8 s, less clock slack)
    loaded = [r.at for r in server.requests if r.path.startswith("/s")]
    assert len(loaded) == 4 and max(loaded) - min(loaded) < 0.8  # one visit, not four paced requests
