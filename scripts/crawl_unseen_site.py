"""Crawl the unseen test site (tests/support/unseen_site.py) twice and print, per listing page, the
generic fallbacks it needed, and the requests per episode of a first and an incremental run.
Prints figures; asserts nothing (tests/flows/test_crawl_unseen_site.py asserts).

    .venv/bin/python scripts/crawl_unseen_site.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.flows.run_stages import run_stages

from scrapers.crawl import discover
from scrapers.fetch.http import PoliteClient
from tests.support.unseen_site import unseen_site
from warehouse.engine import open_writer
from warehouse.schema import ensure_schema


def main() -> None:
    engine = open_writer(":memory:")
    ensure_schema(engine)
    with unseen_site() as site:
        settings = site.settings()
        with PoliteClient(settings) as client:
            found = discover(client, settings, known=set(), on_page=lambda page, source: None)
        for url, source, name in found.fallbacks:
            print(f"fallback {name:18s} {source:9s} {url}")
        for url, source in found.listing_empty:
            print(f"listing_empty            {source:9s} {url}")
        for label in ("first run", "second run"):
            site.server.clear()
            run = run_stages(settings, engine, label)
            with engine.connect() as conn:
                episodes = conn.exec_driver_sql("SELECT count(*) FROM episodes").scalar() or 0
            sent = site.server.requests
            conditional = sum(1 for r in sent if r.header("if-none-match") or r.header("if-modified-since"))
            print(
                f"{label:10s}: {episodes} episode, {run.requests} requests ({run.listing_pages} listing pages, "
                f"{conditional} conditional GETs, {run.counts.get('fetched', 0)} full downloads) = "
                f"{run.requests / max(episodes, 1):.0f} requests per episode"
            )


if __name__ == "__main__":
    main()
