"""The layers of raw settings (defaults, a file, ``MEE_INTERVIEWS__*`` variables) and where each came from.

Validation errors must name the key and the file or variable that set it, so every leaf key
remembers its origin while the layers are merged.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_PREFIX = "MEE_INTERVIEWS__"
DEFAULTS = "default_settings.toml"


class SettingsError(ValueError):
    """Settings that cannot be used. ``problems`` lists every bad key, each naming its origin."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems: tuple[str, ...] = (problems,) if isinstance(problems, str) else tuple(problems)
        count = f"{len(self.problems)} invalid settings: " if len(self.problems) > 1 else ""
        super().__init__(count + "; ".join(self.problems))


@dataclass
class RawSettings:
    """Merged raw values plus the origin (file path or variable name) of every leaf key."""

    values: dict[str, Any]
    origins: dict[tuple[str, ...], str] = field(default_factory=dict)

    def origin(self, path: tuple[str, ...]) -> str:
        """The origin of ``path`` or of its nearest ancestor that has one."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.origins:
                return self.origins[path[:end]]
        return DEFAULTS

    def origin_within(self, prefix: tuple[str, ...]) -> str:
        """The origins of every key under ``prefix`` (for a section that is wrong as a whole)."""
        found = sorted({o for p, o in self.origins.items() if p[: len(prefix)] == prefix})
        return ", ".join(found) if found else self.origin(prefix)

    def merge_file(self, data: Mapping[str, Any], origin: str) -> None:
        _merge(self.values, data, (), self.origins, origin)

    def set_from_env(self, name: str, text: str) -> None:
        """Apply ``MEE_INTERVIEWS__SECTION__KEY=text``; a path through a plain value is an error."""
        path = tuple(name[len(ENV_PREFIX) :].lower().split("__"))
        node = self.values
        for depth, part in enumerate(path[:-1]):
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                dotted = ".".join(path[: depth + 1])
                raise SettingsError(f"{name}: {dotted} is a value, not a settings section")
        node[path[-1]] = parse_scalar(text)
        self.origins[path] = name


def _merge(
    base: dict[str, Any],
    over: Mapping[str, Any],
    prefix: tuple[str, ...],
    origins: dict[tuple[str, ...], str],
    origin: str,
) -> None:
    for key, value in over.items():
        path = (*prefix, key)
        if isinstance(value, Mapping) and isinstance(base.get(key), dict):
            _merge(base[key], value, path, origins, origin)
        else:
            base[key] = value
            origins[path] = origin


def parse_scalar(text: str) -> Any:
    """A variable's value as a TOML scalar (``5``, ``true``, ``["/a"]``) when it is one, else text."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def read_toml(path: Path | str) -> dict[str, Any]:
    """A settings file as a dict; unreadable or malformed files are a ``SettingsError``."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"cannot read settings file {path}: {exc}") from exc
