"""Turn an ``EpisodeBundle`` into table rows (pure; no connection needed).

Rows are built from the records' own fields: a field is stored in the column of its name, unless
``COLUMN_OF_FIELD`` (the one declared map) names another; fields that are no column (an episode's
questions, its province record) are listed beside the builder that skips them, and the columns
that no field holds (keys, numbering, derived values) are added by name. ``warehouse.bulk``
refuses a row whose keys are not exactly its table's columns, so a misspelt or forgotten column
fails the load instead of becoming NULL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import fields
from datetime import datetime
from functools import cache
from operator import attrgetter
from typing import Any

import msgspec

from models.records import Change, Claim, Episode, EpisodeBundle, Indicator, Rank
from warehouse.text_spans import Span, locate

Row = dict[str, Any]

# Record fields stored under another column name: table -> field -> column.
_OFFSETS = {
    "start": "start_offset",
    "end": "end_offset",
    "original_start": "original_start_offset",
    "original_end": "original_end_offset",
}
COLUMN_OF_FIELD: dict[str, dict[str, str]] = {
    "episodes": {"url": "best_url"},
    "indicators": {**_OFFSETS, "record": "record_flags"},
    "claims": _OFFSETS,
}
# Record fields that are no column of the record's table (they go to other tables or columns).
_EPISODE_NOT_STORED = frozenset(
    {"province", "official", "questions", "indicators", "claims", "canonical_key"}
)


def _fields(
    table: str, record: Episode | Indicator | Claim | Change, skip: frozenset[str] = frozenset()
) -> Row:
    """``record``'s fields as columns of ``table`` (renamed by ``COLUMN_OF_FIELD``), less ``skip``."""
    kind: type = type(record)
    columns, values = _columns_of(table, kind, skip)
    return dict(zip(columns, values(record), strict=True))


@cache
def _columns_of(
    table: str, record_type: type, skip: frozenset[str]
) -> tuple[tuple[str, ...], Callable[[object], tuple[Any, ...]]]:
    """The columns of every stored field of ``record_type`` and one getter of their values (a C
    ``attrgetter``: a load builds ~70 of these rows an episode): worked out once per type."""
    renamed = COLUMN_OF_FIELD.get(table, {})
    names = [f.name for f in fields(record_type) if f.name not in skip]
    get = attrgetter(*names)
    values: Callable[[object], tuple[Any, ...]] = (lambda r: (get(r),)) if len(names) == 1 else get
    return tuple(renamed.get(name, name) for name in names), values


CONTENT_HASH_PREFIX = "m1:"  # the hash's own version: a stored hash without it is a legacy one
_PACK = msgspec.msgpack.Encoder(order="deterministic")  # dict keys sorted: no insertion-order drift


def content_hash(bundle: EpisodeBundle) -> str:
    """Hash of everything an episode row and its children hold, except timestamps.

    The records are frozen dataclasses of tuples, strings, numbers, dates, enums and one dict, all
    of which msgspec packs in C, field by field (dict keys sorted), so the packing is complete and
    deterministic. It is four times cheaper than the records' ``repr`` (``legacy_content_hash``,
    the hash stored before; docs/performance.md, "The load's last 0.2x").
    """
    packed = _PACK.encode((bundle.episode, bundle.parser_version, bundle.raw_sha256, bundle.checks))
    return CONTENT_HASH_PREFIX + hashlib.sha256(packed).hexdigest()


def is_legacy_hash(digest: str) -> bool:
    """A hash stored by a version before ``content_hash`` packed with msgspec."""
    return not digest.startswith(CONTENT_HASH_PREFIX)


def legacy_content_hash(bundle: EpisodeBundle) -> str:
    """The hash stored before: the records' ``repr``, hashed. Only compared with stored hashes of
    that form (``is_legacy_hash``), so that upgrading marks no unchanged episode as updated."""
    text = repr((bundle.episode, bundle.parser_version, bundle.raw_sha256, bundle.checks))
    return hashlib.sha256(text.encode()).hexdigest()


def episode_row(bundle: EpisodeBundle, digest: str, *, first_seen: datetime, now: datetime) -> Row:
    ep = bundle.episode
    return {
        **_fields("episodes", ep, _EPISODE_NOT_STORED),
        "episode_key": ep.key,
        "province_code": ep.province.code,
        "official_name": ep.official.name,
        "official_position": ep.official.position,
        "official_organization": ep.official.organization,
        "source": str(ep.source),
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
    return [
        {
            **_fields("indicators", ind),
            "episode_key": key,
            "indicator_no": n,
            "change": _fields("change", ind.change) if ind.change else None,
            "ranks": [rank_value(r) for r in ind.ranks],
            "record_flags": list(ind.record),
        }
        for n, ind in enumerate(bundle.episode.indicators, start=1)
    ]


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
        {**_fields("claims", c), "episode_key": key, "claim_no": n}
        for n, c in enumerate(bundle.episode.claims, start=1)
    ]
