"""A real browser for pages plain HTTP cannot read: Playwright driving the system Chromium.

Used for list pages classified ``needs_browser`` and for JavaScript cookie challenges (the 2025
Jiangxi site answers plain clients with a ~1 KB page whose script sets a cookie and reloads): the
page is rendered, the challenge sets its cookie, and the DOM comes back as a ``FetchedPage`` for
the same readers. Playwright never downloads a browser here: it launches ``[browser] executable``
(Debian's ``/usr/bin/chromium``) with the flags below.

Politeness holds for every request the page makes: each one is routed through
``PoliteClient.admit`` and refused unless the allow-list and robots.txt let it through; every
navigation (the page, a challenge's reload or redirect) also waits for the host's turn like any
HTTP request, while the scripts and data requests of one page load with it as one visit (paced
one by one, the 16 scripts of the real Jiangxi page would take over a minute at 5 s per request).
Images, fonts, media and stylesheets are never loaded. Caps: ``timeout_seconds`` per page, ``max_pages``
per run, ``memory_mb`` of V8 heap, and the HTTP client's ``max_body_bytes`` on the DOM. One
Chromium per run, started on first need and reused, with one context (cookie jar) per host.
Playwright's sync API belongs to the thread that started it, so all browser work runs on one
worker thread and ``render`` may be called from any thread.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from models.records import FetchedPage
from models.settings import BrowserSettings, Settings
from scrapers.fetch.hosts import HostMap, netloc_of
from scrapers.fetch.http import FetchError, FetchFailure, PoliteClient

if TYPE_CHECKING:
    from playwright.sync_api import Browser as PwBrowser
    from playwright.sync_api import BrowserContext, Page, Playwright, Request, Response, Route

log = logging.getLogger(__name__)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--renderer-process-limit=1",
)
LOADED_TYPES = frozenset({"document", "script", "xhr", "fetch"})  # what a list needs; no images, fonts, css
SETTLE_MS = 400  # quiet time after the last navigation before the DOM is read


class BrowserUnavailable(RuntimeError):
    """No page can be rendered: the browser is off, missing, broken, or this run's page cap is spent."""


def browser_problem(settings: BrowserSettings) -> str | None:
    """Why pages cannot be rendered here, or None when the browser can be launched."""
    if not settings.enabled:
        return "[browser] enabled = false"
    if not os.access(settings.executable, os.X_OK):
        return f"no Chromium at {settings.executable} (apt-get install chromium, or set [browser] executable)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as exc:  # pragma: no cover - playwright is a dependency
        return f"the playwright package is missing ({exc})"
    return None


def launch_chromium(pw: Playwright, settings: BrowserSettings) -> PwBrowser:
    """The system Chromium of ``settings`` with this project's flags (never a downloaded browser)."""
    return pw.chromium.launch(
        executable_path=settings.executable,
        headless=True,
        args=[*FLAGS, f"--js-flags=--max-old-space-size={settings.memory_mb}"],
    )


