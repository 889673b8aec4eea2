-- Grain: one row per province in the provinces table (all 32 once an ingest has run).
WITH per_province AS (
    SELECT
        province_code,
        count(*) AS n_episodes,
        count(*) FILTER (WHERE removed_at IS NOT NULL) AS n_removed_episodes,
        max(series_no) AS latest_series_no,
        arg_max(episode_key, series_no) AS latest_episode_key,
        max(published_at) AS latest_published_at
    FROM episodes
    GROUP BY province_code
)
SELECT
    p.code AS province_code,
    p.name AS province_name,
    p.short_name AS province_short_name,
    p.slug,
    p.region,
    p.department,
    e.province_code IS NOT NULL AS has_episode,
    coalesce(e.n_episodes, 0) AS n_episodes,
    coalesce(e.n_removed_episodes, 0) AS n_removed_episodes,
    e.latest_series_no,
    e.latest_episode_key,
    e.latest_published_at,
    e.province_code IS NULL AS is_missing
FROM provinces AS p
LEFT JOIN per_province AS e ON e.province_code = p.code
