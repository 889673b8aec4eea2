"""SQLAlchemy 2 models: the single definition of the warehouse schema.

Keys are natural or hashed (DuckDB has no SERIAL). Every table and column carries a comment;
``warehouse.schema`` turns them into ``COMMENT ON`` and ``docs/data-dictionary.md``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from duckdb_engine.datatypes import Struct
from sqlalchemy import BigInteger, Boolean, Date, Double, Integer, LargeBinary, MetaData, String, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import ARRAY, TIMESTAMP

# Instants are TIMESTAMPTZ; the warehouse engine shows them in China time (Asia/Shanghai).
TZ = TIMESTAMP(timezone=True)
RANK = Struct({"scope": String, "scope_kind": String, "position": Integer, "of_total": Integer})
CHANGE = Struct({"direction": String, "value": Double, "unit": String, "basis": String})
SPAN = Struct({"start_offset": Integer, "end_offset": Integer})


class Base(DeclarativeBase):
    metadata = MetaData()


def table_of(model: type[Base]) -> Table:
    """A model's Core table (SQLAlchemy types ``__table__`` only as a FromClause)."""
    return cast(Table, model.__table__)


def col(comment: str, *args: object, key: bool = False, **kwargs: object) -> Mapped:  # type: ignore[type-arg]
    """A column with its data-dictionary comment (required: undocumented columns are a bug).

    Integer keys never autoincrement: duckdb-engine would emit SERIAL, which DuckDB lacks.
    ``key``: part of a key the load keeps unique but no index enforces (the class names it in
    ``__mapper_args__``): the tables with tens of rows an episode, whose primary-key index DuckDB
    holds in memory for a load's uncommitted rows and needs twice at its commit (48 MB at 10,000
    episodes for the child tables, 28 MB for quality_checks; migrations 13 and 14,
    docs/performance.md). The load deletes an episode's rows before
    writing them again, and ``mee-interviews doctor`` reports a repeated key
    (``warehouse.health.duplicate_keys``).
    """
    if kwargs.get("primary_key"):
        kwargs.setdefault("autoincrement", False)
    if key:
        kwargs["nullable"] = False
        kwargs["info"] = {"key": True}
    return mapped_column(*args, comment=comment, **kwargs)  # type: ignore[arg-type]


def key_columns(table: Table) -> tuple[list[str], bool]:
    """A table's key columns and whether an index enforces them (False: ``col(key=True)``)."""
    enforced = [c.name for c in table.primary_key.columns]
    if enforced:
        return enforced, True
    return [c.name for c in table.columns if c.info.get("key")], False


class ProvinceRow(Base):
    __tablename__ = "provinces"
    __table_args__ = {"comment": "The 31 provincial-level divisions plus 新疆生产建设兵团 (one row each)."}
    code: Mapped[str] = col("GB/T 2260 code, e.g. 360000 for 江西省.", String, primary_key=True)
    name: Mapped[str] = col("Full Chinese name, e.g. 江西省.")
    short_name: Mapped[str] = col("Short Chinese name, e.g. 江西.")
    slug: Mapped[str] = col("Pinyin slug; the unit's row (and [unit.site]) in scrapers/provinces/units.toml.")
    region: Mapped[str] = col("Economic region: 东部, 中部, 西部 or 东北.")
    department: Mapped[str] = col("Its ecology-and-environment department, e.g. 江西省生态环境厅.")


class RawPageRow(Base):
    __tablename__ = "raw_pages"
    __table_args__ = {
        "comment": "Archive of every distinct fetched response (per URL and body hash); re-parsing reads it."
    }
    requested_url: Mapped[str] = col("The canonical URL that was requested.", String, primary_key=True)
    sha256: Mapped[str] = col("SHA-256 of the body bytes.", String, primary_key=True)
    final_url: Mapped[str] = col("URL after redirects.")
    status_code: Mapped[int] = col("HTTP status code.", Integer)
    headers_json: Mapped[str] = col("The response headers that matter, as a JSON object.", Text)
    encoding: Mapped[str] = col("Character encoding the body was decoded with.")
    source: Mapped[str] = col("Source family the URL was fetched for (wechat, mee, …).")
    kind: Mapped[str] = col(
        "listing (an entry-point page), article (an episode page) or bulletin (a page of the bulletin crawl)."
    )
    fetched_at: Mapped[datetime] = col("When this body was first fetched.", TZ)
    run_id: Mapped[str] = col("Ingest run that first archived it.")