def check_browser(settings: BrowserSettings) -> str | None:
    """None when the configured Chromium really starts (launched and closed), else why not."""
    problem = browser_problem(settings)
    if problem is not None:
        return problem
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as pw:
            launch_chromium(pw, settings).close()
    except PlaywrightError as exc:
        return f"{settings.executable} does not start ({_one_line(exc)})"
    return None


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered page, the cookies its host set in the browser, and the requests refused on the way."""

    page: FetchedPage
    cookies: tuple[tuple[str, str, str, str], ...]  # (name, value, domain, path) in the host's jar
    refused: tuple[str, ...]

    @property
    def cookie_names(self) -> tuple[str, ...]:
        return tuple(sorted({c[0] for c in self.cookies}))


class Browser:
    """One Chromium for the run (see the module docstring). Close it when the run ends."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings.browser
        self._max_body = settings.http.max_body_bytes
        self._user_agent = settings.http.user_agent
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chromium")
        self._pw: Playwright | None = None
        self._chromium: PwBrowser | None = None
        self._contexts: dict[str, BrowserContext] = {}
        self.pages_rendered = 0

    @property
    def problem(self) -> str | None:
        """Why this browser cannot render, or None."""
        if self.pages_rendered >= self._settings.max_pages:
            return f"browser page cap reached ({self._settings.max_pages} per run)"
        return browser_problem(self._settings)

    def render(self, url: str, client: PoliteClient, hosts: HostMap) -> Rendered:
        """Render canonical ``url`` (fetched where ``hosts`` maps it) under ``client``'s rules.

        Raises ``BrowserUnavailable`` (see ``problem``) or ``FetchError`` (timeout, refused, too large).
        """
        problem = self.problem
        if problem is not None:
            raise BrowserUnavailable(problem)
        self.pages_rendered += 1
        return self._worker.submit(self._render, url, client, hosts).result()

    def close(self) -> None:
        """Close every context, Chromium and Playwright (on the worker thread), then the worker."""
        self._worker.submit(self._shutdown).result()
        self._worker.shutdown()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- on the worker thread -----------------------------------------------------------------

    def _launch(self) -> PwBrowser:
        if self._chromium is None:
            from playwright.sync_api import sync_playwright

            self._pw = sync_playwright().start()
            self._chromium = launch_chromium(self._pw, self._settings)
            log.info("browser: started %s (%s)", self._settings.executable, self._chromium.version)
        return self._chromium

    def _context(self, host: str, client: PoliteClient, refused: list[str]) -> BrowserContext:
        if host not in self._contexts:
            context = self._launch().new_context(user_agent=self._user_agent, service_workers="block")
            self._contexts[host] = context
        context = self._contexts[host]
        context.unroute("**/*")
        context.route("**/*", lambda route, request: _guard(route, request, client, refused))
        return context

    def _render(self, url: str, client: PoliteClient, hosts: HostMap) -> Rendered:
        from playwright.sync_api import Error as PlaywrightError

        target = hosts.to_fetch(url)
        refused: list[str] = []
        timeout_ms = self._settings.timeout_seconds * 1000
        try:
            context = self._context(netloc_of(target), client, refused)
            page = context.new_page()
        except PlaywrightError as exc:
            raise BrowserUnavailable(f"Chromium could not start: {_one_line(exc)}") from exc
        documents: list[Response] = []
        page.on("response", lambda r: documents.append(r) if _is_document(r, page) else None)
        try:
            page.set_default_timeout(timeout_ms)
            page.goto(target, wait_until="load", timeout=timeout_ms)
            html = _settled_content(page, timeout_ms, documents)
            cookies = tuple(
                (
                    str(c.get("name", "")),
                    str(c.get("value", "")),
                    str(c.get("domain", "")),
                    str(c.get("path", "/")),
                )
                for c in context.cookies()
            )
            final = page.url
        except PlaywrightError as exc:
            if refused and not documents:
                raise FetchError(FetchFailure.ROBOTS_DISALLOWED, url, f"browser: {refused[0]}") from exc
            raise FetchError(FetchFailure.TIMEOUT, url, f"browser: {_one_line(exc)}") from exc
        finally:
            page.close()
        body = html.encode("utf-8")
        if len(body) > self._max_body:
            raise FetchError(FetchFailure.TOO_LARGE, url, f"rendered DOM exceeds {self._max_body} bytes")
        status = documents[-1].status if documents else 200
        return Rendered(
            page=FetchedPage(
                requested_url=url,
                final_url=hosts.to_canonical(final, requested=url),
                status_code=status,
                headers=(("content-type", "text/html; charset=utf-8"), ("x-rendered-by", "chromium")),
                body=body,
                fetched_at=datetime.now(UTC),
                encoding="utf-8",
            ),
            cookies=cookies,
            refused=tuple(refused),
        )

    def _shutdown(self) -> None:
        for context in self._contexts.values():
            context.close()
        self._contexts.clear()
        if self._chromium is not None:
            self._chromium.close()
        if self._pw is not None:
            self._pw.stop()
        self._chromium, self._pw = None, None


def _guard(route: Route, request: Request, client: PoliteClient, refused: list[str]) -> None:
    """Let a request through only under the HTTP client's rules (see the module docstring)."""
    if request.resource_type not in LOADED_TYPES:
        route.abort("blockedbyclient")
        return
    try:
        client.admit(request.url, pace=request.is_navigation_request())
    except FetchError as exc:
        refused.append(str(exc))
        log.info("browser: refused %s", exc)
        route.abort("blockedbyclient")
        return
    route.continue_()


def _is_document(response: Response, page: Page) -> bool:
    return response.request.is_navigation_request() and response.frame == page.main_frame


def _settled_content(page: Page, timeout_ms: float, documents: list[Response]) -> str:
    """The DOM once navigation has stopped (a challenge reloads the page after setting its cookie)."""
    from playwright.sync_api import Error as PlaywrightError

    for _ in range(10):
        page.wait_for_load_state("networkidle", timeout=timeout_ms)
        before = (page.url, len(documents))
        page.wait_for_timeout(SETTLE_MS)
        try:
            html = page.content()
        except PlaywrightError:  # navigating right now: wait for it to finish
            continue
        if (page.url, len(documents)) == before:
            return html
    return page.content()


def _one_line(exc: Any) -> str:
    return " ".join(str(exc).split())[:300]
