"""Map canonical URLs (what pages link to) onto the hosts we really fetch, and back.

Each configured source has a ``canonical_host`` (``mp.weixin.qq.com``) and a ``base_url`` (where
ops point the crawl: the real site, a mirror, or ``http://127.0.0.1:PORT/prefix`` in tests).
Pure string work: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

from mee_interviews.settings import SourceSettings

_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalize_netloc(scheme: str, netloc: str) -> str:
    """Lower-case host with the port kept only when it is not the scheme's default."""
    parts = urlsplit(f"{scheme}://{netloc}")
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return netloc.lower()
    if port is None or port == _DEFAULT_PORTS.get(scheme.lower()):
        return host
    return f"{host}:{port}"


def netloc_of(url: str) -> str:
    """The normalised ``host[:port]`` of a URL (empty for relative or odd URLs)."""
    parts = urlsplit(url)
    return normalize_netloc(parts.scheme, parts.netloc) if parts.netloc else ""


@dataclass(frozen=True, slots=True)
class _Route:
    canonical_host: str
    scheme: str
    netloc: str
    prefix: str  # path prefix of base_url without trailing slash ("" for none)


class HostMap:
    """Rewrites canonical URLs to fetch URLs and fetch URLs back to canonical form."""

    def __init__(self, sources: Iterable[SourceSettings]) -> None:
        self._routes: list[_Route] = []
        for source in sources:
            base = urlsplit(source.base_url)
            self._routes.append(
                _Route(
                    canonical_host=source.canonical_host.lower(),
                    scheme=base.scheme.lower(),
                    netloc=normalize_netloc(base.scheme, base.netloc),
                    prefix=base.path.rstrip("/"),
                )
            )

    def to_fetch(self, url: str) -> str:
        """The URL to request for ``url`` (fragment dropped; unchanged when no source claims it)."""
        parts = urlsplit(url.strip())
        route = self._by_canonical(parts)
        if route is None:
            return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))
        path = route.prefix + (parts.path or "/")
        return urlunsplit((route.scheme, route.netloc, path, parts.query, ""))

    def to_canonical(self, fetch_url: str, *, requested: str | None = None) -> str:
        """Map a fetched URL back onto its canonical host (longest base prefix wins).

        When several sources share a base, the one whose canonical host ``requested`` names is
        preferred. URLs on no base host are returned unchanged.
        """
        parts = urlsplit(fetch_url)
        netloc = normalize_netloc(parts.scheme, parts.netloc)
        path = parts.path or "/"
        candidates = [r for r in self._routes if r.netloc == netloc and _under(path, r.prefix)]
        if not candidates:
            return fetch_url
        wanted = urlsplit(requested).hostname if requested else None
        candidates.sort(key=lambda r: (r.canonical_host != (wanted or "").lower(), -len(r.prefix)))
        route = candidates[0]
        scheme = urlsplit(requested).scheme if requested and wanted == route.canonical_host else "https"
        rest = path[len(route.prefix) :] or "/"
        return urlunsplit((scheme or "https", route.canonical_host, rest, parts.query, ""))

    def _by_canonical(self, parts: SplitResult) -> _Route | None:
        host = (parts.hostname or "").lower()
        return next((r for r in self._routes if r.canonical_host == host), None)


def _under(path: str, prefix: str) -> bool:
    return not prefix or path == prefix or path.startswith(prefix + "/")