class RawBodyRow(Base):
    __tablename__ = "raw_bodies"
    __table_args__ = {
        "comment": "The archived response bodies, once per distinct body, cut into parts of at most "
        "8 KiB; v_raw_pages puts them back together."
    }
    sha256: Mapped[str] = col("SHA-256 of the whole body (raw_pages.sha256).", String, primary_key=True)
    part: Mapped[int] = col("Position of this part in the body, from 0.", Integer, primary_key=True)
    data: Mapped[bytes] = col("The body's bytes from part * 8192, at most 8,192 of them.", LargeBinary)


class EpisodeRow(Base):
    __tablename__ = "episodes"
    __table_args__ = {
        "comment": "One row per interview: (province, series number), parsed from its best source."
    }
    episode_key: Mapped[str] = col(
        "Natural key <province_code>-<series_no:03d>, e.g. 360000-010.", String, primary_key=True
    )
    province_code: Mapped[str] = col("GB/T 2260 code of the province (provinces.code).")
    series_no: Mapped[int] = col("Episode number in the column (⑩ = 10).", Integer)
    title: Mapped[str] = col("Title as published, in Simplified.")
    headline: Mapped[str | None] = col("The headline after the official's name in the title.")
    official_name: Mapped[str | None] = col("Name of the interviewed official.")
    official_position: Mapped[str | None] = col("Position, e.g. 厅长 or 局长.")
    official_organization: Mapped[str | None] = col("Organisation, e.g. 江西省生态环境厅.")
    published_at: Mapped[datetime | None] = col(
        "Publication instant of the best source (shown in China time, Asia/Shanghai).", TZ
    )
    supplier: Mapped[str | None] = col("供稿 / 来源 line of the article.")
    editor: Mapped[str | None] = col("编辑 line of the article.")
    original_title: Mapped[str | None] = col("原标题 line, when a mirror carries it.")
    script: Mapped[str] = col("Script of the best source as published: hans or hant.")
    source: Mapped[str] = col(
        "Family of the best source (wechat, mee, mee_big5, freewechat, thepaper, tw_mirror, text)."
    )
    best_url: Mapped[str] = col("URL of the best source the text was taken from.")
    body_text: Mapped[str] = col("Normalised body in Simplified; indicator offsets index into it.", Text)
    original_body: Mapped[str] = col("Body as captured, in the page's own script.", Text)
    parser_version: Mapped[str] = col("Version of the parser that produced this row.")
    raw_sha256: Mapped[str] = col("raw_pages.sha256 of the page parsed.")
    content_hash: Mapped[str] = col(
        "Hash of the parsed content; a re-run that parses the same content changes nothing. "
        "'m1:' and the SHA-256 of the records packed by msgspec; an episode not loaded since "
        "December 2026 may still hold the older form (SHA-256 of their repr, no prefix)."
    )
    first_seen: Mapped[datetime] = col("When the episode was first loaded.", TZ)
    last_updated: Mapped[datetime] = col("When its content last changed.", TZ)
    removed_at: Mapped[datetime | None] = col("When its best source was found deleted; the data is kept.", TZ)


class EpisodeSourceRow(Base):
    __tablename__ = "episode_sources"
    __table_args__ = {"comment": "Every URL an episode was seen at (one row per episode and URL)."}
    episode_key: Mapped[str] = col("episodes.episode_key.", String, primary_key=True)
    url: Mapped[str] = col("Canonical URL of the copy.", String, primary_key=True)
    source: Mapped[str] = col("Source family of this copy.")
    script: Mapped[str] = col("Script of this copy as published: hans or hant.")
    canonical_key: Mapped[str | None] = col("WeChat biz:mid:idx when the copy reveals it.")
    raw_sha256: Mapped[str] = col("raw_pages.sha256 of the copy last parsed.")
    is_best: Mapped[bool] = col("True for the copy the episode text was taken from.")
    first_seen: Mapped[datetime] = col("When this copy was first seen.", TZ)
    removed_at: Mapped[datetime | None] = col("When this copy was found deleted.", TZ)
    family: Mapped[str | None] = col("Article parser that read the copy: a family's, or generic.")


