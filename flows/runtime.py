"""Build what a run needs from its parameters: settings, the HTTP client, the warehouse engine.

The bundled sample is a replay snapshot served through the same ``PoliteClient`` code path as a
live run (a replay transport mounted on its session), with its own settings overlay.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import requests
from prefect import get_run_logger
from prefect.exceptions import MissingContextError
from prefect.logging import get_logger
from sqlalchemy.engine import Engine

from flows.allocators import hand_back_freed_memory
from flows.parsing import ParsePool
from models.outcomes import PageKind, RunCounter, RunCounts, RunMode, RunStatus
from models.settings import Settings
from models.settings_load import load_settings
from scrapers.extract import load_catalog as extract_catalog
from scrapers.extract.catalog import CatalogEntry
from scrapers.fetch.http import PoliteClient
from scrapers.fetch.replay import load_snapshot, mount_replay
from scrapers.provinces import ProvinceScraper, Registry, default_registry
from warehouse.engine import MEMORY, open_writer
from warehouse.load import load_catalog, load_provinces
from warehouse.packages import package_root
from warehouse.reference import load_curated
from warehouse.runs import finish_run, new_run_id, start_run
from warehouse.schema import ensure_schema


def sample_dir() -> Traversable:
    """The bundled sample snapshot (shipped inside the package)."""
    return resources.files("mee_interviews").joinpath("sample")


def build_settings(mode: RunMode, settings_path: str | None) -> Settings:
    """Defaults, then the sample overlay in sample mode, then the user's file and environment.

    A sample run never touches the network, whatever the settings say: its sources (entry points,
    base URLs, priority) are the recording's, and no department website is walked. The rest
    (warehouse, flow, http timings) is the user's.
    """
    env = dict(os.environ)
    user_file = Path(settings_path) if settings_path else None
    if mode != RunMode.SAMPLE:
        return load_settings(user_file, env=env)
    with resources.as_file(sample_dir().joinpath("settings.toml")) as sample_file:
        merged = load_settings(user_file, env=env, under=sample_file)
        recording = load_settings(sample_file, env={})
    return merged.with_overrides(
        sources=recording.sources,
        priority=recording.priority,
        provinces=tuple(replace(site, enabled=False) for site in recording.provinces),
    )


def build_client(settings: Settings, mode: RunMode) -> PoliteClient:
    """A live client, or one whose session replays the bundled snapshot."""
    session = requests.Session()
    if mode == RunMode.SAMPLE:
        mount_replay(session, load_snapshot(sample_dir()))
    return PoliteClient(settings, session=session)


@dataclass(frozen=True, slots=True)
class RunContext:
    settings: Settings
    client: PoliteClient | None  # None for runs that never touch the network (reparse)
    engine: Engine
    registry: Registry
    run_id: str
    mode: RunMode
    # Where the run stages its load packages (warehouse.packages): beside the warehouse file.
    staging: Path = field(default_factory=lambda: package_root(None))
    # The parser processes ([flow] parse_processes), started when a second batch needs them.
    parser: ParsePool = field(default_factory=lambda: ParsePool(1))
    abandoned: tuple[str, ...] = ()  # runs left `running` by dead processes, marked failed by this one


def open_run(mode: RunMode | str, db_path: str | None, settings_path: str | None) -> RunContext:
    """Settings, client, migrated warehouse with reference tables (provinces, catalog, the curated
    reference figures), and an open ledger row."""
    hand_back_freed_memory()
    mode = RunMode(mode)
    settings = build_settings(mode, settings_path)
    if mode == RunMode.BACKFILL:
        settings = settings.with_overrides(discovery=replace(settings.discovery, incremental=False))
    path = Path(db_path) if db_path else settings.warehouse_path
    engine = open_writer(path, memory_limit_mb=settings.writer_memory_limit_mb)
    ensure_schema(engine)
    provinces = default_registry()
    load_provinces(engine, [province_row(s) for s in provinces])
    catalog = extract_catalog()
    load_catalog(engine, [catalog_row(e) for e in catalog])
    now = datetime.now(UTC)
    load_curated(engine, {e.code: (e.unit, e.unit_base) for e in catalog}, now=now)
    # reparse never fetches; the bulletin crawl opens a client per site (scrapers/bulletins/crawl.py)
    client = build_client(settings, mode) if mode not in (RunMode.REPARSE, RunMode.BULLETINS) else None
    staging = package_root(None if str(path) == MEMORY else path)
    parser = ParsePool(settings.flow.parse_processes)
    run_id = new_run_id(now)
    abandoned = start_run(engine, run_id=run_id, mode=mode, now=now)
    if abandoned:
        run_logger().warning(
            "runs left running by a process that ended, marked failed: %s", ", ".join(abandoned)
        )
    return RunContext(settings, client, engine, provinces, run_id, mode, staging, parser, tuple(abandoned))


def province_row(s: ProvinceScraper) -> dict[str, str]:
    return {
        "code": s.code,
        "name": s.name,
        "short_name": s.short_name,
        "slug": s.slug,
        "region": s.region,
        "department": s.department,
    }


def catalog_row(e: CatalogEntry) -> dict[str, object]:
    return {
        "code": e.code,
        "name": e.name,
        "synonyms": json.dumps(list(e.synonyms), ensure_ascii=False),
        "unit": e.unit,
        "unit_base": e.unit_base,
        "domain": e.domain,
        "min_value": e.min_value,
        "max_value": e.max_value,
        "description": e.description,
    }


def run_status(counts: RunCounts, mode: RunMode) -> RunStatus:
    """Partial when any page failed or was blocked, else success (a run that died is failed).
    A reparse counts only failures: the walls in the archive were reported when fetched."""
    problems = (PageKind.FAILED,) if mode == RunMode.REPARSE else (PageKind.FAILED, PageKind.BLOCKED)
    return RunStatus.PARTIAL if any(counts[p] for p in problems) else RunStatus.SUCCESS


def close_run(ctx: RunContext, counts: RunCounts, status: RunStatus, message: str | None = None) -> None:
    """The one way a run ends: release the HTTP client and the parsers, close the ledger row, log
    the counters."""
    ctx.parser.close()
    if ctx.client is not None:
        counts[RunCounter.REQUESTS_SENT] = ctx.client.stats.requests_sent
        ctx.client.close()
    finish_run(
        ctx.engine, run_id=ctx.run_id, status=status, counts=counts, now=datetime.now(UTC), message=message
    )
    run_logger().info("run %s (%s) %s: %s", ctx.run_id, ctx.mode, status, counts.as_dict())


def run_logger() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    try:
        return get_run_logger()
    except MissingContextError:  # called outside a flow run (a script)
        return get_logger("mee_interviews.flows")
