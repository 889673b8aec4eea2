"""Settings overrides that keep a test run on 127.0.0.1."""

from __future__ import annotations

from models.settings_load import load_settings


def department_sites_off() -> dict[str, str]:
    """``MEE_INTERVIEWS__PROVINCES__<SLUG>__ENABLED=false`` for every department website: those
    enabled by default would otherwise be fetched from the internet."""
    return {
        f"MEE_INTERVIEWS__PROVINCES__{p.slug.upper()}__ENABLED": "false" for p in load_settings().provinces
    }
