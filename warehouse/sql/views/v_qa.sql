-- Grain: one row per question (questions.episode_key, questions.q_no).
WITH point_counts AS (
    SELECT episode_key, q_no, count(*) AS n_points
    FROM answer_points GROUP BY episode_key, q_no
)
SELECT
    q.episode_key,
    q.q_no,
    e.province_code,
    p.name AS province_name,
    p.short_name AS province_short_name,
    e.series_no,
    e.published_at,
    CAST(timezone('Asia/Shanghai', e.published_at) AS DATE) AS published_date,
    e.official_name,
    q.topic,
    q.question,
    q.answer,
    length(q.answer) AS answer_chars,
    coalesce(pc.n_points, 0) AS n_points,
    e.best_url AS source_url
FROM questions AS q
JOIN episodes AS e USING (episode_key)
LEFT JOIN provinces AS p ON p.code = e.province_code
LEFT JOIN point_counts AS pc ON pc.episode_key = q.episode_key AND pc.q_no = q.q_no
