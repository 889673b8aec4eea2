"""Typed outcomes of a run: what happened to each page, the run's mode and its final status.

Their string values are what the ledger (``ingest_runs``), the quarantine table, the artifacts
and the CLI show, so they are ``StrEnum``s: they compare and serialise as those strings.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeGuard, get_args

from models.records import FetchedPage, ParsedPage


class PageKind(StrEnum):
    """What happened to one episode URL in a run (one counter each in the ledger)."""

    FETCHED = "fetched"  # a new body, archived and parsed
    UNCHANGED = "unchanged"  # a 304, or a body the archive already held
    BLOCKED = "blocked"  # a verification wall or a 429: retried on the next run
    DELETED = "deleted"  # removed by its publisher: recorded, the episode keeps its data
    FAILED = "failed"  # could not be fetched or parsed: quarantined with its reason
    NOT_EPISODE = "not_episode"  # a real page, but not an episode of the column
    SKIPPED = "skipped"  # refused by our own politeness rules (robots.txt, unconfigured host)
    INCOMPLETE = "incomplete"  # a copy cut short: archived and reported, fetched again next run
    # Listing pages (scrapers/crawl.py), reported beside the episode pages:
    LISTING_EMPTY = "listing_empty"  # links, but none names an episode
    LISTING_SKIPPED = "listing_skipped"
    LISTING_FAILED = "listing_failed"
    LISTING_BLOCKED = "listing_blocked"
    LISTING_UNREADABLE = "listing_unreadable"  # a department list shows articles, none could be read
    FALLBACK = "fallback"  # a generic rule read a listing its family rules could not


class RunCounter(StrEnum):
    """A run counter that is not a page outcome: the other keys of a run's counters (``RunCounts``)."""

    DISCOVERED = "discovered"  # episode links found (bulletins: bulletin links and bulletin entry points)
    NEW = "new"  # episodes (bulletins: pages of figures) loaded for the first time
    UPDATED = "updated"  # episodes (bulletins: pages of figures) whose content changed
    EPISODES = "episodes"  # episodes merged and loaded
    REQUESTS_SENT = "requests_sent"  # HTTP requests sent, robots.txt included
    LISTING_PAGES = "listing_pages"  # listing pages read
    FALLBACKS = "fallbacks"  # listing pages read by a generic rule
    CAPPED_ITEMS = "capped_items"  # list items left unread past a site's cap
    UNREADABLE_VALUES = "unreadable_values"  # list values (dates, titles) that could not be read
    FIGURES = "figures"  # reference figures loaded by the bulletin crawl
    BULLETINS = "bulletins"  # archived bulletin pages read again by a reparse
    BULLETINS_UPDATED = "bulletins_updated"  # of those, the pages whose rows changed
    NOT_BULLETIN = "not_bulletin"  # pages of the bulletin crawl read, but not a bulletin
    DOCUMENTS = "documents"  # attached documents (PDF, Word) the bulletin crawl listed


# The name of one run counter: a page outcome or one of the others.
Counted = PageKind | RunCounter
_PAGE_KINDS = frozenset(str(k) for k in PageKind)
_OTHER_COUNTERS = frozenset(str(c) for c in RunCounter)


def counter_named(name: str) -> Counted:
    """The declared counter called ``name``; ``ValueError`` when no counter is called that."""
    if name in _PAGE_KINDS:
        return PageKind(name)
    if name in _OTHER_COUNTERS:
        return RunCounter(name)
    raise ValueError(f"{name!r} is not a run counter (models.outcomes: PageKind, RunCounter)")


def _declared(name: Counted) -> Counted:
    """``name`` itself, or the counter a plain string names (from code mypy does not check)."""
    return name if isinstance(name, PageKind | RunCounter) else counter_named(name)


