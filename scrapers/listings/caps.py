"""Per-run caps on the episode links discovery queues: per entry point and per host.

A listing page may name the column in every one of its links: one 7.6 MB page held 180,000 of
them, which at the default spacing of one request per host every 3-4.5 s is 7-9 days of crawling.
``ItemCaps`` admits a run's discovered items until an entry point or a host has had its share
(``[discovery] max_items_per_entry_point`` and ``max_items_per_host``), counts what it turns away,
and says which cap was hit: ops see it in the run summary, never a silent cut. The same URL found
twice counts once, queued or turned away (``discovery.unique_urls`` keeps one anyway). Entry
points and sites are walked at once, so one ``ItemCaps`` is shared by threads: every call takes
its lock.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from models.records import ListingItem
from scrapers.fetch.hosts import netloc_of


@dataclass(slots=True)
class ItemCaps:
    """The caps of one run; ``admit`` is the one call discovery makes per batch of items."""

    per_entry_point: int
    per_host: int
    _queued: Counter[tuple[str, str]] = field(default_factory=Counter)  # (scope, key) -> items let in
    _dropped: Counter[tuple[str, str]] = field(default_factory=Counter)  # (scope, key) -> turned away
    _seen: set[str] = field(default_factory=set)
    _turned_away: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def admit(self, entry_point: str, items: Iterable[ListingItem]) -> list[ListingItem]:
        """The items of ``entry_point`` still under both caps, in order; the rest are counted."""
        kept = []
        with self._lock:
            for item in items:
                if self._let_in(entry_point, item):
                    kept.append(item)
        return kept

    def _let_in(self, entry_point: str, item: ListingItem) -> bool:
        if item.url in self._seen:
            return True
        entry, host = ("entry point", entry_point), ("host", netloc_of(item.url))
        full = self._full_one(entry, host)
        if full is not None:
            if item.url not in self._turned_away:
                self._turned_away.add(item.url)
                self._dropped[full] += 1
            return False
        self._seen.add(item.url)
        self._queued[entry] += 1
        self._queued[host] += 1
        return True

    def _full_one(self, entry: tuple[str, str], host: tuple[str, str]) -> tuple[str, str] | None:
        """The first of ``entry`` and ``host`` whose cap is reached, or None."""
        if self._queued[entry] >= self.per_entry_point:
            return entry
        return host if self._queued[host] >= self.per_host else None

    def full(self, entry_point: str) -> bool:
        """True once ``entry_point`` has queued its share: walking its further pages is useless."""
        with self._lock:
            return self._queued[("entry point", entry_point)] >= self.per_entry_point

    @property
    def dropped(self) -> int:
        """Items turned away by any cap this run."""
        with self._lock:
            return sum(self._dropped.values())

    def hits(self) -> list[tuple[str, str]]:
        """``(entry point or host, reason)`` per cap that turned items away, for the run summary."""
        caps = {"entry point": self.per_entry_point, "host": self.per_host}
        with self._lock:
            dropped = list(self._dropped.items())
        return [
            (key, f"cap of {caps[scope]:,} items per {scope} reached: {n:,} more not queued "
                  f"(raise [discovery] max_items_per_{scope.replace(' ', '_')} to queue them)")
            for (scope, key), n in dropped
        ]  # fmt: skip
