-- Grain: one row per claim (claims.episode_key, claims.claim_no).
SELECT
    c.episode_key,
    c.claim_no,
    e.province_code,
    p.name AS province_name,
    p.short_name AS province_short_name,
    e.series_no,
    e.published_at,
    c.kind,
    c.text,
    c.quote,
    c.q_no,
    q.topic,
    c.point_no,
    e.best_url AS source_url
FROM claims AS c
JOIN episodes AS e USING (episode_key)
LEFT JOIN provinces AS p ON p.code = e.province_code
LEFT JOIN questions AS q ON q.episode_key = c.episode_key AND q.q_no = c.q_no
