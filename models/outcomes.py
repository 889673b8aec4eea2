"""Typed outcomes of a run: what happened to each page, the run's mode and its final status.

Their string values are what the ledger (``ingest_runs``), the quarantine table, the artifacts
and the CLI show, so they are ``StrEnum``s: they compare and serialise as those strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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
