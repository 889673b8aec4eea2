"""The temporary Prefect server's process: uvicorn serving Prefect's API, bound to its parent's life.

Run as ``python -m mee_interviews.prefect_child PARENT_PID PORT APP_FACTORY``. Prefect's own temporary
server is a plain subprocess that outlives a parent killed with ``kill -9`` and keeps listening;
this one watches its parent and leaves when it goes, whatever the platform and however the
parent died (Linux's parent-death signal would cover only Linux, and only the forking thread).
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

POLL_SECONDS = 0.25
# After asking uvicorn to stop, how long its graceful shutdown may take before a hard exit.
GRACE_SECONDS = 3.0


def watch_parent(parent_pid: int) -> None:
    """Stop this process once its parent is gone (the process is re-parented, so ppid changes)."""
    while os.getppid() == parent_pid:
        time.sleep(POLL_SECONDS)
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(GRACE_SECONDS)
    os._exit(1)  # uvicorn did not finish its shutdown: leave without it


def serve(port: int, app_factory: str) -> None:
    """Serve the app (Prefect's API) on 127.0.0.1:port; exits with code 3 when the port is taken."""
    import uvicorn

    uvicorn.run(
        app_factory,
        factory=True,
        host="127.0.0.1",
        port=port,
        log_level="error",
        lifespan="on",
    )


def main(argv: list[str]) -> None:
    """Watch the parent named on the command line, then serve until stopped."""
    parent_pid, port, app_factory = int(argv[0]), int(argv[1]), argv[2]
    if os.getppid() != parent_pid:  # the parent died before we got here
        sys.exit(1)
    threading.Thread(target=watch_parent, args=(parent_pid,), daemon=True, name="parent-watch").start()
    serve(port, app_factory)


if __name__ == "__main__":
    main(sys.argv[1:])
