"""The temporary server process: it answers, it stops, it gives up at its allowance, it dies with its parent."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mee_interviews.prefect_server import ServerStartError, TemporaryServer

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie still answers signal 0: it is gone unless it still has a state other than Z.
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(") ", 1)[1].startswith("Z")


def wait_until(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def test_a_temporary_server_answers_its_health_check_then_stops_and_frees_its_port(tmp_path: Path) -> None:
    server = TemporaryServer(ENV, tmp_path / "server.log", app="tests.mee_interviews.tiny_asgi:healthy")
    server.launch()
    try:
        seconds = server.wait_ready(30)
        assert 0 < seconds < 30 and listening(server.port)
    finally:
        server.stop()
    assert not listening(server.port)


def test_a_server_that_never_answers_fails_when_its_allowance_runs_out(tmp_path: Path) -> None:
    server = TemporaryServer(ENV, tmp_path / "server.log", app="tests.mee_interviews.tiny_asgi:never_healthy")
    server.launch()
    started = time.monotonic()
    try:
        with pytest.raises(ServerStartError, match="did not answer within 1 s"):
            server.wait_ready(1)
    finally:
        server.stop()
    assert 1 <= time.monotonic() - started < 10


def test_a_server_that_exits_early_is_reported_with_its_exit_code_and_last_log_line(tmp_path: Path) -> None:
    server = TemporaryServer(ENV, tmp_path / "server.log", app="tests.mee_interviews.no_such_module:app")
    server.launch()
    with pytest.raises(
        ServerStartError, match=r"exited with code 3 before answering \(.*no_such_module"
    ) as e:
        server.wait_ready(30)
    assert f"log: {tmp_path / 'server.log'}" in str(e.value)


PARENT = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from mee_interviews.prefect_server import TemporaryServer
    server = TemporaryServer(dict(os.environ), Path(sys.argv[1]), app="tests.mee_interviews.tiny_asgi:healthy")
    server.launch()
    print(server.port, server.process.pid, flush=True)
    server.wait_ready(30)
    print("ready", flush=True)
    time.sleep(600)
    """
)


def start_parent(tmp_path: Path) -> tuple[subprocess.Popen[str], int, int]:
    """A stand-in for the CLI: it launches a temporary server, then says ready and sleeps."""
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(tmp_path / "server.log")],
        env=ENV,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    port, child = (int(x) for x in parent.stdout.readline().split())
    return parent, port, child


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_parent_killed_with_sigkill_leaves_no_server_listening(tmp_path: Path) -> None:
    parent, port, child = start_parent(tmp_path)
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "ready"
        assert listening(port)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert wait_until(lambda: not listening(port), 10), "the server still listens after its parent died"
        assert wait_until(lambda: gone(child), 10), "the server process outlived its parent"
    finally:
        parent.kill()
        parent.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_parent_killed_while_the_server_boots_leaves_no_server_either(tmp_path: Path) -> None:
    parent, port, child = start_parent(tmp_path)
    try:
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        assert wait_until(lambda: gone(child), 10), "the server process outlived its parent"
        assert not listening(port)
    finally:
        parent.kill()
        parent.wait()


def test_a_server_that_answers_is_accepted_even_when_the_caller_comes_after_the_allowance(
    tmp_path: Path,
) -> None:
    server = TemporaryServer(ENV, tmp_path / "server.log", app="tests.mee_interviews.tiny_asgi:healthy")
    server.launch()
    try:
        assert wait_until(lambda: listening(server.port), 30)
        time.sleep(0.3)
        assert server.wait_ready(0.1) >= 0.3
    finally:
        server.stop()
