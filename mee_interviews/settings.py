"""The one settings object: built where a flow or command starts, then passed down.

Defaults live in ``default_settings.toml`` beside this module; a user file (``--settings`` or
``MEE_INTERVIEWS_SETTINGS``) is merged over them, then ``MEE_INTERVIEWS__SECTION__KEY``
environment variables over that. Nothing here runs at import time.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ENV_PREFIX = "MEE_INTERVIEWS__"
ENV_FILE = "MEE_INTERVIEWS_SETTINGS"


class SettingsError(ValueError):
    """A settings file or override that cannot be used; the message says which key."""


@dataclass(frozen=True, slots=True)
class HttpSettings:
    user_agent: str
    connect_timeout_seconds: float
    read_timeout_seconds: float
    total_timeout_seconds: float
    max_body_bytes: int
    min_delay_seconds: float
    delay_jitter_seconds: float
    max_concurrent_per_host: int
    retries: int
    backoff_base_seconds: float
    backoff_max_seconds: float
    retry_after_max_seconds: float
    max_redirects: int
    obey_robots: bool


@dataclass(frozen=True, slots=True)
class DiscoverySettings:
    incremental: bool
    max_list_pages: int
    title_keyword: str


@dataclass(frozen=True, slots=True)
class SourceSettings:
    name: str
    canonical_host: str
    base_url: str
    entry_points: tuple[str, ...]

    @property
    def entry_urls(self) -> tuple[str, ...]:
        return tuple(self.base_url.rstrip("/") + "/" + p.lstrip("/") for p in self.entry_points)

    @property
    def fetch_host(self) -> str:
        return urlsplit(self.base_url).netloc


@dataclass(frozen=True, slots=True)
class ProvinceSiteSettings:
    """``[provinces.<slug>]``: one department website. ``entry_points`` empty = the module's own."""

    slug: str
    canonical_host: str
    base_url: str
    entry_points: tuple[str, ...]
    enabled: bool
    min_delay_seconds: float

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
        return replace(self, **changes)


def load_settings(path: Path | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Build settings from defaults, an optional file, and ``MEE_INTERVIEWS__*`` variables."""
    env = env or {}
    raw = tomllib.loads(resources.files("mee_interviews").joinpath("default_settings.toml").read_text())
    file = path or (Path(env[ENV_FILE]) if env.get(ENV_FILE) else None)
    if file is not None:
        try:
            _merge(raw, tomllib.loads(Path(file).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"cannot read settings file {file}: {exc}") from exc
    for key, value in env.items():
        if key.startswith(ENV_PREFIX):
            _set_path(raw, key[len(ENV_PREFIX) :].lower().split("__"), _parse_scalar(value))
    return _build(raw)


def _merge(base: dict[str, Any], over: Mapping[str, Any]) -> None:
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value)
        else:
            base[key] = value


def _set_path(raw: dict[str, Any], path: list[str], value: Any) -> None:
    node = raw
    for part in path[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise SettingsError(f"override {'.'.join(path)} does not name a settings section")
    node[path[-1]] = value


def _parse_scalar(text: str) -> Any:
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def _section(cls: type, data: Mapping[str, Any], name: str) -> Any:
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    missing = names - set(data)
    if unknown or missing:
        raise SettingsError(f"[{name}]: unknown keys {sorted(unknown)}, missing keys {sorted(missing)}")
    return cls(**data)


def _build(raw: Mapping[str, Any]) -> Settings:
    sources_raw = dict(raw.get("sources", {}))
    priority = tuple(sources_raw.pop("priority", ()))
    sources = tuple(
        _section(
            SourceSettings,
            {**body, "name": name, "entry_points": tuple(body.get("entry_points", ()))},
            f"sources.{name}",
        )
        for name, body in sources_raw.items()
    )
    for s in sources:
        if urlsplit(s.base_url).scheme not in ("http", "https"):
            raise SettingsError(f"sources.{s.name}.base_url must be an http(s) URL, got {s.base_url!r}")
    unknown = [p for p in priority if p not in {s.name for s in sources}]
    if unknown:
        raise SettingsError(f"sources.priority names unknown sources: {unknown}")
    provinces = tuple(_province(slug, body) for slug, body in raw.get("provinces", {}).items())
    return Settings(
        provinces=provinces,
        warehouse_path=Path(raw.get("warehouse", {}).get("path", "data/mee_interviews.duckdb")),
        http=_section(HttpSettings, raw.get("http", {}), "http"),
        discovery=_section(DiscoverySettings, raw.get("discovery", {}), "discovery"),
        priority=priority,
        sources=sources,
    )


def _province(slug: str, body: Mapping[str, Any]) -> ProvinceSiteSettings:
    if not isinstance(body, Mapping):
        raise SettingsError(f"provinces.{slug} must be a table with base_url, entry_points, enabled …")
    site = _section(
        ProvinceSiteSettings,
        {**body, "slug": slug, "entry_points": tuple(body.get("entry_points", ()))},
        f"provinces.{slug}",
    )
    if urlsplit(site.base_url).scheme not in ("http", "https"):
        raise SettingsError(f"provinces.{slug}.base_url must be an http(s) URL, got {site.base_url!r}")
    return site