class RunCounts(Mapping[Counted, int]):
    """A run's counters, by declared name (``PageKind`` or ``RunCounter``): what the flows add up,
    the ledger stores (``warehouse.runs.COUNTERS``) and the flow's result shows.

    A counter never set reads 0, like a ``Counter``. Only declared names are keys: a misspelt name
    is a type error, and a name that is no counter raises ``ValueError`` when it is read or set.
    """

    __slots__ = ("_counts",)

    def __init__(self, counts: Mapping[Counted, int] | None = None) -> None:
        self._counts: dict[Counted, int] = {}
        self.add(counts or {})

    @classmethod
    def named(cls, counts: Mapping[str, int]) -> RunCounts:
        """Counters given by their plain names (a flow's result, a script's keywords)."""
        return cls({counter_named(name): value for name, value in counts.items()})

    @classmethod
    def tally(cls, names: Iterable[Counted]) -> RunCounts:
        """One count per name given (each page's outcome, say)."""
        counts = cls()
        for name in names:
            counts[name] += 1
        return counts

    def __getitem__(self, name: Counted) -> int:
        if name in self._counts:
            return self._counts[name]
        _declared(name)  # a name that is no counter raises
        return 0

    def __setitem__(self, name: Counted, value: int) -> None:
        self._counts[_declared(name)] = value

    def __contains__(self, name: object) -> bool:
        return name in self._counts

    def __iter__(self) -> Iterator[Counted]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)

    def items(self) -> ItemsView[Counted, int]:
        return self._counts.items()

    def add(self, counts: Mapping[Counted, int]) -> None:
        """Add ``counts`` to these counters (``Counter.update``), in their order."""
        for name, value in counts.items():
            self[name] += value

    def as_dict(self) -> dict[str, int]:
        """The counters under their plain names, in the order they were first set."""
        return {str(name): value for name, value in self._counts.items()}

    def __repr__(self) -> str:
        return f"RunCounts({self.as_dict()})"


# What a department list page (scrapers/provinces), and so its site, gave: a wall first
# (scrapers.provinces.hazards), then a list no rule could read, or a failure.
Wall = Literal["blocked", "needs_browser"]
ListProblem = Literal[Wall, "listing_unreadable", "failed"]
ListOutcome = Literal["read", "empty", ListProblem]  # one list page (PageYield, EntryCheck)
SiteOutcome = Literal[
    "ok", "empty", ListProblem
]  # one site (SiteReport): its first problem, else ok or empty


def is_list_problem(outcome: ListOutcome | SiteOutcome) -> TypeGuard[ListProblem]:
    """Whether a list page's (or site's) outcome is a problem: walled, unreadable or failed."""
    return outcome in get_args(ListProblem)


# What a load did to one episode (warehouse.load) and to one set of reference figures
# (warehouse.reference): the run's ``new`` and ``updated`` counters count them.
EpisodeChange = Literal["new", "updated", "unchanged"]
FigureSetChange = Literal["new", "replaced", "unchanged"]


class RunMode(StrEnum):
    """How a run finds its pages."""

    SAMPLE = "sample"  # the bundled replay snapshot, offline
    LIVE = "live"  # the configured sites, incremental
    BACKFILL = "backfill"  # the configured sites, every listing page
    REPARSE = "reparse"  # the raw archive, no network
    BULLETINS = "bulletins"  # the configured 状况公报 pages, read into reference figures


class RunStatus(StrEnum):
    """A run's status in the ledger."""

    RUNNING = "running"
    SUCCESS = "success"
    PARTIAL = "partial"  # finished, but some pages failed or were blocked
    FAILED = "failed"  # died; the episode tables are as they were


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What happened to one episode URL in this run, and the parse when there was one.

    Once a batch has staged its parses (``flows.staging``) the run keeps only the summary: the
    same outcome without its parse, its province slug kept for the run's reports.
    """

    kind: PageKind
    url: str
    source: str
    parsed: ParsedPage | None = None
    reason: str = ""
    province: str | None = None  # the episode's province slug, kept by ``summary``

    @property
    def province_slug(self) -> str | None:
        """The slug of the episode's province, from the parse or the summary."""
        if self.parsed is not None and self.parsed.episode is not None:
            return self.parsed.episode.province.slug
        return self.province

    def summary(self) -> PageOutcome:
        """This outcome without its parse."""
        return PageOutcome(self.kind, self.url, self.source, None, self.reason, self.province_slug)


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """A page body ready to parse: just fetched (``FETCHED``) or already archived (``UNCHANGED``)."""

    page: FetchedPage
    source: str
    kind: PageKind
