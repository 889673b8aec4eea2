-- Grain: one row per episode (episodes.episode_key).
-- What every per-item view (v_indicators, v_claims, v_qa, v_points) says of an item's episode:
-- its province, number and dates, the official, the URL to cite, and the stored texts the views
-- cut quotes, answers and points from.
SELECT
    e.episode_key,
    e.province_code,
    p.name AS province_name,
    p.short_name AS province_short_name,
    e.series_no,
    e.published_at,
    CAST(timezone('Asia/Shanghai', e.published_at) AS DATE) AS published_date,
    p.region AS province_region,
    e.official_name,
    e.best_url AS source_url,
    e.body_text,
    e.original_body
FROM episodes AS e
LEFT JOIN provinces AS p ON p.code = e.province_code
