-- Grain: one row per episode (episodes.episode_key).
WITH source_counts AS (
    SELECT episode_key, count(*) AS n_sources
    FROM episode_sources GROUP BY episode_key
),
question_counts AS (
    SELECT episode_key, count(*) AS n_questions
    FROM questions GROUP BY episode_key
),
indicator_counts AS (
    SELECT episode_key, count(*) AS n_indicators
    FROM indicators GROUP BY episode_key
)
SELECT
    e.episode_key,
    e.province_code,
    p.name AS province_name,
    p.short_name AS province_short_name,
    p.region,
    e.series_no,
    e.title,
    e.headline,
    e.official_name,
    e.official_position,
    e.official_organization,
    e.published_at,
    CAST(timezone('Asia/Shanghai', e.published_at) AS DATE) AS published_date,
    e.first_seen,
    e.last_updated,
    e.source AS best_source,
    e.best_url,
    coalesce(s.n_sources, 0) AS n_sources,
    coalesce(q.n_questions, 0) AS n_questions,
    coalesce(i.n_indicators, 0) AS n_indicators,
    e.removed_at IS NOT NULL AS is_removed,
    e.removed_at,
    e.parser_version
FROM episodes AS e
LEFT JOIN provinces AS p ON p.code = e.province_code
LEFT JOIN source_counts AS s USING (episode_key)
LEFT JOIN question_counts AS q USING (episode_key)
LEFT JOIN indicator_counts AS i USING (episode_key)
