"""Turn an ``EpisodeBundle`` into table rows (pure; no connection needed)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from datetime import datetime
from typing import Any

from models.records import EpisodeBundle

Row = dict[str, Any]


def content_hash(bundle: EpisodeBundle) -> str:
    """Hash of everything an episode row and its children hold, except timestamps.

    The records are frozen dataclasses of tuples, strings, numbers, dates and enums, so their
    ``repr`` is a complete, deterministic serialisation: hashed once, with no ``asdict`` copy.
    """
    text = repr((bundle.episode, bundle.parser_version, bundle.raw_sha256, bundle.checks))
    return hashlib.sha256(text.encode()).hexdigest()


def episode_row(bundle: EpisodeBundle, digest: str, *, first_seen: datetime, now: datetime) -> Row:
    ep = bundle.episode
    return {
        "episode_key": ep.key,
        "province_code": ep.province.code,
        "series_no": ep.series_no,
        "title": ep.title,
        "headline": ep.headline,
        "official_name": ep.official.name,
        "official_position": ep.official.position,
        "official_organization": ep.official.organization,
        "published_at": ep.published_at,
        "supplier": ep.supplier,
        "editor": ep.editor,
        "original_title": ep.original_title,
        "script": ep.script,
        "source": str(ep.source),
        "best_url": ep.url,
        "body_text": ep.body_text,
        "original_body": ep.original_body,
        "parser_version": bundle.parser_version,
        "raw_sha256": bundle.raw_sha256,
        "content_hash": digest,
        "first_seen": first_seen,
        "last_updated": now,
        "removed_at": None,
    }


def question_rows(bundle: EpisodeBundle) -> list[Row]:
    key = bundle.episode.key
    return [
        {"episode_key": key, "q_no": q.no, "topic": str(q.topic), "question": q.question, "answer": q.answer}
        for q in bundle.episode.questions
    ]


def point_rows(bundle: EpisodeBundle) -> list[Row]:
    key = bundle.episode.key
    return [
        {
            "episode_key": key,
            "q_no": q.no,
            "point_no": p.no,
            "marker": p.marker,
            "headline": p.headline,
            "text": p.text,
        }
        for q in bundle.episode.questions
        for p in q.points
    ]


def indicator_rows(bundle: EpisodeBundle) -> list[Row]:
    key = bundle.episode.key
    rows = []
    for n, ind in enumerate(bundle.episode.indicators, start=1):
        rows.append(
            {
                "episode_key": key,
                "indicator_no": n,
                "code": ind.code,
                "subject": ind.subject,
                "value": ind.value,
                "unit": ind.unit,
                "value_base": ind.value_base,
                "unit_base": ind.unit_base,
                "year": ind.year,
                "region": ind.region,
                "change_direction": ind.change.direction if ind.change else None,
                "change_value": ind.change.value if ind.change else None,
                "change_unit": ind.change.unit if ind.change else None,
                "previous_value": ind.previous_value,
                "ranks_json": json.dumps([asdict(r) for r in ind.ranks], ensure_ascii=False),
                "record_flags": json.dumps(list(ind.record), ensure_ascii=False),
                "streak_years": ind.streak_years,
                "quote": ind.quote,
                "start_offset": ind.start,
                "end_offset": ind.end,
                "original_start_offset": ind.original_start,
                "original_end_offset": ind.original_end,
                "q_no": ind.q_no,
                "point_no": ind.point_no,
            }
        )
    return rows


def claim_rows(bundle: EpisodeBundle) -> list[Row]:
    key = bundle.episode.key
    return [
        {
            "episode_key": key,
            "claim_no": n,
            "kind": c.kind,
            "text": c.text,
            "quote": c.quote,
            "start_offset": c.start,
            "end_offset": c.end,
            "original_start_offset": c.original_start,
            "original_end_offset": c.original_end,
            "q_no": c.q_no,
            "point_no": c.point_no,
        }
        for n, c in enumerate(bundle.episode.claims, start=1)
    ]
