"""Load the settings: defaults, then a user file, then ``MEE_INTERVIEWS__SECTION__KEY`` variables.

Defaults live in ``default_settings.toml`` beside this module; a user file (``--settings`` or
``MEE_INTERVIEWS_SETTINGS``) is merged over them, then the environment over that. Each error
names the key and the file or variable that set it: a typo must not silently fall back to a
default. The environment is read only when a caller passes it; nothing runs at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from models.settings import (
    BrowserSettings,
    DiscoverySettings,
    FlowSettings,
    HttpSettings,
    ProvinceSiteSettings,
    Settings,
    SourceSettings,
    WarehouseSettings,
)
from models.settings_layers import DEFAULTS, ENV_PREFIX, RawSettings, SettingsError, read_toml

__all__ = ["ENV_FILE", "ENV_PREFIX", "SettingsError", "load_settings"]

ENV_FILE = "MEE_INTERVIEWS_SETTINGS"

SECTIONS = {
    "warehouse": WarehouseSettings,
    "browser": BrowserSettings,
    "http": HttpSettings,
    "discovery": DiscoverySettings,
    "flow": FlowSettings,
}


def load_settings(
    path: Path | None = None, env: Mapping[str, str] | None = None, *, under: Path | None = None
) -> Settings:
    """Build settings from defaults, an optional file, and ``MEE_INTERVIEWS__*`` variables.

    ``under``: a file merged over the defaults before the user's (the bundled sample's settings).
    Raises ``SettingsError`` listing every invalid, unknown or missing key with its origin.
    """
    env = env or {}
    defaults = resources.files("models").joinpath(DEFAULTS)
    with resources.as_file(defaults) as default_path:
        raw = RawSettings(read_toml(default_path))
    if under is not None:
        raw.merge_file(read_toml(under), str(under))
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
        writer_memory_limit_mb=built["warehouse"].writer_memory_limit_mb,
        http=built["http"],
        discovery=built["discovery"],
        priority=tuple(priority),
        sources=tuple(sources),
        flow=built["flow"],
        provinces=provinces,
        browser=built["browser"],
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
