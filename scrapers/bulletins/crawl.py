"""Walk the configured bulletin entry points through the polite client and read every bulletin.

Network access goes through ``PoliteClient`` only, one client per owner: the MEE's sources share
the run's pacing, a department website gets its own ``min_delay_seconds`` like its episode walk.
An entry point is a bulletin list (its links that name a bulletin are followed, and its next
pages up to ``[discovery] max_list_pages``) or a bulletin page itself. Every response is handed
to the ``BulletinArchive`` before it is read; bulletin pages are fetched with the archived
validators, and a 304 is read from the archive. Links to documents (PDF, Word) are listed, not
fetched: their text is not read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol
from urllib.parse import urlsplit

from models.records import FetchedPage
from models.reference import NATIONAL
from models.settings import Settings, SourceSettings
from scrapers.base.urls import canonical_url
from scrapers.bulletins.read import BulletinOwner, BulletinPage, read_bulletin_page
from scrapers.fetch.hosts import HostMap, entry_url, netloc_of
from scrapers.fetch.http import FetchError, FetchFailure, PoliteClient
from scrapers.provinces import Registry

DOCUMENTS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".zip", ".rar")
NATIONAL_PUBLISHER = "生态环境部"
ClientFactory = Callable[[Settings], PoliteClient]


class BulletinArchive(Protocol):
    """Where the crawl keeps what it fetches (the warehouse's raw archive, in the flow)."""

    def validators(self, urls: Sequence[str]) -> Mapping[str, tuple[str | None, str | None]]:
        """ETag and Last-Modified of the archived bodies of ``urls``."""
        ...

    def keep(self, page: FetchedPage, source: str) -> tuple[FetchedPage | None, bool]:
        """Archive ``page``; returns the page to read (the stored body after a 304, None when
        there is none) and whether its body is new."""
        ...


@dataclass(frozen=True, slots=True)
class BulletinEntry:
    owner: BulletinOwner
    url: str  # canonical


@dataclass(slots=True)
class BulletinCrawl:
    """What a crawl read. Lists of ``(url, reason)`` for the pages it could not use."""

    bulletins: list[BulletinPage] = field(default_factory=list)
    fetched: int = 0  # bulletin pages with a new body
    unchanged: int = 0  # bulletin pages answered 304 or with an archived body
    links: int = 0  # links naming a bulletin found on lists
    list_pages: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    not_bulletin: list[tuple[str, str]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    entry_points: list[tuple[str, str, bool]] = field(default_factory=list)  # (source, url, read)
    requests_sent: int = 0


def bulletin_entries(settings: Settings, registry: Registry) -> list[BulletinEntry]:
    """Every configured bulletin entry point with its owner: a source's are the national record
    (publisher 生态环境部 on the MEE's hosts), a department website's its province's."""
    entries = []
    for s in settings.sources:
        publisher = NATIONAL_PUBLISHER if s.canonical_host.endswith("mee.gov.cn") else s.name
        owner = BulletinOwner(s.name, NATIONAL, publisher, _official(s))
        entries += [BulletinEntry(owner, entry_url(s, e)) for e in s.bulletin_entry_points]
    for p in settings.provinces:
        unit, source = registry.get(p.slug), p.as_source()
        owner = BulletinOwner(source.name, unit.code, unit.department, _official(source))
        entries += [BulletinEntry(owner, entry_url(source, e)) for e in p.bulletin_entry_points]
    return entries


def owner_of(settings: Settings, registry: Registry, source: str) -> BulletinOwner:
    """The owner of pages archived for ``source`` (``mee``, ``province_<slug>``): as configured,
    else from the name (a source no longer configured is the national record)."""
    configured = next(
        (e.owner for e in bulletin_entries(settings, registry) if e.owner.source == source), None
    )
    if configured is not None:
        return configured
    if source.startswith("province_"):
        unit = registry.get(source.removeprefix("province_"))
        return BulletinOwner(source, unit.code, unit.department, official=False)
    return BulletinOwner(source, NATIONAL, NATIONAL_PUBLISHER, official=False)


def _official(source: SourceSettings) -> bool:
    return netloc_of(source.base_url) == source.canonical_host.lower()


def bulletin_entry_problems(settings: Settings, registry: Registry) -> list[str]:
    """One line per bulletin entry point the allow-list refuses (before any request)."""
    hosts = HostMap(settings.fetch_sources)
    allowed = {netloc_of(s.base_url) for s in settings.fetch_sources}
    return [
        f"{e.owner.source}: bulletin entry point {e.url!r} is fetched from {netloc_of(target) or '?'}, "
        f"which no configured base_url allows"
        for e in bulletin_entries(settings, registry)
        if netloc_of(target := hosts.to_fetch(e.url)) not in allowed
    ]


def crawl_bulletins(
    settings: Settings,
    archive: BulletinArchive,
    *,
    registry: Registry,
    client_factory: ClientFactory = PoliteClient,
) -> BulletinCrawl:
    """Read every bulletin the configured entry points reach (see the module docstring)."""
    crawl = BulletinCrawl()
    entries = bulletin_entries(settings, registry)
    for source in dict.fromkeys(e.owner.source for e in entries):
        with client_factory(_client_settings(settings, source)) as client:
            for entry in (e for e in entries if e.owner.source == source):
                walk = _Walk(client, archive, HostMap(settings.fetch_sources), entry.owner, registry, crawl)
                read = walk.run(entry.url, settings.discovery.max_list_pages)
                crawl.entry_points.append((source, entry.url, read))
            crawl.requests_sent += client.stats.requests_sent
    return crawl


def _client_settings(settings: Settings, source: str) -> Settings:
    """A department website is paced by its own ``min_delay_seconds``, as its episode walk is."""
    site = next((p for p in settings.provinces if p.as_source().name == source), None)
    if site is None:
        return settings
    http = replace(settings.http, min_delay_seconds=site.min_delay_seconds)
    return replace(settings, http=http, sources=(), provinces=(site,))


@dataclass(slots=True)
class _Walk:
    client: PoliteClient
    archive: BulletinArchive
    hosts: HostMap
    owner: BulletinOwner
    registry: Registry
    crawl: BulletinCrawl

    def run(self, start: str, max_list_pages: int) -> bool:
        """Walk one entry point; True when its first page could be read."""
        queue, seen, first_read, list_pages = [(start, False)], set(), False, 0
        while queue:
            url, is_link = queue.pop(0)
            if url in seen or (not is_link and list_pages >= max_list_pages):
                continue
            seen.add(url)
            read = self._visit(url, is_link)
            first_read = first_read or (url == start and read is not None)
            if read is not None and read.status == "list" and not is_link:
                list_pages += 1
                self.crawl.list_pages += 1
                self.crawl.links += len(read.links)
                queue += [(self._canonical(link.url), True) for link in read.links]
                queue += [(self._canonical(u), False) for u in read.next_urls]
        return first_read

    def _visit(self, url: str, is_link: bool) -> BulletinPage | None:
        """Fetch, archive and read one page; a bulletin is kept, a problem is recorded."""
        if is_link and urlsplit(url).path.lower().endswith(DOCUMENTS):
            self.crawl.documents.append(url)
            return None
        page = self._fetch(url, is_link)
        if page is None:
            return None
        kept, new = self.archive.keep(page, self.owner.source)
        if kept is None:
            return None
        read = read_bulletin_page(kept, self.owner, registry=self.registry)
        if read.status == "bulletin":
            self.crawl.bulletins.append(read)
            if new:
                self.crawl.fetched += 1
            else:
                self.crawl.unchanged += 1
        elif read.status == "list" and is_link:
            self.crawl.not_bulletin.append((url, "its title or text does not read like a 状况公报"))
        elif read.status != "list":
            bucket = self.crawl.blocked if read.status == "blocked" else self.crawl.failed
            bucket.append((url, read.reason or read.status))
        return read

    def _fetch(self, url: str, is_link: bool) -> FetchedPage | None:
        etag, modified = self.archive.validators([url]).get(url, (None, None)) if is_link else (None, None)
        try:
            page = self.client.fetch(url, etag=etag, last_modified=modified, source=self.owner.source)
        except FetchError as exc:
            refused = exc.kind in (FetchFailure.ROBOTS_DISALLOWED, FetchFailure.HOST_NOT_ALLOWED)
            bucket = self.crawl.skipped if refused else self.crawl.failed
            bucket.append((url, str(exc)))
            return None
        if page.status_code >= 400:
            self.crawl.failed.append((url, f"HTTP {page.status_code}"))
            self.archive.keep(page, self.owner.source)
            return None
        return page

    def _canonical(self, url: str) -> str:
        return canonical_url(self.hosts.to_canonical(url, source=self.owner.source))
