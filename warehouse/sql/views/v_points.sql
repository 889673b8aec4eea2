-- Grain: one row per enumerated point (answer_points.episode_key, q_no, point_no).
-- A point's text is stored once, in episodes.body_text, at [start_offset, end_offset)
-- (answer_points.text keeps a text only for an older row that could not be located).
SELECT
    p.episode_key,
    p.q_no,
    e.province_code, e.province_name, e.province_short_name,
    e.series_no, e.published_at, e.published_date,
    p.point_no,
    q.topic,
    p.marker,
    p.headline,
    coalesce(p.text, substr(e.body_text, p.start_offset + 1, p.end_offset - p.start_offset)) AS text,
    p.start_offset,
    p.end_offset,
    e.source_url
FROM answer_points AS p
JOIN v_episode_context AS e USING (episode_key)
LEFT JOIN questions AS q ON q.episode_key = p.episode_key AND q.q_no = p.q_no
