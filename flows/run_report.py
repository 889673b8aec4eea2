"""What a run reports about its listing pages, next to its episode pages (flows glue).

The crawl (``scrapers.listings.crawl.Discovery``) records listing pages that were empty, refused, failed or
blocked, and every generic fallback it used; here they become ``PageOutcome`` rows, so the run
summary, the ``ingest-pages`` table and the flow's ``problems`` list name each with its URL.
"""

from __future__ import annotations

from flows.artifacts import LISTING_KINDS
from models.outcomes import PageKind, PageOutcome
from scrapers.listings.crawl import Discovery

# Outcome kinds listed as the run's problems (with URL and reason); a fallback use is not one.
PROBLEM_KINDS = frozenset(
    {PageKind.FAILED, PageKind.BLOCKED, PageKind.INCOMPLETE, PageKind.SKIPPED, *LISTING_KINDS}
    - {PageKind.FALLBACK}
)


def listing_outcomes(found: Discovery) -> list[PageOutcome]:
    """One row per listing page that was empty, refused, failed or blocked, and per fallback use."""
    empty = [
        PageOutcome(PageKind.LISTING_EMPTY, url, src, reason="links, none names an episode")
        for url, src in found.listing_empty
    ]
    refused = [
        PageOutcome(PageKind.LISTING_SKIPPED, url, "listing", reason=why) for url, why in found.skipped
    ]
    broken = [PageOutcome(PageKind.LISTING_FAILED, url, "listing", reason=why) for url, why in found.failed]
    walls = [PageOutcome(PageKind.LISTING_BLOCKED, url, "listing", reason=why) for url, why in found.blocked]
    used = [PageOutcome(PageKind.FALLBACK, url, src, reason=name) for url, src, name in found.fallbacks]
    return empty + refused + broken + walls + used
