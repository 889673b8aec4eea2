"""The run summary and page table name every listing_empty page, skipped link and fallback use."""

from __future__ import annotations

from flows.artifacts import outcome_table, summary_markdown
from flows.stages import PageOutcome
from models.outcomes import PageKind, RunCounts

OUTCOMES = [
    PageOutcome("fetched", "https://www.mee.gov.cn/a.shtml", "mee"),
    PageOutcome("skipped", "https://kknews.cc/private/1", "tw_mirror", reason="robots_disallowed: …"),
    PageOutcome(
        "listing_empty", "https://www.mee.gov.cn/l/?page=2", "mee", reason="links, none names an episode"
    ),
    PageOutcome("fallback", "https://www.mee.gov.cn/l/", "mee", reason="generic_items"),
]


def test_the_summary_lists_empty_listings_skipped_links_and_fallbacks_with_their_reason():
    text = summary_markdown("r1", RunCounts({PageKind.LISTING_EMPTY: 1}), OUTCOMES)
    assert "| listing_empty | mee | https://www.mee.gov.cn/l/?page=2 | links, none names an episode |" in text
    assert "| skipped | tw_mirror | https://kknews.cc/private/1 | robots_disallowed: … |" in text
    assert "| fallback | mee | https://www.mee.gov.cn/l/ | generic_items |" in text
    assert "a.shtml" not in text  # a fetched page is only a counter


def test_the_page_table_counts_listing_empty_pages_with_their_url_but_not_as_discovered():
    mee = next(r for r in outcome_table(OUTCOMES) if r["source"] == "mee")
    assert (mee["discovered"], mee["fetched"], mee["listing_empty"]) == (1, 1, 1)
    assert mee["listing_empty_urls"] == "https://www.mee.gov.cn/l/?page=2"
