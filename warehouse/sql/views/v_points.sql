-- Grain: one row per enumerated point (answer_points.episode_key, q_no, point_no).
-- A point's text is stored once, in episodes.body_text, at [start_offset, end_offset)
-- (answer_points.text keeps a text only for an older row that could not be located).
SELECT
    p.episode_key,
    p.q_no,
    e.province_code,
    pr.name AS province_name,
    pr.short_name AS province_short_name,
    e.series_no,
    e.published_at,
    CAST(timezone('Asia/Shanghai', e.published_at) AS DATE) AS published_date,
    p.point_no,
    q.topic,
    p.marker,
    p.headline,
    coalesce(p.text, substr(e.body_text, p.start_offset + 1, p.end_offset - p.start_offset)) AS text,
    p.start_offset,
    p.end_offset,
    e.best_url AS source_url
FROM answer_points AS p
JOIN episodes AS e USING (episode_key)
LEFT JOIN provinces AS pr ON pr.code = e.province_code
LEFT JOIN questions AS q ON q.episode_key = p.episode_key AND q.q_no = p.q_no