class QuestionRow(Base):
    __tablename__ = "questions"
    __table_args__ = {
        "comment": "Questions and answers of each episode (one row per question). The answer is stored "
        "once, in episodes.body_text, and located by answer_spans; v_qa and the Parquet export give its text."
    }
    __mapper_args__ = {"primary_key": ("episode_key", "q_no")}
    episode_key: Mapped[str] = col("episodes.episode_key.", String, key=True)
    q_no: Mapped[int] = col("Question number within the episode, from 1.", Integer, key=True)
    topic: Mapped[str] = col("highlights | memorable | priorities | other.")
    question: Mapped[str] = col("Question text, without the speaker label.", Text)
    answer: Mapped[str | None] = col(
        "NULL when answer_spans locate the answer in episodes.body_text (every row loaded since schema 8); "
        "else the full answer text, kept for a row migrated from an older schema whose text was not found "
        "in the body.",
        Text,
    )
    answer_spans: Mapped[list | None] = col(  # type: ignore[type-arg]
        "Where the answer is in episodes.body_text: its paragraphs (without speaker labels) as "
        "[start_offset, end_offset) spans, joined by newlines. The text: array_to_string(list_transform("
        "answer_spans, lambda s: substr(body_text, s.start_offset + 1, s.end_offset - s.start_offset)), chr(10)).",
        ARRAY(SPAN),
    )


class AnswerPointRow(Base):
    __tablename__ = "answer_points"
    __table_args__ = {
        "comment": "Enumerated points of an answer (一是…二是…), one row per point. The text is stored once, in "
        "episodes.body_text, at [start_offset, end_offset); v_points and the Parquet export give it."
    }
    __mapper_args__ = {"primary_key": ("episode_key", "q_no", "point_no")}
    episode_key: Mapped[str] = col("episodes.episode_key.", String, key=True)
    q_no: Mapped[int] = col("questions.q_no.", Integer, key=True)
    point_no: Mapped[int] = col("Point number within the answer, from 1.", Integer, key=True)
    marker: Mapped[str] = col("The enumeration marker as written: 一是, 二是, 第一, (一) ….")
    headline: Mapped[str] = col("The point's short heading sentence.")
    text: Mapped[str | None] = col(
        "NULL when start_offset/end_offset locate the point in episodes.body_text (every row loaded since "
        "schema 8); else its full text, marker included (a row migrated from an older schema).",
        Text,
    )
    start_offset: Mapped[int | None] = col(
        "Start of the point (marker included) in episodes.body_text: substr(body_text, start_offset + 1, "
        "end_offset - start_offset) is its text.",
        Integer,
    )
    end_offset: Mapped[int | None] = col(
        "End offset (exclusive) of the point in episodes.body_text.", Integer
    )


class QuotedSpan:
    """Where a figure or claim is stated: its quote, located in both bodies of the episode."""

    quote: Mapped[str] = col("The exact span of episodes.body_text stating it.", Text)
    start_offset: Mapped[int] = col("Start offset of the quote in episodes.body_text.", Integer)
    end_offset: Mapped[int] = col("End offset (exclusive) of the quote in episodes.body_text.", Integer)
    original_start_offset: Mapped[int | None] = col(
        "Start offset of the same quote in episodes.original_body (the page's own script).", Integer
    )
    original_end_offset: Mapped[int | None] = col(
        "End offset (exclusive) in episodes.original_body.", Integer
    )
    q_no: Mapped[int | None] = col("Question the quote is in.", Integer)
    point_no: Mapped[int | None] = col("Point the quote is in, when inside one.", Integer)


