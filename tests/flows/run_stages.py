"""Run the ingest stages without Prefect (the flow's tasks call exactly these functions)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from flows.runtime import RunContext
from flows.stages import PageOutcome, load_outcomes, process_item
from mee_interviews.settings import Settings
from scrapers.crawl import discover, known_identities
from scrapers.http import PoliteClient
from scrapers.provinces import default_registry
from warehouse.archive import archive_page
from warehouse.runs import known_sources


@dataclass
class StageRun:
    counts: Counter[str]
    outcomes: list[PageOutcome]
    requests: int
    listing_pages: int


def run_stages(settings: Settings, engine: Engine, run_id: str) -> StageRun:
    client = PoliteClient(settings)
    ctx = RunContext(settings, client, engine, default_registry(), run_id, "live")

    def archive(page, source):  # type: ignore[no-untyped-def]
        archive_page(engine, page, source=source, kind="listing", run_id=run_id)

    found = discover(client, settings, known=known_identities(known_sources(engine)), on_page=archive)
    outcomes = [process_item(ctx, item.url, str(item.source)) for item in found.items]
    counts = Counter(o.kind for o in outcomes)
    counts.update(load_outcomes(ctx, outcomes))
    counts["discovered"] = len(found.items)
    client.close()
    return StageRun(counts, outcomes, client.stats.requests_sent, found.listing_pages)
