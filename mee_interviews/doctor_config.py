"""Doctor checks of the configuration: settings load, hosts, priority names, entry points."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from mee_interviews.findings import Finding
from models.settings import Settings, SettingsError
from models.settings_load import load_settings
from scrapers.families import FAMILIES

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def check_settings(settings_path: Path | None, env: Mapping[str, str]) -> list[Finding]:
    """Settings load (every invalid key is its own finding); each base_url fetches its canonical host (or loopback); live runs have entry points."""
    try:
        settings = load_settings(settings_path, env=env)
    except SettingsError as exc:
        # One line per bad key, so a file with three mistakes is fixed in one pass.
        return [
            Finding("settings", False, problem, "fix the settings file or MEE_INTERVIEWS__* variable named")
            for problem in exc.problems
        ]
    where = str(settings_path) if settings_path else "defaults"
    return [
        Finding("settings", True, f"settings load ({where}; warehouse {settings.warehouse_path})"),
        _hosts(settings),
        _priority(settings),
        _entry_points(settings),
        _browser(settings),
    ]


def _hosts(settings: Settings) -> Finding:
    odd = []
    for s in settings.sources:
        host = (urlsplit(s.base_url).hostname or "").lower()
        if not host or host not in {h.split(":")[0] for h in settings.allowed_hosts}:
            return Finding(
                "hosts",
                False,
                f"sources.{s.name}.base_url has no usable host: {s.base_url!r}",
                f"set sources.{s.name}.base_url to an http(s) URL",
            )
        if host not in (s.canonical_host.lower(), *LOOPBACK):
            odd.append(f"{s.name} → {host} (canonical {s.canonical_host})")
    if odd:
        return Finding(
            "hosts",
            True,
            "sources fetched from another host: " + "; ".join(odd),
            "make sure each of these is a mirror you mean to crawl",
            warning=True,
        )
    return Finding("hosts", True, "every source fetches its canonical host (or a local server)")


def _priority(settings: Settings) -> Finding:
    known = set(FAMILIES.names())
    unknown = [p for p in settings.priority if p not in known]
    if unknown:
        return Finding(
            "priority",
            False,
            f"sources.priority names unknown source families: {unknown}",
            f"use only {sorted(known)}",
        )
    return Finding("priority", True, "sources.priority: " + " > ".join(settings.priority))


def _entry_points(settings: Settings) -> Finding:
    count = sum(len(s.entry_points) for s in settings.sources)
    sites = sum(1 for p in settings.provinces if p.enabled)
    if count == 0 and sites == 0:
        return Finding(
            "entry points",
            True,
            "no source has an entry point and no department site is enabled: live runs will discover nothing",
            "add entry_points to a [sources.*] section or enable a [provinces.*] site",
            warning=True,
        )
    return Finding("entry points", True, f"{count} entry points and {sites} department sites for live runs")


def _browser(settings: Settings) -> Finding:
    """Whether pages that need JavaScript can be rendered (a real launch of the configured Chromium)."""
    from scrapers.fetch.browser import check_browser

    if not settings.browser.enabled:
        return Finding("browser", True, "[browser] enabled = false: such pages stay needs_browser")
    problem = check_browser(settings.browser)
    if problem is not None:
        return Finding(
            "browser",
            True,
            f"no browser: {problem}; list pages behind a JavaScript challenge stay needs_browser (Partial)",
            "apt-get install chromium (or set [browser] executable), or [browser] enabled = false",
            warning=True,
        )
    return Finding(
        "browser", True, f"Chromium at {settings.browser.executable} starts (JavaScript pages are rendered)"
    )