class IndicatorRow(QuotedSpan, Base):
    __tablename__ = "indicators"
    __table_args__ = {"comment": "Every quantitative claim of an episode, typed (one row per figure)."}
    __mapper_args__ = {"primary_key": ("episode_key", "indicator_no")}
    episode_key: Mapped[str] = col("episodes.episode_key.", String, key=True)
    indicator_no: Mapped[int] = col("Position of the figure in the body, from 1.", Integer, key=True)
    code: Mapped[str] = col("indicator_catalog.code, or a generic code (money, count, share, area …).")
    subject: Mapped[str] = col("What is measured, as phrased in the text.")
    value: Mapped[float | None] = col(
        "The number as written; NULL for a change-only statement (only the change is stated).", Double
    )
    unit: Mapped[str | None] = col(
        "Unit as written (%, 微克/立方米, 亿元 …); NULL for a change-only statement."
    )
    value_base: Mapped[float | None] = col("Value in the base unit.", Double)
    unit_base: Mapped[str | None] = col("Base unit: yuan, persons, km2, %, ug/m3, days, count ….")
    year: Mapped[int | None] = col("Year the figure is about: stated, or the question's year.", Integer)
    region: Mapped[str | None] = col("Region the figure covers: the province's name, 全国, or a named city.")
    period: Mapped[str | None] = col("Part of the year covered (1-5月, 一季度); NULL for the whole year.")
    change: Mapped[dict | None] = col(  # type: ignore[type-arg]
        "Stated change: direction (up|down|flat), value, unit (percentage_point, percent or the figure's unit) "
        "and basis (yoy (同比), vs_period (against a stated year or period), cumulative (累计); NULL when not stated).",
        CHANGE,
    )
    previous_value: Mapped[float | None] = col("Previous value implied by the change.", Double)
    ranks: Mapped[list] = col(  # type: ignore[type-arg]
        "Stated ranks: scope as written (全国, 中部, 全省 …), scope_kind (national | regional | provincial "
        "| city | other), position, of_total (how many were ranked, when stated).",
        ARRAY(RANK),
    )
    record_flags: Mapped[list] = col(  # type: ignore[type-arg]
        "Record flags as written (历史最好, 历史新高, 首次超过).", ARRAY(String)
    )
    streak_years: Mapped[int | None] = col("连续N年: length of a stated streak.", Integer)


class ClaimRow(QuotedSpan, Base):
    __tablename__ = "claims"
    __table_args__ = {"comment": "“Firsts” and named programmes stated in an episode, with their quote."}
    __mapper_args__ = {"primary_key": ("episode_key", "claim_no")}
    episode_key: Mapped[str] = col("episodes.episode_key.", String, key=True)
    claim_no: Mapped[int] = col("Position of the claim in the body, from 1.", Integer, key=True)
    kind: Mapped[str] = col("first | programme.")
    text: Mapped[str] = col("The claim or programme name.", Text)


class IndicatorCatalogRow(Base):
    __tablename__ = "indicator_catalog"
    __table_args__ = {
        "comment": "The indicator catalog: one row per catalog code (scrapers/extract/catalog.toml)."
    }
    code: Mapped[str] = col("Indicator code, e.g. pm25_avg_concentration.", String, primary_key=True)
    name: Mapped[str] = col("Chinese name.")
    synonyms: Mapped[str] = col("Chinese synonyms matched in text, as a JSON list.", Text)
    unit: Mapped[str] = col("Unit of the values.")
    unit_base: Mapped[str] = col("Base unit of value_base.")
    domain: Mapped[str] = col("air, water, soil, ecology, climate, money, people, governance ….")
    min_value: Mapped[float | None] = col("Lower bound of the plausible range.", Double)
    max_value: Mapped[float | None] = col("Upper bound of the plausible range.", Double)
    description: Mapped[str] = col("What the indicator measures.", Text)


