"""The one settings object: built where a flow or command starts, then passed down.

Defaults live in ``default_settings.toml`` beside this module; a user file (``--settings`` or
``MEE_INTERVIEWS_SETTINGS``) is merged over them, then ``MEE_INTERVIEWS__SECTION__KEY``
environment variables over that. Every value is validated (types and ranges), unknown sections
and keys are errors, and each error names the key and the file or variable that set it: a
typo must not silently fall back to a default. Nothing here runs at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, replace
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, ConfigDict, Field, TypeAdapter, ValidationError
from pydantic.dataclasses import dataclass

from mee_interviews.settings_layers import DEFAULTS, ENV_PREFIX, RawSettings, SettingsError, read_toml

__all__ = [
    "ENV_FILE",
    "ENV_PREFIX",
    "DiscoverySettings",
    "HttpSettings",
    "Settings",
    "SettingsError",
    "SourceSettings",
    "load_settings",
]

ENV_FILE = "MEE_INTERVIEWS_SETTINGS"
_STRICT = ConfigDict(extra="forbid")

NonNegative = Annotated[float, Field(ge=0)]
Positive = Annotated[float, Field(gt=0)]
Count = Annotated[int, Field(ge=0)]
AtLeastOne = Annotated[int, Field(ge=1)]


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


@dataclass(frozen=True, slots=True, config=_STRICT)
class ProvinceSiteSettings:
    """``[provinces.<slug>]``: one department website. ``entry_points`` empty = the module's own."""

    slug: str
    canonical_host: Annotated[str, Field(min_length=1)]
    base_url: HttpUrl
    entry_points: tuple[str, ...]
    enabled: bool
    min_delay_seconds: NonNegative

    @property
    def fetch_host(self) -> str:
        return urlsplit(self.base_url).netloc

    def as_source(self) -> SourceSettings:
        """The site as a fetch source (allow-list and canonical/fetch host mapping only)."""
        return SourceSettings(f"province_{self.slug}", self.canonical_host, self.base_url, ())


@dataclass(frozen=True, slots=True)
class Settings:
    warehouse_path: Path
    http: HttpSettings
    discovery: DiscoverySettings
    priority: tuple[str, ...]
    sources: tuple[SourceSettings, ...]
    flow: FlowSettings
    # How long a flow waits for the `warehouse-writer` concurrency slot before it fails.
    writer_wait_seconds: NonNegative = 3600.0
    provinces: tuple[ProvinceSiteSettings, ...] = ()

    @property
    def fetch_sources(self) -> tuple[SourceSettings, ...]:
        """The sources plus every enabled department website: the hosts the client may fetch."""
        return self.sources + tuple(p.as_source() for p in self.provinces if p.enabled)

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


SECTIONS = {
    "warehouse": WarehouseSettings,
    "http": HttpSettings,
    "discovery": DiscoverySettings,
    "flow": FlowSettings,
}


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Build settings from defaults, an optional file, and ``MEE_INTERVIEWS__*`` variables.

    Raises ``SettingsError`` listing every invalid, unknown or missing key with its origin.
    """
    env = env or {}
    defaults = resources.files("mee_interviews").joinpath(DEFAULTS)
    with resources.as_file(defaults) as default_path:
        raw = RawSettings(read_toml(default_path))
    file = path or (Path(env[ENV_FILE]) if env.get(ENV_FILE) else None)
    if file is not None:
        raw.merge_file(read_toml(file), str(file))
    for key, value in sorted(env.items()):
        if key.startswith(ENV_PREFIX):
            raw.set_from_env(key, value)
    return _build(raw)


def _build(raw: RawSettings) -> Settings:
    problems: list[str] = []
    unknown = sorted(set(raw.values) - {*SECTIONS, "sources", "provinces"})
    problems += [f"unknown section [{name}] (from {raw.origin_within((name,))})" for name in unknown]
    built = {
        name: _validate(cls, raw.values.get(name, {}), (name,), raw, problems)
        for name, cls in SECTIONS.items()
    }
    sources_raw = dict(raw.values.get("sources", {}))
    priority = sources_raw.pop("priority", [])
    sources = []
    for name, body in sources_raw.items():
        if not isinstance(body, Mapping):
            problems.append(
                f"sources.{name} must be a [sources.{name}] table (from {raw.origin(('sources', name))})"
            )
            continue
        source = _validate(SourceSettings, {**body, "name": name}, ("sources", name), raw, problems)
        sources.append(source)
    names = set(sources_raw)
    if not isinstance(priority, list) or not all(isinstance(p, str) for p in priority):
        problems.append(
            f"sources.priority must be a list of source names (from {raw.origin(('sources', 'priority'))})"
        )
    elif bad := [p for p in priority if p not in names]:
        problems.append(
            f"sources.priority names unknown sources {bad} (from {raw.origin(('sources', 'priority'))})"
        )
    provinces = _provinces(raw, problems)
    if problems:
        raise SettingsError(problems)
    return Settings(
        warehouse_path=Path(built["warehouse"].path),
        writer_wait_seconds=built["warehouse"].writer_wait_seconds,
        http=built["http"],
        discovery=built["discovery"],
        priority=tuple(priority),
        sources=tuple(sources),
        flow=built["flow"],
        provinces=provinces,
    )


def _provinces(raw: RawSettings, problems: list[str]) -> tuple[ProvinceSiteSettings, ...]:
    """``[provinces.<slug>]`` tables: one department website each, validated like a source."""
    body = raw.values.get("provinces", {})
    if not isinstance(body, Mapping):
        problems.append(
            f"provinces must be a table of [provinces.<slug>] (from {raw.origin(('provinces',))})"
        )
        return ()
    sites = [
        _validate(
            ProvinceSiteSettings,
            {**site, "slug": slug} if isinstance(site, Mapping) else site,
            ("provinces", slug),
            raw,
            problems,
        )
        for slug, site in body.items()
    ]
    return tuple(s for s in sites if s is not None)


def _validate(cls: type, data: Any, where: tuple[str, ...], raw: RawSettings, problems: list[str]) -> Any:
    """``cls`` built from ``data``, or None with one line per bad key appended to ``problems``."""
    if not isinstance(data, Mapping):
        problems.append(f"{'.'.join(where)} must be a table (from {raw.origin(where)})")
        return None
    try:
        return TypeAdapter(cls).validate_python(dict(data))
    except ValidationError as exc:
        known = {f.name for f in fields(cls)}
        for error in exc.errors(include_url=False):
            key = (*where, *(str(p) for p in error["loc"][:1]))
            problems.append(_describe(key, error, raw, known))
        return None


def _describe(key: tuple[str, ...], error: Any, raw: RawSettings, known: set[str]) -> str:
    dotted = ".".join(key)
    if error["type"] == "unexpected_keyword_argument":
        return f"unknown key {dotted} (from {raw.origin(key)}); known keys: {', '.join(sorted(known))}"
    if error["type"] in ("missing", "missing_argument"):
        return f"missing key {dotted} (from {raw.origin_within(key[:-1])})"
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{dotted} = {error['input']!r}: {message} (from {raw.origin(key)})"
