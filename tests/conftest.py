from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from warehouse.engine import open_writer
from warehouse.schema import ensure_schema

_LOCAL_NAMES = {"localhost", "localhost.localdomain"}


def _is_local(host: object) -> bool:
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    if name.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(name.strip("[]")).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_internet(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests never touch the internet: a name lookup of any non-loopback host answers as a machine
    without network would, and fails the test unless it is marked ``offline_probe`` (a test of what
    the project does when the real sites cannot be reached)."""
    tried: list[str] = []
    real = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if _is_local(host):
            return real(host, *args, **kwargs)
        tried.append(str(host))
        raise socket.gaierror(socket.EAI_NONAME, f"tests never touch the internet: {host}")

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    yield
    if tried and request.node.get_closest_marker("offline_probe") is None:
        pytest.fail(f"the test tried to reach hosts on the internet: {sorted(set(tried))}")


@pytest.fixture
def engine() -> Iterator[Engine]:
    """A fresh in-memory warehouse with the current schema."""
    e = open_writer(":memory:")
    ensure_schema(e)
    yield e
    e.dispose()