class ReferenceFigureRow(Base):
    __tablename__ = "reference_figures"
    __table_args__ = {
        "comment": "Official figures to check episodes against: the curated reference file "
        "(warehouse/reference/figures.toml) and figures read from crawled 状况公报 pages."
    }
    origin: Mapped[str] = col(
        "Where the row comes from: curated:figures.toml, or the canonical URL of a crawled bulletin page.",
        String,
        primary_key=True,
    )
    figure_no: Mapped[int] = col(
        "Position of the figure within its origin, from 1.", Integer, primary_key=True
    )
    origin_version: Mapped[str] = col(
        "The curated file's version, or the raw_pages.sha256 of the page read; a new version replaces "
        "every row of its origin."
    )
    origin_digest: Mapped[str] = col(
        "Hash of the origin's rows as loaded; reloading the same rows changes nothing."
    )
    scope_code: Mapped[str] = col("000000 for a national figure, else the province's GB/T 2260 code.")
    code: Mapped[str] = col("indicator_catalog.code.")
    year: Mapped[int] = col("Year the figure is about.", Integer)
    period: Mapped[str | None] = col("Part of the year covered (1-5月); NULL for the whole year.")
    value: Mapped[float] = col("The number as published.", Double)
    decimals: Mapped[int] = col(
        "Digits after the decimal point as published: the figure's precision (29.3 → 1, 30 → 0).", Integer
    )
    unit: Mapped[str] = col("Unit as published (the catalog unit for curated rows).")
    value_base: Mapped[float | None] = col("Value in the base unit.", Double)
    unit_base: Mapped[str | None] = col("Base unit: %, ug/m3, days ….")
    ranks: Mapped[list] = col(  # type: ignore[type-arg]
        "Ranks the source states for the figure: scope as written (全国, 中部 …), scope_kind, position, of_total.",
        ARRAY(RANK),
    )
    source_kind: Mapped[str] = col(
        "national_bulletin | provincial_bulletin | press_release | government_report (a government's "
        "annual report on the environment to its people's congress)."
    )
    source_title: Mapped[str] = col("Title of the official publication, e.g. 2024中国生态环境状况公报.")
    publisher: Mapped[str] = col("Who published it, e.g. 生态环境部 or 江西省生态环境厅.")
    published_on: Mapped[date | None] = col(
        "Publication date; NULL only when no copy read states it (source_note says so).", Date
    )
    source_url: Mapped[str | None] = col("The publication on the official site, when known.")
    verification: Mapped[str] = col(
        "Where the figure was read: verified (an official website), press (a news organisation's "
        "report of the publication) or unverified (only mirror or aggregator copies)."
    )
    seen_at: Mapped[list] = col(  # type: ignore[type-arg]
        "URLs of the pages the figure was read on.", ARRAY(String)
    )
    source_note: Mapped[str | None] = col("About the source: how it was read, what is uncertain.", Text)
    note: Mapped[str | None] = col("About the figure: its coverage (339 cities, 1,940 sections …).", Text)
    quote: Mapped[str | None] = col("For a figure read from a crawled page: the exact span stating it.", Text)
    start_offset: Mapped[int | None] = col(
        "Start offset of the quote in the page's main text as read (normalised, Simplified).", Integer
    )
    end_offset: Mapped[int | None] = col("End offset (exclusive) of the quote.", Integer)
    loaded_at: Mapped[datetime] = col("When this version of the origin was loaded.", TZ)


class QualityCheckRow(Base):
    __tablename__ = "quality_checks"
    __table_args__ = {"comment": "Results of data-quality checks on the loaded figures (latest per episode)."}
    __mapper_args__ = {"primary_key": ("check_id",)}
    check_id: Mapped[str] = col("Hash of (episode, check, code, detail).", String, key=True)
    episode_key: Mapped[str | None] = col(
        "episodes.episode_key: the episode checked (NULL only for a cross-source check stored before "
        "schema 14 that no single episode's figure quotes)."
    )
    check_name: Mapped[str] = col(
        "Name of the check: plausible_range, percent_bounds, parts_vs_total, cross_source …."
    )
    status: Mapped[str] = col("pass | warn | fail.")
    code: Mapped[str | None] = col("Indicator code concerned.")
    detail: Mapped[str] = col("What was found.", Text)
    quote: Mapped[str | None] = col("The quote concerned.", Text)
    run_id: Mapped[str] = col("Run that produced the result.")


class IngestRunRow(Base):
    __tablename__ = "ingest_runs"
    __table_args__ = {"comment": "The run ledger: one row per ingest or reparse run, with counts and status."}
    run_id: Mapped[str] = col("Run identifier (UTC timestamp + random suffix).", String, primary_key=True)
    mode: Mapped[str] = col("sample | live | reparse | backfill.")
    status: Mapped[str] = col("running | success | partial | failed.")
    started_at: Mapped[datetime] = col("Start time.", TZ)
    finished_at: Mapped[datetime | None] = col("End time.", TZ)
    discovered: Mapped[int] = col("Episode links found on entry points.", Integer, default=0)
    fetched: Mapped[int] = col("Pages downloaded (new or changed bodies).", Integer, default=0)
    unchanged: Mapped[int] = col("Pages answered 304 or with an already-archived body.", Integer, default=0)
    new: Mapped[int] = col("Episodes loaded for the first time.", Integer, default=0)
    updated: Mapped[int] = col("Episodes whose content changed.", Integer, default=0)
    blocked: Mapped[int] = col("Pages behind a verification or rate-limit wall.", Integer, default=0)
    deleted: Mapped[int] = col("Pages found deleted.", Integer, default=0)
    failed: Mapped[int] = col("Pages that could not be fetched or parsed.", Integer, default=0)
    skipped: Mapped[int] = col(
        "Pages our own rules refused (robots.txt, unconfigured host).", Integer, default=0
    )
    requests_sent: Mapped[int] = col("HTTP requests sent, robots.txt included.", BigInteger, default=0)
    message: Mapped[str | None] = col("Error or summary message.", Text)


