"""Doctor check of the Prefect API: reachable when configured, else a temporary local server."""

from __future__ import annotations

from collections.abc import Mapping

from mee_interviews.findings import Finding

TIMEOUT_SECONDS = 3.0


def check_prefect(env: Mapping[str, str]) -> Finding:
    """With ``PREFECT_API_URL`` set, call the API's health check (short timeout)."""
    url = env.get("PREFECT_API_URL", "").strip()
    if not url:
        return Finding(
            "prefect", True, "PREFECT_API_URL is unset: each run starts a temporary local Prefect server"
        )
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
