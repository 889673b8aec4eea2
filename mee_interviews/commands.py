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
    hosts = sorted({s.fetch_host for s in settings.sources if s.entry_points})
    if not hosts:
        raise RuntimeError("no source has entry points configured; see default_settings.toml [sources.*]")
    problems = check_reachable(hosts, timeout=settings.http.connect_timeout_seconds)
    if len(problems) == len(hosts):
        raise ConnectionError(
            "cannot reach any configured source ("
            + "; ".join(problems)
            + "). Check the network, or run `mee-interviews ingest` without --live."
        )


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
    from scrapers.articles.blocks import html_blocks
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