class LoadPackageRow(Base):
    __tablename__ = "load_packages"
    __table_args__ = {
        "comment": "Load packages a run's load committed: each finished page batch stages its parses in a "
        "package beside the warehouse (<warehouse>.packages/<run_id>/<batch>), and the load that writes them "
        "records them here in its own transaction, so a package is never loaded twice."
    }
    package_id: Mapped[str] = col(
        "<run_id>/<name> of the package (name: batch-NNNNN, or stored).", String, primary_key=True
    )
    run_id: Mapped[str] = col("Run that staged the package (ingest_runs.run_id).")
    pages: Mapped[int] = col("Pages of the batch the package reports on.", Integer)
    parses: Mapped[int] = col("Episode copies parsed into it.", Integer)
    loaded_run_id: Mapped[str] = col(
        "Run whose load committed it: the staging run, or the next run when it resumed a killed one."
    )
    loaded_at: Mapped[datetime] = col("When that load committed.", TZ)


class QuarantineRow(Base):
    __tablename__ = "quarantine"
    __table_args__ = {
        "comment": "Pages that broke the pipeline, kept with their reason for a later fix and re-parse."
    }
    url: Mapped[str] = col("Canonical URL of the page.", String, primary_key=True)
    raw_sha256: Mapped[str] = col(
        "raw_pages.sha256 of the body, or '' when nothing was fetched.", String, primary_key=True
    )
    status: Mapped[str] = col("blocked | deleted | error | not_episode | incomplete.")
    reason: Mapped[str] = col("Why the page was not loaded.", Text)
    source: Mapped[str] = col("Source family.")
    first_seen: Mapped[datetime] = col("When first quarantined.", TZ)
    run_id: Mapped[str] = col("Run that first quarantined it.")


class DepartmentListPageRow(Base):
    __tablename__ = "department_list_pages"
    __table_args__ = {
        "comment": "Each list page of a department website a run visited: what it held, read and gave."
    }
    run_id: Mapped[str] = col("Run that visited it.", String, primary_key=True)
    slug: Mapped[str] = col("Province slug of the department website.", String, primary_key=True)
    seq: Mapped[int] = col(
        "Order of the visit within the run and site (1 = first).", Integer, primary_key=True
    )
    url: Mapped[str] = col("The list page; a list API POST is <url>#POST?<form>.", Text)
    outcome: Mapped[str] = col("read | empty | listing_unreadable | needs_browser | blocked | failed.")
    form: Mapped[str] = col("What was read: script | json | xml | anchors | fallback | none.")
    articles_listed: Mapped[int] = col("Article records or links the page held.", Integer)
    articles_read: Mapped[int] = col("Of them, read as list items (title and URL).", Integer)
    episodes: Mapped[int] = col("Of those, column episodes (title names 厅局长请回答).", Integer)
    rendered: Mapped[bool] = col("True when read from Chromium's DOM rather than plain HTTP.", Boolean)
    reason: Mapped[str] = col("Why it gave nothing (evidence, hazard, error); '' when read.", Text)
    visited_at: Mapped[datetime] = col("When the run recorded it.", TZ)


class SchemaVersionRow(Base):
    __tablename__ = "schema_version"
    __table_args__ = {"comment": "Applied schema migrations, one row each."}
    version: Mapped[int] = col("Migration number.", Integer, primary_key=True)
    applied_at: Mapped[datetime] = col("When applied.", TZ)
    description: Mapped[str] = col("What the migration did.")
