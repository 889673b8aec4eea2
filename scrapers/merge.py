"""Merge the copies of each episode seen on several sources into one ``EpisodeBundle`` (pure).

The same episode (province + series number) seen on WeChat, the MEE site and a mirror loads
as one episode with every source URL; its text comes from the best copy: complete copies
first (an ``incomplete`` copy, one cut short or missing parts, never replaces a complete one),
then by the configured source priority (original WeChat > MEE > mirrors by default).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from models.records import EpisodeBundle, PageStatus, ParsedPage, SourceCopy
from scrapers.extract import check_across_sources, check_indicators
from scrapers.listings.discovery import source_rank

_MERGED = (PageStatus.OK, PageStatus.INCOMPLETE)


def merge_parsed(parsed: Sequence[ParsedPage], priority: Sequence[str]) -> list[EpisodeBundle]:
    """Group ok and incomplete parses by episode key, pick the best copy, and attach checks."""
    groups: dict[str, list[ParsedPage]] = defaultdict(list)
    for page in parsed:
        if page.status in _MERGED and page.episode is not None:
            groups[page.episode.key].append(page)
    return [_bundle(copies, priority) for _, copies in sorted(groups.items())]


def _bundle(copies: list[ParsedPage], priority: Sequence[str]) -> EpisodeBundle:
    copies = sorted(
        copies, key=lambda p: (p.status is not PageStatus.OK, source_rank(p.source, priority), p.url)
    )
    best = copies[0]
    assert best.episode is not None
    sources = tuple(
        SourceCopy(
            url=p.url,
            source=p.source,
            script=p.episode.script,
            raw_sha256=p.raw_sha256 or "",
            canonical_key=p.episode.canonical_key,
            family=p.family,
        )
        for p in copies
        if p.episode is not None
    )
    checks = check_indicators(best.episode.key, best.episode.indicators)
    if len(copies) > 1:
        across = check_across_sources({p.url: p.episode.indicators for p in copies if p.episode})
        # the copies are one episode's: its key lets a reload replace these results too
        checks += tuple(replace(c, episode_key=best.episode.key) for c in across)
    return EpisodeBundle(
        episode=best.episode,
        parser_version=best.parser_version,
        raw_sha256=best.raw_sha256 or "",
        sources=sources,
        checks=tuple(checks),
    )
