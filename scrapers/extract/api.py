"""The extractor's entry points: an episode body with its answer spans, or any text at all."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from models.records import Claim, Indicator, ProvinceRef, TextSpan, Topic
from scrapers.base.normalize import fold_punctuation, normalize
from scrapers.extract.back_references import give_back_listed_changes, join_broken_off_changes
from scrapers.extract.claims import extract_claims
from scrapers.extract.compact import CompactText, drop_inword_spaces
from scrapers.extract.indicators import extract_indicators, extract_indicators_and_topic
from scrapers.extract.page_noise import blank_page_noise
from scrapers.extract.passage import (
    attach_later_changes,
    drop_month_on_month_twins,
    join_changes_stated_first,
    join_soft_breaks,
    pair_listed_levels,
    soft_breaks,
    spread_shared_values,
    years_stated_after,
)
from scrapers.extract.passage_context import PassageContext, heading_topics, is_heading
from scrapers.extract.regional_words import mainland_comparisons
from scrapers.extract.restatements import (
    drop_headline_restatements,
    drop_restated_changes,
    merge_restatements,
)
from scrapers.extract.shared_levels import spread_listed_changes
from scrapers.extract.spaced_clauses import mark_spaced_clauses
from scrapers.extract.spinner import despun
from scrapers.extract.table_figures import table_figures
from scrapers.extract.topic import Topic as InView
from scrapers.extract.year_forms import uses_roc_years
from scrapers.extract.years import index_years

DEFAULT_TOPIC_YEARS: Mapping[Topic, int] = {
    Topic.HIGHLIGHTS: 2024,
    Topic.MEMORABLE: 2024,
    Topic.PRIORITIES: 2025,
}
_PARAGRAPH_RE = re.compile(r"[^\n]+")
_FIGURE_RE = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|个百分点|微克|毫克|μg|µg|ug|mg|天)")
_R = TypeVar("_R", Indicator, Claim)


def extract(
    body_text: str,
    spans: Sequence[TextSpan],
    *,
    province: ProvinceRef | None,
    topic_years: Mapping[Topic, int] | None = None,
) -> tuple[tuple[Indicator, ...], tuple[Claim, ...]]:
    """Indicators and claims of the answer ``spans`` of a Simplified, normalised episode body.

    A sentence with no stated year takes its span's topic year (2024 for the highlights
    question); 全省 and unplaced figures take ``province.name``. Offsets index ``body_text``.
    """
    years = DEFAULT_TOPIC_YEARS if topic_years is None else topic_years
    province_name = province.name if province is not None else None
    indicators: list[Indicator] = []
    claims: list[Claim] = []
    for span in sorted(spans, key=lambda s: s.start):
        start, end = max(span.start, 0), min(span.end, len(body_text))
        if start >= end:
            continue
        bounded = TextSpan(start, end, span.q_no, span.point_no, span.topic)
        year = years.get(span.topic) if span.topic is not None else None
        indicators.extend(extract_indicators(body_text, bounded, province_name, PassageContext(year)))
        claims.extend(extract_claims(body_text, bounded))
    return tuple(indicators), tuple(claims)


def extract_text(text: str) -> tuple[tuple[Indicator, ...], tuple[Claim, ...]]:
    """Any document: normalise it, one span per paragraph, no province; offsets index the normalised text.

    A paragraph with no year of its own takes the passage's: the last year stated before it,
    else the first one after it, else a dateline's.
    """
    normalized = normalize(text).text
    # same length: offsets index ``normalized`` too; quotes keep the page's own punctuation
    cleaned = mark_spaced_clauses(mainland_comparisons(blank_page_noise(fold_punctuation(normalized))))
    breaks = soft_breaks(cleaned)
    repaired = despun(join_soft_breaks(cleaned, breaks))
    compact = drop_inword_spaces(
        repaired, frozenset(breaks)
    )  # offsets below index the compact text; mapped back at the end
    # a spun word a joined line break cut (差⏎Ⅴ类) is whole again only once the spaces are gone
    body, source = (despun(compact.text) if compact.changed else compact.text), compact.project(normalized)
    roc = uses_roc_years(body)
    years = index_years(body, roc=roc)
    indicators, body = table_figures(body, years)
    paragraphs = list(_PARAGRAPH_RE.finditer(body))
    headings = heading_topics([m.group() for m in paragraphs])
    claims: list[Claim] = []
    # 9月，全省PM10平均浓度为61微克/立方米…¶9个城市同比上升，甲市上升3.0%: a paragraph of running
    # text goes on from what the one before it named, until a heading starts a new section
    carried: InView | None = None
    for m, heading in zip(paragraphs, headings, strict=True):
        span = TextSpan(m.start(), m.end(), None, None)
        fallback, dated = years.fallback(span.start), years.fallback_is_date(span.start)
        in_view = heading.going_on(carried) if carried is not None else heading
        ctx = PassageContext(
            fallback,
            dated,
            roc,
            years.dateline,
            in_view,
            years.titled,
            years.dateline_month,
            years.fallback_is_later(span.start),
        )
        found, ended_on = extract_indicators_and_topic(body, span, None, ctx)
        indicators.extend(found)
        # 到2025年，臭氧浓度力争下降8%。¶东林市上升2.4%: a paragraph whose every figure was an aim, a
        # standard or a slogan (none was kept) names no subject the next one reports on
        aims_only = not found and _FIGURE_RE.search(m.group()) is not None
        carried = None if is_heading(m.group()) or aims_only else ended_on
        claims.extend(extract_claims(body, span))
    indicators.sort(key=lambda ind: ind.start)
    kept = years_stated_after(indicators, body)
    # passes over the whole passage, in order: each reads what the one before it left
    for step in (
        spread_shared_values,
        spread_listed_changes,
        give_back_listed_changes,
        join_broken_off_changes,
        pair_listed_levels,
        join_changes_stated_first,
        attach_later_changes,
        merge_restatements,
    ):
        kept = step(kept, body)
    kept = drop_month_on_month_twins(
        drop_restated_changes(drop_headline_restatements(kept, source), body), body
    )
    # offsets and quotes as the normalised text has them (with its line breaks and spaces)
    return (
        tuple(_in_source(i, compact, normalized) for i in kept),
        tuple(_in_source(c, compact, normalized) for c in claims),
    )


def _in_source(record: _R, compact: CompactText, normalized: str) -> _R:
    """``record`` with its span and quote in the normalised text."""
    start, end = compact.to_source(record.start, record.end)
    return replace(record, start=start, end=end, quote=normalized[start:end])


def paragraph_spans(body: str, topic: Topic | None = None) -> list[TextSpan]:
    """One span per non-empty line of ``body`` (no question or point numbers)."""
    return [TextSpan(m.start(), m.end(), None, None, topic) for m in _PARAGRAPH_RE.finditer(body)]
