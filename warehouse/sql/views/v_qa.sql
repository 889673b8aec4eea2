-- Grain: one row per question (questions.episode_key, questions.q_no).
-- The answer is stored once, in episodes.body_text: answer_spans locate its paragraphs there
-- (questions.answer keeps a text only for an older row that could not be located).
WITH point_counts AS (
    SELECT episode_key, q_no, count(*) AS n_points
    FROM answer_points GROUP BY episode_key, q_no
)
SELECT
    q.episode_key,
    q.q_no,
    e.province_code, e.province_name, e.province_short_name,
    e.series_no, e.published_at, e.published_date,
    e.official_name,
    q.topic,
    q.question,
    a.answer,
    length(a.answer) AS answer_chars,
    coalesce(pc.n_points, 0) AS n_points,
    e.source_url
FROM questions AS q
JOIN v_episode_context AS e USING (episode_key)
LEFT JOIN point_counts AS pc ON pc.episode_key = q.episode_key AND pc.q_no = q.q_no
CROSS JOIN LATERAL (
    SELECT coalesce(q.answer, array_to_string(list_transform(q.answer_spans,
        lambda s: substr(e.body_text, s.start_offset + 1, s.end_offset - s.start_offset)), chr(10))) AS answer
) AS a
