"""Build what a run needs from its parameters: settings, the HTTP client, the warehouse engine.

The bundled sample is a replay snapshot served through the same ``PoliteClient`` code path as a
live run (a replay transport mounted on its session), with its own settings overlay.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import requests
from sqlalchemy.engine import Engine

from mee_interviews.settings import Settings, load_settings
from scrapers.http import PoliteClient
from scrapers.provinces import Registry, default_registry
from scrapers.replay import load_snapshot, mount_replay


def sample_dir() -> Traversable:
    """The bundled sample snapshot (shipped inside the package)."""
    return resources.files("mee_interviews").joinpath("sample")


def build_settings(mode: str, settings_path: str | None) -> Settings:
    """Defaults, then the sample overlay in sample mode, then the user's file and environment."""
    env = dict(os.environ)
    if mode == "sample" and not settings_path and not env.get("MEE_INTERVIEWS_SETTINGS"):
        overlay = sample_dir().joinpath("settings.toml")
        with resources.as_file(overlay) as path:
            return load_settings(path, env=env)
    return load_settings(Path(settings_path) if settings_path else None, env=env)


def build_client(settings: Settings, mode: str) -> PoliteClient:
    """A live client, or one whose session replays the bundled snapshot."""
    session = requests.Session()
    if mode == "sample":
        mount_replay(session, load_snapshot(sample_dir()))
    return PoliteClient(settings, session=session)


@dataclass(frozen=True, slots=True)
class RunContext:
    settings: Settings
    client: PoliteClient | None  # None for runs that never touch the network (reparse)
    engine: Engine
    registry: Registry
    run_id: str
    mode: str


def registry() -> Registry:
    return default_registry()
