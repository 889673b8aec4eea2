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

# One row per check and status, with how many rows and episodes and the first few of them: a
# run of 10,000 episodes has ~90,000 checks that did not pass, which as one artifact row each
# took 150 MB of the run's memory and more than Prefect accepts in an event (docs/performance.md).
# min_by(…, n) keeps n per group as it goes, where a sorted list of every row ran the writer's
# 64 MB out of memory.
_FAILED_CHECKS = """
SELECT check_name AS "check", status, count(*) AS "rows", count(DISTINCT episode_key) AS episodes,
       array_to_string(min_by(episode_key || coalesce(' ' || code, '') || ': ' || detail,
                              (episode_key, code IS NULL, code, detail), $examples), ' | ') AS examples
FROM quality_checks WHERE status <> 'pass'
GROUP BY check_name, status ORDER BY status, check_name
"""


def province_summary(engine: Engine) -> list[dict[str, Any]]:
    """Per province: episodes, source copies, questions, points, indicators."""
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.text(_PROVINCE_SUMMARY)).mappings()]


def failed_checks(engine: Engine, examples: int = 5) -> list[dict[str, Any]]:
    """Quality checks that warned or failed, one row per check and status: how many rows and
    episodes, and the first ``examples`` of them (episode key, code, detail); ``quality_checks``
    holds every one."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(_FAILED_CHECKS, {"examples": examples}).mappings()
        return [dict(r) for r in rows]


_OVERVIEW = """
SELECT (SELECT count(*) FROM episodes) AS episodes,
       (SELECT count(*) FROM v_province_coverage WHERE has_episode) AS provinces_covered,
       (SELECT count(*) FROM provinces) AS provinces,
       (SELECT count(*) FROM indicators) AS indicators,
       (SELECT max(last_updated) FROM episodes) AS data_as_of,
       (SELECT max(version) FROM schema_version) AS schema_version
"""


def overview(engine: Engine) -> dict[str, Any]:
    """Headline counts: episodes, provinces covered, figures, data freshness, schema version."""
    with engine.connect() as conn:
        return dict(conn.execute(sa.text(_OVERVIEW)).mappings().one())
