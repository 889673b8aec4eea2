"""Replay a recorded snapshot through the live client code path (no network, no sleeping).

A snapshot directory holds ``manifest.json`` and byte-for-byte bodies under ``pages/``::

    {"description": "...", "entries": [{"url": "https://www.mee.gov.cn/x.shtml", "status": 200,
      "headers": {"Content-Type": "text/html"}, "body": "pages/x.html",
      "capture": "faithful", "note": "..."}]}

Mount it with ``mount_replay(session, load_snapshot(path))`` and hand that session to
``PoliteClient``: redirects, robots.txt, size caps, charset and conditional GET all run exactly as
live. Unknown URLs answer 404 with ``X-Replay-Miss: 1`` (so a missing robots.txt means "allow
all"). URLs match ignoring fragments, ``&amp;`` escapes and query-parameter order. A live page is
frozen with ``snapshot.record(page, capture, note)`` then ``snapshot.write(directory)``.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict
from requests.utils import get_encoding_from_headers
from urllib3 import HTTPResponse

from models.records import FetchedPage
from scrapers.fetch.hosts import normalize_netloc

CAPTURES = ("faithful", "reconstruction")
MISS_HEADER = "X-Replay-Miss"
# A recorded FetchedPage body is already decoded, so these would describe bytes we do not have.
_TRANSPORT_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})
_EXTENSIONS = {"text/html": ".html", "application/json": ".json", "text/plain": ".txt"}


class SnapshotError(ValueError):
    """A snapshot manifest or body that cannot be used; the message names the entry."""


@dataclass(frozen=True, slots=True)
class SnapshotEntry:
    """One recorded response."""

    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    capture: str = "faithful"  # "faithful" | "reconstruction"
    note: str = ""

    def header(self, name: str) -> str | None:
        """A header by case-insensitive name."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)


def normalize_url(url: str) -> str:
    """The matching key of a URL: ``&amp;`` unescaped, fragment dropped, query sorted, host lowered."""
    parts = urlsplit(url.strip().replace("&amp;", "&"))
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    scheme = parts.scheme.lower()
    return urlunsplit((scheme, normalize_netloc(scheme, parts.netloc), parts.path or "/", query, ""))


@dataclass
class Snapshot:
    """Recorded responses keyed by normalised URL, plus a log of what replay served."""

    description: str = ""
    entries: list[SnapshotEntry] = field(default_factory=list)
    served: list[str] = field(default_factory=list)  # URLs answered from the snapshot, in order
    misses: list[str] = field(default_factory=list)  # URLs asked for but not recorded
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    # normalised URL -> entry, rebuilt when ``entries`` is replaced (a scan per lookup was quadratic)
    _index: dict[str, SnapshotEntry] = field(default_factory=dict, repr=False, compare=False)
    _indexed: tuple[list[SnapshotEntry] | None, int] = field(default=(None, -1), repr=False, compare=False)

    def lookup(self, url: str) -> SnapshotEntry | None:
        """The entry recorded for ``url`` (the last one wins), or None."""
        return self._by_url().get(normalize_url(url))

    def _by_url(self) -> dict[str, SnapshotEntry]:
        with self._lock:
            indexed, size = self._indexed
            if indexed is not self.entries or size != len(self.entries):
                self._index = {normalize_url(e.url): e for e in self.entries}  # later entries win
                self._indexed = (self.entries, len(self.entries))
            return self._index

    def record(self, page: FetchedPage, capture: str = "faithful", note: str = "") -> None:
        """Add a fetched page; a redirect it followed is kept as a reconstructed 302 entry."""
        if page.not_modified:
            raise SnapshotError(f"{page.requested_url}: a 304 has no body to record")
        _check_capture(capture, page.requested_url)
        headers = tuple((k, v) for k, v in page.headers if k.lower() not in _TRANSPORT_HEADERS)
        if normalize_url(page.final_url) != normalize_url(page.requested_url):
            hop = f"redirect to {page.final_url}; intermediate hops not kept"
            self._put(
                SnapshotEntry(
                    page.requested_url, 302, (("location", page.final_url),), b"", "reconstruction", hop
                )
            )
        self._put(SnapshotEntry(page.final_url, page.status_code, headers, page.body, capture, note))

    def write(self, directory: Path) -> None:
        """Write ``manifest.json`` (pretty, sorted, Chinese unescaped) and ``pages/`` bodies."""
        pages = directory / "pages"
        pages.mkdir(parents=True, exist_ok=True)
        rows = []
        for entry in self.entries:
            name = f"pages/{hashlib.sha256(entry.body).hexdigest()[:16]}{_extension(entry)}"
            (directory / name).write_bytes(entry.body)
            rows.append(
                {
                    "url": entry.url,
                    "status": entry.status,
                    "headers": dict(entry.headers),
                    "body": name,
                    "capture": entry.capture,
                    "note": entry.note,
                }
            )
        manifest = {"description": self.description, "entries": rows}
        text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        (directory / "manifest.json").write_text(text, encoding="utf-8")

    def log_served(self, url: str, *, hit: bool) -> None:
        """Note a URL replay answered (``hit``) or missed."""
        with self._lock:
            (self.served if hit else self.misses).append(url)

    def _put(self, entry: SnapshotEntry) -> None:
        key = normalize_url(entry.url)
        self.entries = [e for e in self.entries if normalize_url(e.url) != key] + [entry]


