"""Turn an ``EpisodeBundle`` into table rows (pure; no connection needed)."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import datetime
from typing import Any

from models.records import EpisodeBundle, Rank
from warehouse.text_spans import Span, locate

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
    """One row per question; the answer as spans of the body (``warehouse.text_spans``)."""
    key = bundle.episode.key
    located = locate(bundle.episode.body_text, bundle.episode.questions)
    return [
        {
            "episode_key": key,
            "q_no": q.no,
            "topic": str(q.topic),
            "question": q.question,
            "answer": None if where.answer is not None else q.answer,
            "answer_spans": _spans(where.answer),
        }
        for q, where in zip(bundle.episode.questions, located, strict=True)
    ]


def point_rows(bundle: EpisodeBundle) -> list[Row]:
    """One row per enumerated point; its text as a span of the body."""
    key = bundle.episode.key
    located = locate(bundle.episode.body_text, bundle.episode.questions)
    return [
        {
            "episode_key": key,
            "q_no": q.no,
            "point_no": p.no,
            "marker": p.marker,
            "headline": p.headline,
            "text": None if span is not None else p.text,
            "start_offset": span[0] if span is not None else None,
            "end_offset": span[1] if span is not None else None,
        }
        for q, where in zip(bundle.episode.questions, located, strict=True)
        for p, span in zip(q.points, where.points, strict=True)
    ]


def _spans(spans: list[Span] | None) -> list[Row] | None:
    return None if spans is None else [{"start_offset": s, "end_offset": e} for s, e in spans]


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
                "period": ind.period,
                "change": asdict(ind.change) if ind.change else None,
                "previous_value": ind.previous_value,
                "ranks": [rank_value(r) for r in ind.ranks],
                "record_flags": list(ind.record),
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


REGIONAL_SCOPES = (
    "东部",
    "中部",
    "西部",
    "东北",
    "长江",
    "黄河",
    "京津冀",
    "长三角",
    "珠三角",
    "汾渭",
    "成渝",
)
PROVINCIAL_SCOPES = ("全省", "全区", "全市", "省内", "区内")


def scope_kind(scope: str) -> str:
    """What a rank's scope ranks among: national, regional, provincial (cities of a province), city, other.

    全国 ranks among provinces; 中部/长江经济带 among a group of provinces; 全省/全区 (and 全市 of a
    municipality) among the province's own cities or counties; a named city within that city.
    """
    if scope.startswith("全国"):
        return "national"
    if scope.startswith(REGIONAL_SCOPES) or scope.endswith(("地区", "区域", "流域", "经济带")):
        return "regional"
    if scope.startswith(PROVINCIAL_SCOPES):
        return "provincial"
    if scope.endswith(("市", "州", "盟")):
        return "city"
    return "other"


def rank_value(rank: Rank) -> Row:
    """One element of ``indicators.ranks`` (a STRUCT in DuckDB, a dict here)."""
    return {
        "scope": rank.scope,
        "scope_kind": scope_kind(rank.scope),
        "position": rank.position,
        "of_total": rank.of_total,
    }


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
