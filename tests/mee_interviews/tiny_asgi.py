"""Tiny ASGI app factories for the temporary-server tests: they boot in a fraction of a second.

``healthy`` answers ``/api/health`` like Prefect's API; ``never_healthy`` answers 503 forever, so a
start can only end at its allowance.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def _app(status: int) -> App:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"true"})

    return app


def healthy() -> App:
    """Every request gets 200 ``true``, as Prefect's ``/api/health`` answers."""
    return _app(200)


def never_healthy() -> App:
    """Every request gets 503."""
    return _app(503)
