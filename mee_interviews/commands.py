"""The work behind CLI commands that is more than one call (kept out of cli.py to keep it thin)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from models.settings_load import load_settings
from warehouse.runs import COUNTERS


def print_province_summary(console: Console, db_path: Path, result: Mapping[str, Any]) -> None:
    """The per-province table printed after an ingest, plus the run's counters."""
    from warehouse.engine import open_reader
    from warehouse.reports import province_summary

    engine = open_reader(db_path)
    try:
        rows = province_summary(engine)
    finally:
        engine.dispose()
    table = Table(
        "province",
        "code",
        "episodes",
        "sources",
        "questions",
        "points",
        "indicators",
        title=f"warehouse {db_path}",
    )
    for r in rows:
        table.add_row(
            *(
                str(r[k])
                for k in ("province", "code", "episodes", "sources", "questions", "points", "indicators")
            )
        )
    console.print(table)
    console.print(
        f"run {result.get('run_id')} [bold]{result.get('status')}[/]: "
        + ", ".join(f"{k} {result.get(k, 0)}" for k in COUNTERS)
    )
    if result.get("abandoned"):
        console.print(f"abandoned runs marked failed: {', '.join(result['abandoned'])} (their process ended)")
    for note in result.get("notes", []):  # resumed runs, discovery time
        console.print(f"  {note}", markup=False)
    for kind, url, reason in result.get("problems", []):
        console.print(f"  {kind}: {url} ({reason})", markup=False, overflow="fold")
    if result.get("snapshot"):
        console.print(str(result["snapshot"]), markup=False)


def require_network(settings_path: Path | None) -> None:
    """Fail fast, with one clear line, when no configured live host can be reached."""
    from scrapers.fetch.http import check_reachable

    settings = load_settings(settings_path, env=dict(os.environ))
    # a run may walk only department websites: each enabled one is a host to reach
    hosts = sorted(
        {s.fetch_host for s in settings.sources if s.entry_points}
        | {p.fetch_host for p in settings.provinces if p.enabled}
    )
    if not hosts:
        raise RuntimeError(
            "no source has entry points and no department site is enabled; see default_settings.toml "
            "[sources.*] and [provinces.*]"
        )
    problems = check_reachable(hosts, timeout=settings.http.connect_timeout_seconds)
    if len(problems) == len(hosts):
        raise ConnectionError(
            "cannot reach any configured source ("
            + "; ".join(problems)
            + "). Check the network, or run `mee-interviews ingest` without --live."
        )


def require_bulletin_entry_points(settings_path: Path | None) -> None:
    """Fail fast, with one line, when no source or department site has bulletin entry points."""
    settings = load_settings(settings_path, env=dict(os.environ))
    if not any(s.bulletin_entry_points for s in settings.sources + settings.provinces):
        raise RuntimeError(
            "no bulletin entry points are configured: set bulletin_entry_points of a [sources.*] or "
            "[provinces.*] table (see docs/reference-figures.md)"
        )


def print_run_line(console: Console, result: Mapping[str, Any]) -> None:
    """A bulletins run: its counters, then every page it could not use and every document skipped."""
    skip = ("run_id", "status", "problems", "documents", "snapshot")
    console.print(
        f"run {result.get('run_id')} [bold]{result.get('status')}[/]: "
        + ", ".join(f"{k} {v}" for k, v in result.items() if k not in skip)
    )
    for kind, url, reason in result.get("problems", []):
        console.print(f"  {kind}: {url} ({reason})", markup=False, overflow="fold")
    for url in result.get("documents", []):
        console.print(f"  document, not read: {url}", markup=False, overflow="fold")
    if result.get("snapshot"):
        console.print(str(result["snapshot"]), markup=False)


def parse_any(path_or_url: str, settings_path: Path | None) -> dict[str, Any]:
    """Parse a local file, or fetch a configured URL politely and parse it."""
    from scrapers.parse import parse_document, parse_page, parsed_to_json
    from scrapers.provinces import default_registry

    if path_or_url.startswith(("http://", "https://")):
        from scrapers.fetch.http import PoliteClient

        settings = load_settings(settings_path, env=dict(os.environ))
        with PoliteClient(settings) as client:
            page = client.fetch(path_or_url)
        return parsed_to_json(parse_page(page, registry=default_registry()))
    path = Path(path_or_url)
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    parsed = parse_document(path.read_bytes(), path.resolve().as_uri(), registry=default_registry())
    return parsed_to_json(parsed)


def extract_file(path: Path) -> dict[str, Any]:
    """Indicators and claims of any text or HTML file (offsets index its normalised text)."""
    from scrapers.base.blocks import html_blocks
    from scrapers.extract import claim_to_json, extract_text, indicator_to_json
    from scrapers.fetch.charset import resolve_encoding

    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    data = path.read_bytes()
    text = data.decode(resolve_encoding((), data), errors="replace")
    if text.lstrip()[:1] == "<":
        text = "\n".join(html_blocks(text))
    indicators, claims = extract_text(text)
    return {
        "path": str(path),
        "indicators": [indicator_to_json(i) for i in indicators],
        "claims": [claim_to_json(c) for c in claims],
    }


def print_site_checks(
    console: Console, settings_path: Path | None, slugs: list[str], *, record: Path | None, as_json: bool
) -> int:
    """``scrapers check``: one row per entry point (see scrapers/provinces/checks.py); 3 when one
    is unreachable, unrecognised or lists no readable article, else 0."""
    from dataclasses import asdict

    from rich.markup import escape

    from mee_interviews.recording import Recorder
    from scrapers.fetch.browser import Browser
    from scrapers.provinces import default_registry
    from scrapers.provinces.checks import check_sites, units_to_check

    settings = load_settings(settings_path, env=dict(os.environ))
    recorder = Recorder(record) if record is not None else None

    def keep(page: Any, slug: str, kind: str) -> None:
        if recorder is not None:
            recorder.page(page, slug, kind)

    units = units_to_check(default_registry(), slugs)
    browser = Browser(settings) if settings.browser.enabled else None
    try:
        checks = check_sites(settings, units, on_page=keep, browser=browser)
    finally:
        if browser is not None:
            browser.close()
    if as_json:
        console.print_json(data=[asdict(c) for c in checks])
    else:
        table = Table(
            "slug", "entry point", "reachable", "family", "listed", "read", "first article", "outcome"
        )
        for c in checks:
            family = (
                f"{c.form}{' (browser)' if c.rendered else ''}" if c.family_recognised else f"no ({c.form})"
            )
            outcome = c.outcome + (f": {c.reason}" if c.reason else "")
            cells = (
                "yes" if c.reachable else "no",
                family,
                str(c.records_listed),
                str(c.articles_read),
                c.article,
            )
            table.add_row(*(escape(cell) for cell in (c.slug, c.url, *cells, outcome)))
        console.print(table)
    if recorder is not None:
        console.print(f"recorded {len(recorder.entries)} pages: {recorder.close()}", markup=False)
    good = all(
        c.reachable and c.family_recognised and c.article.startswith(("selector:", "fallback:"))
        for c in checks
    )
    return 0 if good and checks else 3
