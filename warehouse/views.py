"""Analyst views: stable names (``v_*``), documented grain, comments on every column.

The SQL of each view lives in ``warehouse/sql/views/<name>.sql``; its column comments in
``warehouse/view_columns.py``. ``ensure_schema`` creates the views and writes the comments into
DuckDB (``COMMENT ON``). A test fails when a view column has no comment, or a comment names a
column the view lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from warehouse import view_columns as cols


@dataclass(frozen=True, slots=True)
class View:
    name: str
    comment: str
    sql: str
    columns: dict[str, str] = field(default_factory=dict)
    grain: str = ""


def view_sql(name: str) -> str:
    """The SQL of view ``name`` as stored in ``warehouse/sql/views/``."""
    return resources.files(__package__).joinpath("sql", "views", f"{name}.sql").read_text(encoding="utf-8")


def macros_sql() -> str:
    """The scalar macros the views share (``warehouse/sql/macros.sql``), created before them."""
    return resources.files(__package__).joinpath("sql", "macros.sql").read_text(encoding="utf-8")


def _view(name: str, comment: str, grain: str, columns: dict[str, str]) -> View:
    return View(name, f"{comment} Grain: {grain}", view_sql(name), columns, grain)


VIEWS: tuple[View, ...] = (
    _view(
        "v_episode_context",
        "What every per-item view says of an item's episode: province, number, dates, official, the "
        "URL to cite and the stored texts (the base of v_indicators, v_claims, v_qa and v_points).",
        "one row per episode (episode_key).",
        cols.EPISODE_CONTEXT,
    ),
    _view(
        "v_episodes",
        "Episodes with province, region, official, dates, counts and the removed flag.",
        "one row per episode (episode_key).",
        cols.EPISODES,
    ),
    _view(
        "v_indicators",
        "Every figure with its province, episode, domain, scope, quote, ranks, change and best source URL.",
        "one row per figure (episode_key, indicator_no).",
        cols.INDICATORS,
    ),
    _view(
        "v_reference_figures",
        "The official record: every reference figure (curated file, crawled bulletins) with its scope, "
        "source and where it was read; is_preferred marks the one checks use when several sources state it.",
        "one row per reference figure (origin, figure_no).",
        cols.REFERENCE_FIGURES,
    ),
    _view(
        "v_indicator_matrix",
        "Province × core indicator × year: the value from the latest-published episode; "
        "national figures (全国) are rows with province_code 000000.",
        "one row per (province_code, year, code), core catalog codes only.",
        cols.INDICATOR_MATRIX,
    ),
    _view(
        "v_indicator_compare",
        "Each provincial core figure beside the national figure of the same code and year, the "
        "province's own previous value, and its rank among the provinces that reported the code.",
        "one row per (province_code, year, code) of v_indicator_matrix, national rows excluded.",
        cols.INDICATOR_COMPARE,
    ),
    _view(
        "v_fact_check",
        "Each episode figure beside the official record: the reference figure of the same scope, code, "
        "year and period with the difference and a verdict, the national figure with better_than_national, "
        "and the stated ranks checked against the reference ranks.",
        "one row per episode figure with a catalog code (episode_key, indicator_no).",
        cols.FACT_CHECK,
    ),
    _view(
        "v_claims",
        "“Firsts” (with their scope: 全国, 区域, 全省 …) and named programmes with province, episode, "
        "quote and best source URL.",
        "one row per claim (episode_key, claim_no).",
        cols.CLAIMS,
    ),
    _view(
        "v_qa",
        "Questions and answers for reading and search, with the number of enumerated points.",
        "one row per question (episode_key, q_no).",
        cols.QA,
    ),
    _view(
        "v_points",
        "Enumerated points of the answers (一是…二是…) with their full text, province and episode.",
        "one row per point (episode_key, q_no, point_no).",
        cols.POINTS,
    ),
    _view(
        "v_province_coverage",
        "Which provinces have an episode yet, how many, and the latest one.",
        "one row per province in provinces (all 32 once an ingest has loaded them).",
        cols.PROVINCE_COVERAGE,
    ),
    _view(
        "v_raw_pages",
        "The raw archive: every fetched response (raw_pages) with its body joined back from raw_bodies.",
        "one row per (requested_url, sha256).",
        cols.RAW_PAGES,
    ),
)
