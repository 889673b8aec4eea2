"""Read ``units.toml``, the identity table of the 32 provincial-level units.

Identity is data: names, codes, region, department and website domain live in one table, not
in 32 modules. A duplicate slug or code, a missing key or an unknown key is an error that names
the row.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any

REQUIRED = ("slug", "code", "name", "short_name", "region", "department", "domain", "cms", "evidence")
OPTIONAL = ("aliases", "former_domains", "cms_note", "site")  # site: [unit.site], site_data.py
_TUPLES = ("aliases", "former_domains")


class ProvinceTableError(ValueError):
    """``units.toml`` is malformed; the message names the row and the key."""


class DuplicateProvinceError(ProvinceTableError):
    """Two rows declare the same slug or code."""


def read_units(text: str | None = None) -> list[dict[str, Any]]:
    """The rows of ``units.toml`` (or of ``text``), checked, with list values as tuples."""
    if text is None:
        text = resources.files(__package__).joinpath("units.toml").read_text(encoding="utf-8")
    rows = tomllib.loads(text).get("unit", [])
    seen: dict[str, str] = {}
    out = []
    for n, row in enumerate(rows, start=1):
        out.append(_checked(n, row))
        for key in ("slug", "code"):
            value = row[key]
            if f"{key}:{value}" in seen:
                raise DuplicateProvinceError(
                    f"units.toml row {n} ({row['slug']}): {key} {value!r} already used by "
                    f"{seen[f'{key}:{value}']}"
                )
            seen[f"{key}:{value}"] = row["slug"]
    return out


def _checked(n: int, row: Mapping[str, Any]) -> dict[str, Any]:
    label = f"units.toml row {n} ({row.get('slug', '?')})"
    missing = [k for k in REQUIRED if k not in row]
    unknown = sorted(set(row) - set(REQUIRED) - set(OPTIONAL))
    if missing or unknown:
        raise ProvinceTableError(f"{label}: missing keys {missing}, unknown keys {unknown}")
    return {k: tuple(v) if k in _TUPLES else v for k, v in row.items()}
