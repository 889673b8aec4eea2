"""Typed, frozen records passed between the pipeline stages.

discover -> ``ListingItem``; fetch -> ``FetchedPage``; parse -> ``ParsedPage`` holding an
``Episode`` (with ``Question``/``Point``/``Indicator``/``Claim``); load writes them.
Every record that reaches the warehouse carries its natural key and provenance
(source URL, raw page sha256, parser version).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal


class PageStatus(StrEnum):
    """What a fetched page turned out to be."""

    OK = "ok"
    BLOCKED = "blocked"  # verification gate, frequency gate, 429 wall
    DELETED = "deleted"  # removed by the publisher or the platform, or an expired link
    NOT_EPISODE = "not_episode"  # a real page, but not an episode of the column
    ERROR = "error"  # unparseable, empty shell, transport failure
    INCOMPLETE = "incomplete"  # an episode copy missing questions or its trailer, or cut short


class SourceFamily(StrEnum):
    """The names of the built-in page families (``scrapers.families`` declares each one: hosts,
    listing parser, article reader, selectors, completeness rules). A name is both where a copy
    came from (``ListingItem.source``, ``ParsedPage.source``) and which reader read it
    (``ParsedPage.family`` → ``episode_sources.family``). Record fields hold the name as a string,
    so a family declared only in ``scrapers.families`` needs no member here."""

    WECHAT = "wechat"
    MEE = "mee"
    MEE_BIG5 = "mee_big5"
    FREEWECHAT = "freewechat"  # freewechat-style mirrors (Simplified); their reader reads tw_mirror too
    TW_MIRROR = "tw_mirror"
    THEPAPER = "thepaper"
    PROVINCE = "province"  # a provincial department's own website (scrapers/provinces)
    TEXT = "text"
    GENERIC = "generic"  # the main-content reader for markup no family knows (a reader, never a source)


# Closed sets of the records' string fields: the values are what the warehouse stores.
Script = Literal["hans", "hant"]
ChangeDirection = Literal["up", "down", "flat"]
ChangeBasis = Literal["yoy", "vs_period", "cumulative"]
ClaimKind = Literal["first", "programme"]
CheckStatus = Literal["pass", "warn", "fail"]
# What an archived response (raw_pages.kind) was fetched as: a listing page (an entry point or a
# department list page), an episode page, or a page of the bulletin crawl.
ArchiveKind = Literal["listing", "article", "bulletin"]


class Topic(StrEnum):
    HIGHLIGHTS = "highlights"
    MEMORABLE = "memorable"
    PRIORITIES = "priorities"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """One HTTP response as archived in ``raw_pages`` (the input of every parser)."""

    requested_url: str
    final_url: str
    status_code: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: datetime
    encoding: str = "utf-8"
    not_modified: bool = False  # a 304 answer to a conditional GET: body is empty

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    def header(self, name: str) -> str | None:
        lowered = name.lower()
        return next((v for k, v in self.headers if k.lower() == lowered), None)

    @property
    def text(self) -> str:
        return self.body.decode(self.encoding, errors="replace")


@dataclass(frozen=True, slots=True)
class ListingItem:
    """An episode link found on an entry point (album, MEE list, mirror list)."""

    url: str
    title: str
    source: str  # the family name of the entry point's source (SourceFamily, or a declared family)
    found_on: str
    series_no: int | None = None
    published_at: datetime | None = None
    canonical_key: str | None = None  # "biz:mid:idx" for WeChat-derived URLs


@dataclass(frozen=True, slots=True)
class ListingPage:
    """A parsed entry-point page: its items and the pages to visit next, and the values on it that
    could not be read and were skipped (``rejected``: one line each, e.g. an impossible date)."""

    items: tuple[ListingItem, ...]
    next_urls: tuple[str, ...] = ()
    status: PageStatus = PageStatus.OK
    reason: str = ""
    rejected: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProvinceRef:
    code: str  # GB/T 2260, e.g. "360000"
    name: str  # full name, e.g. "江西省"
    slug: str  # pinyin, e.g. "jiangxi"


@dataclass(frozen=True, slots=True)
class Official:
    name: str
    position: str
    organization: str


@dataclass(frozen=True, slots=True)
class Point:
    no: int
    marker: str  # 一是 / 二是 / 第一 / (一) ...
    headline: str  # the point's short heading sentence
    text: str


@dataclass(frozen=True, slots=True)
class Question:
    no: int
    topic: Topic
    question: str
    answer: str
    points: tuple[Point, ...] = ()


@dataclass(frozen=True, slots=True)
class Change:
    direction: ChangeDirection  # 同比持平 is "flat" with value 0
    value: float
    unit: str  # "percentage_point" | "percent" | the figure's unit_base for an absolute change (days)
    basis: ChangeBasis | None = None  # None when the text does not say


@dataclass(frozen=True, slots=True)
class Rank:
    scope: str  # 全国 / 中部 / 全省 ...
    position: int
    of_total: int | None = None  # 共N个 / N个省份中: how many were ranked, when stated


@dataclass(frozen=True, slots=True)
class Indicator:
    """One quantitative claim, with its quote located in the episode's Simplified body text.

    A change-only statement (PM2.5平均浓度同比下降3.4%, no level stated) is an indicator of its
    own code whose ``value``, ``unit``, ``value_base`` and ``unit_base`` are None and whose
    ``change`` says what moved (``is_change_only``); ``code`` is ``change`` only when its words name
    no catalog indicator.
    """

    code: str
    subject: str
    value: float | None  # None for a change-only statement
    unit: str | None  # None for a change-only statement
    value_base: float | None
    unit_base: str | None
    year: int | None
    region: str | None
    change: Change | None
    previous_value: float | None
    ranks: tuple[Rank, ...]
    record: tuple[str, ...]
    streak_years: int | None
    quote: str
    start: int
    end: int
    q_no: int | None
    point_no: int | None
    original_start: int | None = None  # the quote's span in Episode.original_body (page's own script)
    original_end: int | None = None
    period: str | None = None  # a sub-year period the figure covers (1-5月, 一季度, 上半年), never in year

    @property
    def is_change_only(self) -> bool:
        """A change stated with no level beside it (value None, change set)."""
        return self.value is None and self.change is not None


@dataclass(frozen=True, slots=True)
class Claim:
    """A "first" (全国率先 …) or a named programme in quotes, with its quote."""

    kind: ClaimKind
    text: str
    quote: str
    start: int
    end: int
    q_no: int | None
    point_no: int | None
    original_start: int | None = None
    original_end: int | None = None


@dataclass(frozen=True, slots=True)
class Episode:
    """A parsed interview in Simplified script (originals kept in ``original_body``)."""

    source: str  # a family name
    url: str
    script: Script  # the script of the page as published
    title: str
    series_no: int
    province: ProvinceRef
    official: Official
    headline: str
    published_at: datetime | None
    supplier: str | None
    editor: str | None
    original_title: str | None
    questions: tuple[Question, ...]
    body_text: str  # Simplified, normalised; indicator offsets point into it
    original_body: str  # as captured, in the page's own script
    indicators: tuple[Indicator, ...] = ()
    claims: tuple[Claim, ...] = ()
    canonical_key: str | None = None  # "biz:mid:idx" when known

    @property
    def key(self) -> str:
        """Natural key: one episode per (province, series number)."""
        return f"{self.province.code}-{self.series_no:03d}"


@dataclass(frozen=True, slots=True)
class ParsedPage:
    """The outcome of parsing one page: an episode, or why there is none."""

    status: PageStatus
    source: str  # the page's family name
    url: str
    episode: Episode | None = None
    reason: str = ""
    parser_version: str = ""
    raw_sha256: str | None = None
    extras: dict[str, str] = field(default_factory=dict)
    family: str | None = None  # the family whose article reader read the page


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Where one answer paragraph or point sits in ``Episode.body_text`` (for extraction offsets)."""

    start: int
    end: int
    q_no: int | None
    point_no: int | None
    topic: Topic | None = None


@dataclass(frozen=True, slots=True)
class QualityCheck:
    """One data-quality check result (plausible ranges, parts vs totals, cross-source agreement)."""

    check: str
    status: CheckStatus
    episode_key: str | None
    code: str | None
    detail: str
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class SourceCopy:
    """One URL an episode was seen at, as recorded in ``episode_sources``."""

    url: str
    source: str
    script: Script
    raw_sha256: str
    canonical_key: str | None = None
    family: str | None = None


@dataclass(frozen=True, slots=True)
class EpisodeBundle:
    """What the load stage writes for one episode: its best parse plus every copy seen."""

    episode: Episode
    parser_version: str
    raw_sha256: str
    sources: tuple[SourceCopy, ...]
    checks: tuple[QualityCheck, ...] = ()
