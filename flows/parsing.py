"""The pure parse step of a run: archived pages in, typed page outcomes out.

No database, no network, no Prefect import: ingest and reparse run ``parse_and_pack`` in worker
processes (``ParsePool``), which import only this module and the parsers, so the run's own
process never holds a page's tree. Recording the outcomes is a separate step
(``flows.stages.record_outcomes``), and so is staging the packed parses (``flows.staging``).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, replace

from flows.allocators import hand_back_freed_memory
from flows.packing import pack_page
from models.outcomes import ArchivedPage, PageKind, PageOutcome
from models.records import PageStatus, ParsedPage
from scrapers.parse import parse_page
from scrapers.provinces import Registry, default_registry

_KIND_OF_STATUS = {
    PageStatus.DELETED: PageKind.DELETED,
    PageStatus.BLOCKED: PageKind.BLOCKED,
    PageStatus.NOT_EPISODE: PageKind.NOT_EPISODE,
    PageStatus.ERROR: PageKind.FAILED,
    PageStatus.INCOMPLETE: PageKind.INCOMPLETE,
}


@dataclass(frozen=True, slots=True)
class Staged:
    """A parse ready for its load package: its episode key and the parse, packed."""

    episode_key: str
    blob: bytes


def parse_archived(archived: ArchivedPage, registry: Registry) -> PageOutcome:
    """Parse one archived page; an episode keeps the archive's kind (fetched or unchanged)."""
    parsed = parse_page(archived.page, registry=registry, family=archived.source)
    return outcome_of(parsed, archived)


def outcome_of(parsed: ParsedPage, archived: ArchivedPage) -> PageOutcome:
    """The page outcome a parse amounts to."""
    url = archived.page.requested_url
    kind = archived.kind if parsed.status == PageStatus.OK else _KIND_OF_STATUS[parsed.status]
    return PageOutcome(kind, url, archived.source, parsed, parsed.reason)


def loadable(o: PageOutcome) -> bool:
    """An outcome whose parse the load merges: an episode copy read in full."""
    return o.parsed is not None and o.parsed.status == PageStatus.OK and o.parsed.episode is not None


def parse_batch(pages: Sequence[ArchivedPage]) -> list[PageOutcome]:
    """Parse a batch with the default province registry, each outcome with its whole parse."""
    registry = default_registry()
    return [parse_archived(page, registry) for page in pages]


def parse_and_pack(pages: Sequence[ArchivedPage]) -> list[tuple[PageOutcome, Staged | None]]:
    """Parse a batch (the entry point of a worker process): each outcome keeps its parse without
    the episode (status, hash, reason; the province as ``PageOutcome.province``), and a loadable
    parse comes back packed for the batch's load package. So only bytes cross the process
    boundary, and the run never rebuilds the objects."""
    out: list[tuple[PageOutcome, Staged | None]] = []
    for o in parse_batch(pages):
        staged = None
        if loadable(o) and o.parsed is not None and o.parsed.episode is not None:
            staged = Staged(o.parsed.episode.key, pack_page(o.parsed))
        light = replace(o.parsed, episode=None) if o.parsed is not None else None
        out.append((replace(o, parsed=light, province=o.province_slug), staged))
    return out


def start_workers(workers: int) -> ProcessPoolExecutor:
    """``workers`` spawned parser processes that end when the process that started them dies."""
    return ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )


def _start_worker(parent: int) -> None:
    hand_back_freed_memory()  # as the run's own process does
    threading.Thread(target=_exit_with_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker once its run is gone (``kill -9`` of the run's pid): nothing else would,
    since every worker holds both ends of the pool's queues, so none ever reads end-of-file.
    Orphaned workers of killed runs were seen idling for hours, 55 MB each."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


PARENT_CHECK_SECONDS = 1.0


class ParsePool:
    """``workers`` spawned parser processes, started on first use (a run of one batch, such as
    the bundled sample, parses in-process and spawns none); None of them below two workers.

    Spawned, not forked: the run's process runs Prefect's threads, which a fork would copy mid-lock.
    """

    def __init__(self, workers: int) -> None:
        self._workers = workers
        self._pool: Executor | None = None
        self._lock = threading.Lock()

    def parse(
        self, pages: Sequence[ArchivedPage], *, in_process: bool = False
    ) -> list[tuple[PageOutcome, Staged | None]]:
        """``parse_and_pack`` in a worker process, or here when asked or with fewer than two workers."""
        if in_process or self._workers < 2 or not pages:
            return parse_and_pack(pages)
        with self._lock:
            if self._pool is None:
                self._pool = start_workers(self._workers)
            pool = self._pool
        return pool.submit(parse_and_pack, pages).result()

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown()
                self._pool = None
