"""Read queries behind the analysts' HTML report (``mee_interviews.report``): one per table of it.

Each returns plain rows (dicts), ordered as the report shows them; LIST and STRUCT columns come
back as Python lists and dicts. Everything reads the ``v_*`` views, the stable interface.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

Row = dict[str, Any]

QUERIES: dict[str, str] = {
    "coverage": """
        SELECT province_code, province_name, region, n_episodes, latest_series_no, latest_published_at,
               is_missing
        FROM v_province_coverage ORDER BY province_code""",
    "episodes": """
        SELECT episode_key, province_code, province_name, province_short_name, region, series_no, title,
               headline, official_name, official_position, official_organization, published_date,
               best_source, best_url, n_sources, n_questions, n_indicators, is_removed
        FROM v_episodes ORDER BY province_code, series_no""",
    "questions": """
        SELECT episode_key, q_no, topic, question, answer, n_points FROM v_qa ORDER BY episode_key, q_no""",
    "points": """
        SELECT episode_key, q_no, point_no, marker, headline FROM answer_points
        ORDER BY episode_key, q_no, point_no""",
    "figures": """
        SELECT episode_key, indicator_no, province_code, province_short_name, code, indicator_name, domain,
               subject, value, unit, year, period, area, scope_kind, change_direction, change_value,
               change_unit, change_basis, previous_value, ranks, national_rank, regional_rank,
               record_flags, streak_years, quote, source_url
        FROM v_indicators ORDER BY episode_key, indicator_no""",
    "claims": """
        SELECT episode_key, claim_no, province_code, province_short_name, published_date, kind, scope,
               scope_kind, first_marker, text, quote, topic, source_url
        FROM v_claims ORDER BY province_code, episode_key, claim_no""",
    "sources": """
        SELECT s.episode_key, s.url, s.source, s.script, s.is_best, s.first_seen, s.removed_at,
               CASE WHEN s.removed_at IS NOT NULL THEN 'removed'
                    WHEN s.is_best THEN 'best source' ELSE 'copy' END AS outcome
        FROM episode_sources AS s ORDER BY s.episode_key, s.is_best DESC, s.url""",
    "compare": """
        SELECT province_code, province_short_name, year, code, indicator_name, domain, direction_good,
               value, unit, national_value, difference_from_national, is_better_than_national,
               rank_among_provinces, n_provinces_reporting, stated_change_direction,
               stated_change_value, stated_change_unit, stated_change_basis, previous_year, previous_year_value,
               change_from_previous_year, quote, source_url, national_value_origin, national_source_title,
               national_source_url
        FROM v_indicator_compare ORDER BY code, year DESC, rank_among_provinces, province_code""",
    "fact_check": """
        SELECT episode_key, indicator_no, province_code, province_short_name, code, indicator_name, year, period,
               area, scope_kind, value, unit, quote, source_url, reference_value, reference_unit, difference,
               tolerance, verdict, reference_title, reference_publisher, reference_published_on, reference_url,
               reference_verification, reference_quote, national_value, difference_from_national,
               better_than_national, national_title, national_url, stated_ranks, reference_ranks, rank_verdict
        FROM v_fact_check ORDER BY province_code, episode_key, indicator_no""",
    "failed_checks": """
        SELECT q.check_name, q.status, q.episode_key, q.code, q.detail, q.quote, q.run_id
        FROM quality_checks AS q WHERE q.status <> 'pass'
        ORDER BY q.status, q.check_name, q.episode_key""",
    "runs": """
        SELECT run_id, mode, status, started_at, finished_at, discovered, fetched, unchanged, new, updated,
               blocked, deleted, failed, skipped, requests_sent, message
        FROM ingest_runs ORDER BY started_at DESC LIMIT 100""",
    "quarantine": """
        SELECT url, status, reason, source, first_seen, run_id FROM quarantine ORDER BY first_seen DESC""",
}


class StaleViewsError(RuntimeError):
    """The warehouse's views were created by an older version of the code (they refresh on ingest)."""


def report_data(engine: Engine) -> dict[str, list[Row]]:
    """Every table of the report, read in one connection (one consistent view of the warehouse)."""
    with engine.connect() as conn:
        try:
            return {
                name: [dict(r) for r in conn.execute(sa.text(sql)).mappings()]
                for name, sql in QUERIES.items()
            }
        except sa.exc.ProgrammingError as exc:
            # Views are recreated by every ingest or reparse; a read-only report cannot do it itself.
            raise StaleViewsError(
                "the warehouse's views are older than this version of mee-interviews "
                f"({str(exc.orig).splitlines()[0]}): run `mee-interviews reparse` or an ingest to refresh them"
            ) from exc
