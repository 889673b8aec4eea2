"""Map canonical URLs (what pages link to) onto the hosts we really fetch, and back.

Each configured source has a ``canonical_host`` (``mp.weixin.qq.com``) and a ``base_url`` (where
ops point the crawl: the real site, a mirror, or ``http://127.0.0.1:PORT/prefix`` in tests).
Several sources may share one ``base_url`` (a local mirror, a caching proxy, a test site): a URL on
a shared base is then mapped back to the canonical host of the source named by the caller (the
source whose entry point found the page), never guessed from the host. Pure string work: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit, urlunsplit

from models.settings import SourceSettings

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
    source: str
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
                    source=source.name,
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

    def to_canonical(self, fetch_url: str, *, requested: str | None = None, source: str | None = None) -> str:
        """Map a fetched URL back onto its canonical host.

        When several sources share a base, the route is chosen by ``source`` (the configured
        source whose entry point found the page), else by the canonical host ``requested`` names,
        else by the longest base prefix. URLs on no base host are returned unchanged.
        """
        parts = urlsplit(fetch_url)
        netloc = normalize_netloc(parts.scheme, parts.netloc)
        path = parts.path or "/"
        candidates = [r for r in self._routes if r.netloc == netloc and _under(path, r.prefix)]
        if not candidates:
            return fetch_url
        wanted = (urlsplit(requested).hostname or "").lower() if requested else ""
        candidates.sort(key=lambda r: (r.source != source, r.canonical_host != wanted, -len(r.prefix)))
        route = candidates[0]
        scheme = urlsplit(requested).scheme if requested and wanted == route.canonical_host else "https"
        rest = path[len(route.prefix) :] or "/"
        return urlunsplit((scheme or "https", route.canonical_host, rest, parts.query, ""))

    def _by_canonical(self, parts: SplitResult) -> _Route | None:
        host = (parts.hostname or "").lower()
        return next((r for r in self._routes if r.canonical_host == host), None)


def _under(path: str, prefix: str) -> bool:
    return not prefix or path == prefix or path.startswith(prefix + "/")


def entry_url(source: SourceSettings, entry_point: str) -> str:
    """The canonical URL of one configured entry point: a path is put on the source's canonical
    host (so the first listing page is archived under the same spelling as every other page); an
    absolute ``http(s)://`` entry point is taken as it is."""
    if urlsplit(entry_point).scheme in ("http", "https"):
        return entry_point.strip()
    base = urlsplit(source.base_url)
    if normalize_netloc(base.scheme, base.netloc) == source.canonical_host.lower():
        return source.base_url.rstrip("/") + "/" + entry_point.lstrip("/")
    return f"https://{source.canonical_host.lower()}/{entry_point.lstrip('/')}"
