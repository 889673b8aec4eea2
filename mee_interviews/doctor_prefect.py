"""Doctor check of the Prefect API: reachable when configured, else a temporary local server.

For the temporary server, doctor reports how long the last one took to start against its
allowance (from the record each CLI run leaves under PREFECT_HOME) rather than starting one:
doctor is read-only, and a first start would migrate Prefect's database.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from mee_interviews.findings import Finding
from mee_interviews.prefect_record import read_record
from mee_interviews.prefect_setup import ALLOWANCE_SETTING, ALTERNATIVE

TIMEOUT_SECONDS = 3.0
# A start that took this share of its allowance may miss it on a busier day.
NEAR_ALLOWANCE = 0.5
TEMPORARY = "PREFECT_API_URL is unset: each run starts a temporary local Prefect server"


def check_prefect(env: Mapping[str, str]) -> Finding:
    """With ``PREFECT_API_URL`` set, call the API's health check (short timeout)."""
    url = env.get("PREFECT_API_URL", "").strip()
    if not url:
        return check_temporary_server(env)
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, PREFECT_CLIENT_MAX_RETRIES, temporary_settings

    try:
        with temporary_settings(updates={PREFECT_API_URL: url, PREFECT_CLIENT_MAX_RETRIES: 0}):
            client = get_client(sync_client=True, httpx_settings={"timeout": TIMEOUT_SECONDS})
            with client:
                error = client.api_healthcheck()
    except Exception as exc:  # any failure to build or reach the client is the finding itself
        error = exc
    if error is not None:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        return Finding(
            "prefect",
            False,
            f"Prefect API at {url} is unreachable: {first}",
            "start it (`prefect server start`) or unset PREFECT_API_URL to use a temporary server",
        )
    return Finding("prefect", True, f"Prefect API at {url} is healthy")


def check_temporary_server(env: Mapping[str, str]) -> Finding:
    """How long the last temporary server took to start, warning when near its allowance."""
    home = Path(env.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    record = read_record(home)
    if record is None:
        return Finding("prefect", True, f"{TEMPORARY}; none has started under {home} yet")
    allowance = _allowance(env, record.allowance_seconds)
    message = (
        f"{TEMPORARY}; the last one took {record.start_seconds:.1f} s of its {allowance:g} s allowance"
        f" ({record.at})"
    )
    if record.migration_seconds is not None:
        message += f"; migrating Prefect's database (first run) took {record.migration_seconds:.1f} s"
    if record.start_seconds >= NEAR_ALLOWANCE * allowance:
        return Finding("prefect", True, message, ALTERNATIVE, warning=True)
    return Finding("prefect", True, message)


def _allowance(env: Mapping[str, str], recorded: float) -> float:
    """The allowance the next run gets when the environment sets one, else the one last used."""
    try:
        return float(env[ALLOWANCE_SETTING])
    except (KeyError, ValueError):
        return recorded
