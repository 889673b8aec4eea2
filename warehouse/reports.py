"""Read queries used by the CLI summary, run artifacts and the HTML report."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

_PROVINCE_SUMMARY = """
SELECT p.short_name AS province, p.code, count(DISTINCT e.episode_key) AS episodes,
       (SELECT count(*) FROM episode_sources s WHERE s.episode_key IN
            (SELECT episode_key FROM episodes WHERE province_code = p.code)) AS sources,
       (SELECT count(*) FROM questions q JOIN episodes x USING (episode_key) WHERE x.province_code = p.code)
            AS questions,
       (SELECT count(*) FROM answer_points a JOIN episodes x USING (episode_key) WHERE x.province_code = p.code)
            AS points,
       (SELECT count(*) FROM indicators i JOIN episodes x USING (episode_key) WHERE x.province_code = p.code)
            AS indicators
FROM provinces p JOIN episodes e ON e.province_code = p.code
GROUP BY p.short_name, p.code ORDER BY p.code
"""

_FAILED_CHECKS = """
SELECT check_name AS "check", status, episode_key, code, detail
FROM quality_checks WHERE status <> 'pass' ORDER BY episode_key, check_name
"""


def province_summary(engine: Engine) -> list[dict[str, Any]]:
    """Per province: episodes, source copies, questions, points, indicators."""
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(_PROVINCE_SUMMARY)).mappings()]


def failed_checks(engine: Engine) -> list[dict[str, Any]]:
    """Quality checks that warned or failed."""
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(_FAILED_CHECKS)).mappings()]


_COVERAGE = """
SELECT province_code, province_name, province_short_name, region, has_episode, n_episodes,
       latest_series_no, latest_episode_key
FROM v_province_coverage ORDER BY province_code
"""

_LATEST_FIGURES = """
WITH latest_year AS (SELECT max(year) AS year FROM v_indicator_matrix WHERE code = :code)
SELECT m.province_code, m.province_name, m.province_short_name, m.is_national, m.year, m.code,
       m.value, m.unit, m.quote, m.episode_key, m.source_url
FROM v_indicator_matrix AS m JOIN latest_year USING (year)
WHERE m.code = :code
ORDER BY m.is_national DESC, m.value DESC, m.province_code
"""

_OVERVIEW = """
SELECT (SELECT count(*) FROM episodes) AS episodes,
       (SELECT count(*) FROM v_province_coverage WHERE has_episode) AS provinces_covered,
       (SELECT count(*) FROM provinces) AS provinces,
       (SELECT count(*) FROM indicators) AS indicators,
       (SELECT max(last_updated) FROM episodes) AS data_as_of,
       (SELECT max(version) FROM schema_version) AS schema_version
"""

_INDICATOR_NAME = "SELECT name FROM indicator_catalog WHERE code = :code"


def province_coverage(engine: Engine) -> list[dict[str, Any]]:
    """Every province (by code) with whether it has an episode yet, from ``v_province_coverage``."""
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(_COVERAGE)).mappings()]


def latest_figures(engine: Engine, code: str) -> list[dict[str, Any]]:
    """The matrix cells of indicator ``code`` for its latest year: national row first, then by value."""
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(_LATEST_FIGURES), {"code": code}).mappings()]


def overview(engine: Engine) -> dict[str, Any]:
    """Headline counts: episodes, provinces covered, figures, data freshness, schema version."""
    with engine.connect() as conn:
        return dict(conn.execute(sa.text(_OVERVIEW)).mappings().one())


def indicator_name(engine: Engine, code: str) -> str | None:
    """The catalog's Chinese name for ``code``, or None when the catalog is not loaded."""
    with engine.connect() as conn:
        return conn.execute(sa.text(_INDICATOR_NAME), {"code": code}).scalar()
