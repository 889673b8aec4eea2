"""The pure parse step of a run: archived pages in, typed page outcomes out.

No database, no network, no Prefect import: reparse runs ``parse_batch`` in worker processes,
which import only this module and the parsers. Recording the outcomes is a separate step
(``flows.stages.record_outcomes``).
"""

from __future__ import annotations

from collections.abc import Sequence

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


def parse_archived(archived: ArchivedPage, registry: Registry) -> PageOutcome:
    """Parse one archived page; an episode keeps the archive's kind (fetched or unchanged)."""
    parsed = parse_page(archived.page, registry=registry, family=archived.source)
    return outcome_of(parsed, archived)


def outcome_of(parsed: ParsedPage, archived: ArchivedPage) -> PageOutcome:
    """The page outcome a parse amounts to."""
    url = archived.page.requested_url
    kind = archived.kind if parsed.status == PageStatus.OK else _KIND_OF_STATUS[parsed.status]
    return PageOutcome(kind, url, archived.source, parsed, parsed.reason)


def parse_batch(pages: Sequence[ArchivedPage]) -> list[PageOutcome]:
    """Parse a batch with the default province registry (the entry point of a worker process)."""
    registry = default_registry()
    return [parse_archived(page, registry) for page in pages]