def load_snapshot(directory: Traversable | Path) -> Snapshot:
    """Read a snapshot directory (a Path or an ``importlib.resources`` Traversable)."""
    try:
        manifest = json.loads(directory.joinpath("manifest.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SnapshotError(f"{directory}: cannot read manifest.json: {exc}") from exc
    entries = [_entry(directory, row, i) for i, row in enumerate(manifest.get("entries", []))]
    return Snapshot(description=str(manifest.get("description", "")), entries=entries)


def mount_replay(session: requests.Session, snapshot: Snapshot) -> ReplayAdapter:
    """Serve every http:// and https:// request of ``session`` from ``snapshot``."""
    adapter = ReplayAdapter(snapshot)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return adapter


class ReplayAdapter(BaseAdapter):
    """A requests transport answering from a ``Snapshot`` (honours If-None-Match/If-Modified-Since)."""

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.snapshot = snapshot

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float | None, float | None] | None = None,
        verify: bool | str = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        """Answer ``request`` from the snapshot (the signature is requests' transport contract)."""
        url = request.url or ""
        entry = self.snapshot.lookup(url)
        self.snapshot.log_served(url, hit=entry is not None)
        if entry is None:
            return _response(
                request, 404, ((MISS_HEADER, "1"), ("Content-Type", "text/plain")), b"not in snapshot"
            )
        if _unchanged(request, entry):
            validators = tuple((k, v) for k, v in entry.headers if k.lower() in ("etag", "last-modified"))
            return _response(request, 304, validators, b"")
        return _response(request, entry.status, entry.headers, entry.body)

    def close(self) -> None:
        """Nothing to release."""


def _response(
    request: requests.PreparedRequest, status: int, headers: tuple[tuple[str, str], ...], body: bytes
) -> requests.Response:
    response = requests.Response()
    response.status_code = status
    response.headers = CaseInsensitiveDict(dict(headers))
    response.raw = HTTPResponse(
        body=io.BytesIO(body),
        headers=dict(headers),
        status=status,
        preload_content=False,
        decode_content=True,
    )
    response.url = request.url or ""
    response.request = request
    response.reason = _reason(status)
    response.encoding = get_encoding_from_headers(response.headers)
    return response


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _unchanged(request: requests.PreparedRequest, entry: SnapshotEntry) -> bool:
    etag, modified = entry.header("etag"), entry.header("last-modified")
    inm, ims = (_text(request.headers.get(h)) for h in ("If-None-Match", "If-Modified-Since"))
    return bool(
        (etag and inm and etag in {t.strip() for t in inm.split(",")})
        or (modified and ims and ims.strip() == modified.strip())
    )


def _entry(directory: Traversable | Path, row: Mapping[str, Any], index: int) -> SnapshotEntry:
    url = str(row.get("url", ""))
    where = f"entry {index} ({url or 'no url'})"
    body_path = str(row.get("body", ""))
    parts = body_path.split("/")
    if not url or not body_path or body_path.startswith("/") or ".." in parts:
        raise SnapshotError(f"{where}: needs a url and a body path inside the snapshot, got {body_path!r}")
    _check_capture(str(row.get("capture", "")), where)
    try:
        body = directory.joinpath(*parts).read_bytes()
    except OSError as exc:
        raise SnapshotError(f"{where}: cannot read body {body_path}: {exc}") from exc
    headers = tuple((str(k), str(v)) for k, v in dict(row.get("headers", {})).items())
    return SnapshotEntry(
        url, int(row.get("status", 200)), headers, body, str(row["capture"]), str(row.get("note", ""))
    )


def _check_capture(capture: str, where: str) -> None:
    if capture not in CAPTURES:
        raise SnapshotError(f"{where}: capture must be one of {CAPTURES}, got {capture!r}")


def _extension(entry: SnapshotEntry) -> str:
    content_type = (entry.header("content-type") or "").split(";")[0].strip().lower()
    return _EXTENSIONS.get(content_type, ".bin")


def _text(value: str | bytes | None) -> str | None:
    """A request header as text (requests allows bytes values)."""
    return value.decode("latin-1") if isinstance(value, bytes) else value
