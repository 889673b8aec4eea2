"""The settings types: one validated, frozen object built where a flow or command starts
(``models.settings_load.load_settings``) and passed down to every stage.

Every value is validated (types and ranges); unknown keys are errors. They live in ``models`` so
that every layer can take them as parameters without importing the CLI package.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, ConfigDict, Field
from pydantic.dataclasses import dataclass

from models.settings_layers import SettingsError

__all__ = [
    "BrowserSettings",
    "DiscoverySettings",
    "FlowSettings",
    "HttpSettings",
    "ProvinceSiteSettings",
    "Settings",
    "SettingsError",
    "SourceSettings",
    "WarehouseSettings",
]
_STRICT = ConfigDict(extra="forbid")

NonNegative = Annotated[float, Field(ge=0)]
Positive = Annotated[float, Field(gt=0)]
Count = Annotated[int, Field(ge=0)]
AtLeastOne = Annotated[int, Field(ge=1)]
# DuckDB needs a few MB per thread for any query at all; past 1 TiB a value is a typo (DuckDB itself
# refuses some, like 999999999999999, only when the first connection opens, far from the setting).
MemoryMb = Annotated[int, Field(ge=16, le=1_048_576)]


def _http_url(url: str) -> str:
    """An http(s) URL with a host and, when given, a port in 1-65535."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http(s) URL with a host, got {url!r}")
    try:
        port = parts.port
    except ValueError as exc:  # urlsplit refuses ports outside 0-65535 or not numeric
        raise ValueError(f"has an invalid port: {url!r} ({exc})") from None
    if port == 0:
        raise ValueError(f"has an invalid port: {url!r} (port 0)")
    return url


HttpUrl = Annotated[str, AfterValidator(_http_url)]


@dataclass(frozen=True, slots=True, config=_STRICT)
class HttpSettings:
    user_agent: Annotated[str, Field(min_length=1)]
    connect_timeout_seconds: Positive
    read_timeout_seconds: Positive
    total_timeout_seconds: Positive
    max_body_bytes: AtLeastOne
    min_delay_seconds: NonNegative
    delay_jitter_seconds: NonNegative
    max_concurrent_per_host: AtLeastOne
    max_in_flight: AtLeastOne  # requests in flight at once, all hosts together (the worker pool)
    retries: Count
    backoff_base_seconds: NonNegative
    backoff_max_seconds: NonNegative
    retry_after_max_seconds: NonNegative
    max_redirects: Count
    obey_robots: bool


@dataclass(frozen=True, slots=True, config=_STRICT)
class DiscoverySettings:
    incremental: bool
    max_list_pages: AtLeastOne
    title_keyword: Annotated[str, Field(min_length=1)]
    parallel_walks: AtLeastOne  # entry points and department sites walked at once
    max_items_per_entry_point: AtLeastOne = 500
    max_items_per_host: AtLeastOne = 1000


@dataclass(frozen=True, slots=True, config=_STRICT)
class FlowSettings:
    """How the flows cut work: pages per Prefect task, task threads, parser processes (reparse)."""

    batch_size: AtLeastOne
    max_workers: AtLeastOne
    parse_processes: AtLeastOne


@dataclass(frozen=True, slots=True, config=_STRICT)
class SourceSettings:
    name: str
    canonical_host: Annotated[str, Field(min_length=1)]
    base_url: HttpUrl
    entry_points: tuple[str, ...]
    # Pages that list (or are) the national 生态环境状况公报 and press releases (scrapers/bulletins).
    bulletin_entry_points: tuple[str, ...] = ()
    # Spacing between two requests to this source's host when it must exceed [http]'s (the
    # larger wins); unset: [http] min_delay_seconds.
    min_delay_seconds: NonNegative | None = None

    @property
    def entry_urls(self) -> tuple[str, ...]:
        return tuple(self.base_url.rstrip("/") + "/" + p.lstrip("/") for p in self.entry_points)

    @property
    def fetch_host(self) -> str:
        return urlsplit(self.base_url).netloc


@dataclass(frozen=True, slots=True, config=_STRICT)
class WarehouseSettings:
    path: Annotated[str, Field(min_length=1)]
    writer_wait_seconds: NonNegative
    writer_memory_limit_mb: MemoryMb


@dataclass(frozen=True, slots=True, config=_STRICT)
class ProvinceSiteSettings:
    """``[provinces.<slug>]``: one department website. ``entry_points`` empty = the module's own."""

    slug: str
    canonical_host: Annotated[str, Field(min_length=1)]
    base_url: HttpUrl
    entry_points: tuple[str, ...]
    enabled: bool
    min_delay_seconds: NonNegative
    # Pages that list (or are) the province's own 生态环境状况公报 (scrapers/bulletins); crawled
    # by `mee-interviews bulletins` whether or not the site is enabled for episodes.
    bulletin_entry_points: tuple[str, ...] = ()

    @property
    def fetch_host(self) -> str:
        return urlsplit(self.base_url).netloc

    def as_source(self) -> SourceSettings:
        """The site as a fetch source (allow-list and canonical/fetch host mapping only)."""
        return SourceSettings(
            f"province_{self.slug}",
            self.canonical_host,
            self.base_url,
            (),
            min_delay_seconds=self.min_delay_seconds,
        )


@dataclass(frozen=True, slots=True, config=_STRICT)
class BrowserSettings:
    """``[browser]``: the system Chromium that renders pages plain HTTP cannot read (never downloaded)."""

    enabled: bool = True
    executable: Annotated[str, Field(min_length=1)] = "/usr/bin/chromium"
    timeout_seconds: Positive = 30.0  # one page: navigation, challenge and settling
    max_pages: AtLeastOne = 200  # pages rendered per run
    memory_mb: MemoryMb = 512  # V8 heap cap of the renderer


@dataclass(frozen=True, slots=True)
class Settings:
    warehouse_path: Path
    http: HttpSettings
    discovery: DiscoverySettings
    priority: tuple[str, ...]
    sources: tuple[SourceSettings, ...]
    flow: FlowSettings
    # How long a flow waits for a live writer (the run lock, then the `warehouse-writer` slot).
    writer_wait_seconds: NonNegative = 600.0
    provinces: tuple[ProvinceSiteSettings, ...] = ()
    # DuckDB's memory_limit on the writer: a bound on its cache and on a load's unwritten rows (see
    # default_settings.toml for what it must hold).
    writer_memory_limit_mb: MemoryMb = 64
    browser: BrowserSettings = BrowserSettings()

    @property
    def fetch_sources(self) -> tuple[SourceSettings, ...]:
        """The sources plus every department website that is enabled or has bulletin entry points:
        the hosts the client may fetch."""
        return self.sources + tuple(
            p.as_source() for p in self.provinces if p.enabled or p.bulletin_entry_points
        )

    def source(self, name: str) -> SourceSettings:
        for s in self.sources:
            if s.name == name:
                return s
        known = ", ".join(s.name for s in self.sources)
        raise SettingsError(f"unknown source {name!r}; configured sources: {known}")

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """Only these hosts are ever fetched."""
        return frozenset(s.fetch_host for s in self.fetch_sources)

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with whole fields replaced (validated again)."""
        return replace(self, **changes)
