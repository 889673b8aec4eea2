"""A temporary local Prefect server that the CLI starts, waits for, and stops (or that dies with it).

It replaces Prefect's implicit one (started inside the first API call, with a fixed 20 s
allowance, no word while it waits, and a process that outlives a killed parent) with the same
uvicorn app, started early so that it boots while the CLI imports the flow, waited for within an
allowance the caller chooses, and run by ``mee_interviews.prefect_child``, which leaves when its
parent does.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

PREFECT_APP = "prefect.server.api.server:create_app"
# uvicorn's exit code for any failed start, a port taken by another process among them.
STARTUP_FAILURE_EXIT_CODE = 3
POLL_SECONDS = 0.1
STOP_SECONDS = 5.0


class ServerStartError(RuntimeError):
    """The temporary server did not answer its health check within the allowance, or exited."""


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on right now (a race is retried on exit code 3)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_taken(port: int) -> bool:
    """True when something on 127.0.0.1 holds ``port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return True
    return False


class TemporaryServer:
    """One uvicorn process serving Prefect's API on a free local port; its log goes to ``log_path``.

    ``app`` is the ASGI app factory it serves: Prefect's, unless a test passes a tiny one.
    """

    def __init__(self, env: Mapping[str, str], log_path: Path, app: str = PREFECT_APP) -> None:
        self.env = dict(env)
        self.app = app
        self.log_path = log_path
        self.port = 0
        self.launched_at = 0.0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def launch(self) -> None:
        """Start the process and return at once (the caller overlaps its own work with the boot)."""
        self.port = free_port()
        self.launched_at = time.monotonic()
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:  # this run's log only
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "mee_interviews.prefect_child",
                    str(os.getpid()),
                    str(self.port),
                    self.app,
                ],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )

    def wait_ready(self, allowance: float) -> float:
        """Poll the health endpoint until it answers; return the seconds since ``launch``.

        It is asked at least once, however long the caller took to get here.
        """
        assert self.process is not None, "launch() first"
        started = self.launched_at
        with httpx.Client(timeout=2.0, trust_env=False) as client:  # never via a proxy
            while True:
                code = self.process.poll()
                if code == STARTUP_FAILURE_EXIT_CODE and port_taken(self.port):
                    self.launch()  # lost the race for the port: take another
                elif code is not None:
                    raise ServerStartError(f"exited with code {code} before answering{self._log_tail()}")
                elif self._healthy(client):
                    return time.monotonic() - started
                if time.monotonic() - started >= allowance:
                    raise ServerStartError(f"did not answer within {allowance:g} s")
                time.sleep(POLL_SECONDS)

    def _healthy(self, client: httpx.Client) -> bool:
        try:
            return client.get(f"{self.api_url}/health").status_code == 200
        except httpx.TransportError:
            return False

    def _log_tail(self) -> str:
        lines = self.log_path.read_text(errors="replace").strip().splitlines()
        return f" ({lines[-1].strip()}; log: {self.log_path})" if lines else ""

    def stop(self) -> None:
        """Ask the server to stop, then insist; safe to call twice."""
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
