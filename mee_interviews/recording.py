"""``scrapers check --record DIR``: save every checked page with a manifest, in the layout the tests read.

Files are named like ``tests/files/provinces``: ``<slug>.list.html``, ``<slug>.article.html``
(then ``-2``, ``-3`` … for more of a kind; ``.json``/``.xml`` when the page is one), the raw bytes
as received. ``DIR/MANIFEST.toml`` has one ``[page."<file>"]`` table per file with the fields the
fixture manifest uses (slug, kind, url, ``reconstruction = false``) and the evidence of the capture:
the time, the sha256 of the bytes, the HTTP status, whether Chromium rendered it. Copy the files and
their tables into ``tests/files/provinces/``; an entry point becomes ``status = "confirmed"`` in
``units.toml`` only with ``recording = "<file>"`` naming such a page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from models.records import FetchedPage

HEADER = (
    "# Pages recorded on the live department websites by `mee-interviews scrapers check --record`.\n"
    "# Raw bytes as received; sha256 is of the file. Nothing here was edited by hand.\n"
)


@dataclass
class Recorder:
    """Writes each page as it is checked and the manifest at the end (``close``)."""

    root: Path
    entries: dict[str, dict[str, object]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)

    def page(self, page: FetchedPage, slug: str, kind: str) -> Path:
        """Save ``page`` as the next ``<slug>.<kind>`` file; returns its path."""
        suffix = _suffix(page)
        n, name = 1, f"{slug}.{kind}{suffix}"
        while name in self.entries:
            n += 1
            name = f"{slug}.{kind}-{n}{suffix}"
        path = self.root / name
        path.write_bytes(page.body)
        self.entries[name] = {
            "slug": slug,
            "kind": kind,
            "url": page.final_url,  # on the site's canonical host, as the fixture manifest has it
            "fetched_from": page.requested_url,
            "reconstruction": False,
            "fetched_at": page.fetched_at.isoformat(timespec="seconds"),
            "sha256": page.sha256,
            "status": page.status_code,
            "rendered": page.header("x-rendered-by") == "chromium",
        }
        return path

    def close(self) -> Path:
        """Write ``MANIFEST.toml`` (every file saved, in order); returns its path."""
        lines = [HEADER]
        for name, entry in self.entries.items():
            lines.append(f"\n[page.{json.dumps(name)}]\n")
            lines.extend(f"{key} = {_toml(value)}\n" for key, value in entry.items())
        path = self.root / "MANIFEST.toml"
        path.write_text("".join(lines), encoding="utf-8")
        return path


def _suffix(page: FetchedPage) -> str:
    kind = (page.header("content-type") or "").lower()
    start = page.body.lstrip()[:1]
    if "json" in kind or start in (b"{", b"["):
        return ".json"
    if "xml" in kind and b"<html" not in page.body[:2000].lower():
        return ".xml"
    return ".html"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string
