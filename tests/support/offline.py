"""Settings overrides that keep a test run on 127.0.0.1."""

from __future__ import annotations

from models.settings import Settings
from models.settings_load import load_settings


def department_sites_off() -> dict[str, str]:
    """``MEE_INTERVIEWS__PROVINCES__<SLUG>__ENABLED=false`` for every department website: those
    enabled by default would otherwise be fetched from the internet."""
    return {
        f"MEE_INTERVIEWS__PROVINCES__{p.slug.upper()}__ENABLED": "false" for p in load_settings().provinces
    }


def mee_on(base_url: str, **sections: dict[str, object]) -> Settings:
    """Settings whose ``mee`` source is fetched from ``base_url``, with no delay, no jitter, no retry;
    ``sections`` override more keys (``browser={"max_pages": 1}``)."""
    env = {
        "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": base_url,
        "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0",
        "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0",
        "MEE_INTERVIEWS__HTTP__RETRIES": "0",
    }
    for section, values in sections.items():
        env |= {f"MEE_INTERVIEWS__{section.upper()}__{k.upper()}": str(v) for k, v in values.items()}
    return load_settings(env=env)


def local_mee_settings(base_url: str, entry_points: list[str], **env: str) -> Settings:
    """Settings whose MEE and WeChat sources are served by the local server at ``base_url``, with
    the MEE source's ``entry_points``: no delay, no robots.txt, no department website; ``env``
    adds ``MEE_INTERVIEWS__*`` variables."""
    local = {
        "MEE_INTERVIEWS__SOURCES__MEE__BASE_URL": base_url,
        "MEE_INTERVIEWS__SOURCES__MEE__ENTRY_POINTS": "[" + ", ".join(f'"{e}"' for e in entry_points) + "]",
        "MEE_INTERVIEWS__SOURCES__WECHAT__BASE_URL": base_url,
        "MEE_INTERVIEWS__HTTP__MIN_DELAY_SECONDS": "0",
        "MEE_INTERVIEWS__HTTP__DELAY_JITTER_SECONDS": "0",
        "MEE_INTERVIEWS__HTTP__OBEY_ROBOTS": "false",
    }
    return load_settings(env=local | department_sites_off() | env)
