"""Open the report in real headless Chromium through Playwright: console errors, charts drawn,
screenshots. Used by the report's browser test and ``scripts/report_screenshots.py``.

The browser is Debian's ``chromium`` launched with the flags the scrapers use
(``scrapers.fetch.browser.launch_chromium``; Playwright never downloads one). The report is a
self-contained file, so every request that is not ``file:`` or ``data:`` is refused.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from playwright.sync_api import ConsoleMessage, Page, Route, sync_playwright

from models.settings import BrowserSettings
from scrapers.fetch.browser import launch_chromium


def find_chromium() -> str | None:
    """The Chromium executable on PATH (chromium, chromium-browser or google-chrome), or None."""
    return next(
        (p for n in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(n))), None
    )


@dataclass
class PageVisit:
    """What one page load showed: errors on the console, the number of charts drawn, a screenshot."""

    errors: list[str] = field(default_factory=list)
    charts_drawn: int = 0
    charts_expected: int = 0
    charts_state: str = ""
    screenshot: bytes = b""


class ReportPage:
    """One Playwright page on the report, collecting console errors and uncaught exceptions."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.seen: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.seen.append(str(exc)))
        page.on("requestfailed", lambda r: self.seen.append(f"network: {r.failure} {r.url}"))

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "assert"):
            self.seen.append(message.text)

    def evaluate(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads seen since the last visit began."""
        return list(self.seen)


def _offline(route: Route) -> None:
    if route.request.url.startswith(("file:", "data:", "about:")):
        route.continue_()
    else:
        route.abort("blockedbyclient")


@contextmanager
def chromium_page(
    executable: str, *, width: int = 1100, height: int = 900, scale: float = 1.0
) -> Iterator[ReportPage]:
    """A headless Chromium with one page (``width`` x ``height`` CSS pixels, screenshots at
    ``scale``), closed on exit."""
    with sync_playwright() as pw:
        browser = launch_chromium(pw, BrowserSettings(executable=executable))
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=scale)
            page.route("**/*", _offline)
            yield ReportPage(page)
        finally:
            browser.close()


def visit(tools: ReportPage, url: str, *, timeout: float = 30.0, screenshot: bool = False) -> PageVisit:
    """Load ``url`` fresh, wait until its charts are drawn (or fail), and report what happened."""
    tools.page.goto("about:blank")
    tools.seen.clear()
    tools.page.goto(url)
    deadline = time.monotonic() + timeout
    state = ""
    while time.monotonic() < deadline:
        state = tools.evaluate("document.body ? (document.body.getAttribute('data-charts') || '') : ''") or ""
        if state in ("ready", "failed"):
            break
        time.sleep(0.1)
    result = PageVisit(charts_state=state)
    counts = tools.evaluate(
        "(function(){var p=document.querySelector('section.page:not([hidden])');if(!p){return [0,0];}"
        "var charts=Array.prototype.slice.call(p.querySelectorAll('.chart'));"
        "return [charts.length, charts.filter(function(c){return c.querySelector('svg .mark-rect path');}).length];})()"
    )
    result.charts_expected, result.charts_drawn = counts
    if screenshot:
        height = int(tools.evaluate("Math.min(document.documentElement.scrollHeight, 2400)"))
        result.screenshot = tools.page.screenshot(
            type="png", full_page=True, clip={"x": 0, "y": 0, "width": 1100, "height": height}, scale="device"
        )
    result.errors = tools.errors()
    return result
