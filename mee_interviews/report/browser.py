"""Open the report in real headless Chromium over the DevTools protocol: console errors, charts drawn,
screenshots. Used by the report's browser test and ``scripts/report_screenshots.py``.

Chromium (Debian's ``chromium`` package) is started with networking switched off as far as flags
allow and a throwaway profile; the protocol runs over a WebSocket on 127.0.0.1 only.
"""

from __future__ import annotations

import base64
import itertools
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.sync.client import ClientConnection, connect

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--remote-debugging-port=0",
)


def find_chromium() -> str | None:
    """The Chromium executable on PATH (chromium, chromium-browser or google-chrome), or None."""
    return next(
        (p for n in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(n))), None
    )


@dataclass
class PageVisit:
    """What one page load showed: errors on the console, the number of charts drawn, a screenshot."""

    errors: list[str] = field(default_factory=list)
    charts_drawn: int = 0
    charts_expected: int = 0
    charts_state: str = ""
    screenshot: bytes = b""


class DevTools:
    """A minimal DevTools-protocol client on one page target."""

    def __init__(self, socket: ClientConnection) -> None:
        self.socket = socket
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []

    def call(self, method: str, timeout: float = 30.0, **params: Any) -> dict[str, Any]:
        ident = next(self.ids)
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            message = json.loads(self.socket.recv(timeout=max(deadline - time.monotonic(), 0.01)))
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))
            self.events.append(message)

    def evaluate(self, expression: str) -> Any:
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads seen so far."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(
                    str(params["exceptionDetails"].get("exception", {}).get("description") or params)
                )
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(
                    " ".join(str(a.get("value", a.get("description"))) for a in params.get("args", []))
                )
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                found.append(
                    f"{params['entry'].get('source')}: {params['entry'].get('text')} {params['entry'].get('url', '')}"
                )
        return found


@contextmanager
def chromium_page(executable: str, *, width: int = 1100, height: int = 900) -> Iterator[DevTools]:
    """A headless Chromium with one page, driven over the DevTools protocol; closed on exit."""
    profile = Path(tempfile.mkdtemp(prefix="mee-chromium-"))
    process = subprocess.Popen(
        [executable, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port = _devtools_port(profile, process)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
            target = next(t for t in json.load(answer) if t["type"] == "page")
        with connect(target["webSocketDebuggerUrl"], max_size=None) as socket:
            tools = DevTools(socket)
            for domain in ("Page", "Runtime", "Log"):
                tools.call(f"{domain}.enable")
            tools.call(
                "Emulation.setDeviceMetricsOverride",
                width=width,
                height=height,
                deviceScaleFactor=1,
                mobile=False,
            )
            yield tools
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(profile, ignore_errors=True)


def _devtools_port(profile: Path, process: subprocess.Popen[bytes], timeout: float = 30.0) -> int:
    marker = profile / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chromium exited with status {process.returncode} before listening")
        if marker.exists() and (text := marker.read_text().split()):
            return int(text[0])
        time.sleep(0.1)
    raise TimeoutError("chromium did not open its DevTools port in time")


def visit(tools: DevTools, url: str, *, timeout: float = 30.0, screenshot: bool = False) -> PageVisit:
    """Load ``url`` fresh, wait until its charts are drawn (or fail), and report what happened."""
    tools.call("Page.navigate", url="about:blank")
    tools.events.clear()
    tools.call("Page.navigate", url=url)
    deadline = time.monotonic() + timeout
    state = ""
    while time.monotonic() < deadline:
        state = tools.evaluate("document.body ? (document.body.getAttribute('data-charts') || '') : ''") or ""
        if state in ("ready", "failed"):
            break
        time.sleep(0.1)
    result = PageVisit(charts_state=state)
    counts = tools.evaluate(
        "(function(){var p=document.querySelector('section.page:not([hidden])');if(!p){return [0,0];}"
        "var charts=Array.prototype.slice.call(p.querySelectorAll('.chart'));"
        "return [charts.length, charts.filter(function(c){return c.querySelector('svg .mark-rect path');}).length];})()"
    )
    result.charts_expected, result.charts_drawn = counts
    if screenshot:
        height = int(tools.evaluate("Math.min(document.documentElement.scrollHeight, 2400)"))
        shot = tools.call(
            "Page.captureScreenshot",
            format="png",
            captureBeyondViewport=True,
            clip={"x": 0, "y": 0, "width": 1100, "height": height, "scale": 0.6},
        )
        result.screenshot = base64.b64decode(shot["data"])
    result.errors = tools.errors()
    return result
